// Small builders for the built-in catalog, so every monitor of a kind is written the same way.
// Input types are zod's *input* types: defaults (timeouts, body caps…) are filled in when the
// catalog is parsed (lib/catalog/index.ts).
import type { z } from 'zod';
import type { CatalogInput, chainSchema, cloudDependencySchema, monitorSchema } from '../schema';

export type ServiceInput = CatalogInput['services'][number];
export type MonitorInput = z.input<typeof monitorSchema>;
export type ChainInput = z.input<typeof chainSchema>;
export type CloudDependencyInput = z.input<typeof cloudDependencySchema>;

/** Chain RPCs and exchange APIs: 30 s checks (3 failures ≈ 90 s to confirm: docs/methodology.md § Confirmation). */
export const LIVENESS_INTERVAL_SEC = 30;
/** Companies' status pages and cloud feeds: they change slowly and are not ours to hammer. */
export const REPORTED_INTERVAL_SEC = 60;

/**
 * Placeholder for an API key inside a URL. A monitor whose URL contains it must name `apiKeyEnv`;
 * the probe replaces every `{apiKey}` with the URL-encoded value of that environment variable just
 * before the request (and never logs or stores the substituted URL). Without the variable the
 * monitor is skipped, as the schema says.
 */
export { API_KEY_PLACEHOLDER as KEY_PLACEHOLDER } from '../schema';

/** A chain RPC endpoint (EVM JSON-RPC) watched for chain liveness. */
export function evmRpc(args: { id: string; operator: string; url: string; chainId: number; finality: boolean }): MonitorInput {
  return {
    kind: 'evm',
    role: 'liveness',
    intervalSec: LIVENESS_INTERVAL_SEC,
    id: args.id,
    operator: args.operator,
    url: args.url,
    chainId: args.chainId,
    finality: args.finality,
  };
}

/** A Solana JSON-RPC endpoint (read at `confirmed` commitment by the probe). */
export function solanaRpc(args: { id: string; operator: string; url: string }): MonitorInput {
  return { kind: 'solana', role: 'liveness', intervalSec: LIVENESS_INTERVAL_SEC, ...args };
}

/** An Esplora-compatible Bitcoin API; `url` is the API base (the probe appends /blocks/tip/height…). */
export function esplora(args: { id: string; operator: string; url: string }): MonitorInput {
  return { kind: 'bitcoin', role: 'liveness', intervalSec: LIVENESS_INTERVAL_SEC, ...args };
}

/** A company's own Atlassian Statuspage (`/api/v2/summary.json`): what it says about itself. */
export function statuspage(args: {
  id: string;
  operator: string;
  url: string;
  components?: { id?: string; name?: string }[];
}): MonitorInput {
  return {
    kind: 'statuspage',
    role: 'reported',
    intervalSec: REPORTED_INTERVAL_SEC,
    id: args.id,
    operator: args.operator,
    url: args.url,
    components: args.components ?? [],
  };
}
