// Stored results as the engine takes them (the evaluator, the rollup job): each with the probe kind
// stored beside it. Rows written before kinds were stored (migration 0001; gone after the 14-day
// retention) take their monitor's kind from the catalog; such a row whose monitor the catalog no longer
// lists is skipped rather than given a guessed kind.
import type { Catalog, Monitor } from '@/lib/catalog/schema';
import type { StoredResult } from '@/lib/db/queries';
import type { ProbeResult } from '@/lib/probes/types';

export type EngineResult = ProbeResult & { serviceId: string };

export function storedResultReader(catalog: Catalog): (rows: readonly StoredResult[]) => EngineResult[] {
  const kindOf = new Map<string, Monitor['kind']>();
  for (const m of [...catalog.canaries, ...catalog.services.flatMap((s) => s.monitors)]) kindOf.set(m.id, m.kind);
  return (rows) =>
    rows.flatMap((row) => {
      const kind = row.kind ?? kindOf.get(row.monitorId);
      return kind ? [{ ...row, kind }] : [];
    });
}
