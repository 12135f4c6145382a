// `check_results.facts`: what a probe read (lib/probes ProbeFacts), as stored. Written by the engine,
// read back by the evaluator, the rollups and the read models: parsed here, never cast.
import { z } from 'zod';
import type { ProbeFacts, ReportedComponent, ReportedIncident, ReportedMaintenance } from '@/lib/probes/types';
import { assertSame, lenient, type Same } from './jsonb';

const num = lenient(z.number());
const str = lenient(z.string());

const componentSchema = z.object({ id: z.string(), name: z.string(), status: z.string() });
const incidentSchema = z.object({
  id: z.string(),
  title: z.string(),
  phase: z.string(),
  impact: str,
  createdAt: str,
  updatedAt: str,
  url: str,
  regions: lenient(z.array(z.string())),
  componentIds: lenient(z.array(z.string())),
});

const maintenanceSchema = z.object({
  id: z.string(),
  title: z.string(),
  phase: z.string(),
  scheduledFor: z.string(),
  scheduledUntil: z.string(),
  createdAt: str,
  url: str,
  componentIds: lenient(z.array(z.string())),
});

const DECLARED_STATES = ['online', 'maintenance', 'cancel_only', 'post_only', 'limit_only', 'reduce_only', 'halted'] as const;

export const probeFactsSchema = z
  .object({
    httpStatus: num,
    serverDateMs: num,
    retryAfterSec: num,
    chainId: num,
    height: num,
    headTimestampSec: num,
    safeHeight: num,
    safeTimestampSec: num,
    finalizedHeight: num,
    finalizedTimestampSec: num,
    slot: num,
    declaredState: lenient(z.enum(DECLARED_STATES)),
    lastTradeAtMs: num,
    // A list with one unreadable entry is dropped whole: half a list would read as "the rest are fine".
    components: lenient(z.array(componentSchema)),
    incidents: lenient(z.array(incidentSchema)),
    maintenances: lenient(z.array(maintenanceSchema)),
    detail: str,
    address: lenient(z.string().max(64)),
  })
  .catch({});

assertSame<Same<z.output<typeof componentSchema>, ReportedComponent>>();
assertSame<Same<z.output<typeof incidentSchema>, ReportedIncident>>();
assertSame<Same<z.output<typeof maintenanceSchema>, ReportedMaintenance>>();
assertSame<Same<z.output<typeof probeFactsSchema>, ProbeFacts>>();

/** A stored `facts` value as ProbeFacts: malformed fields dropped, never thrown. */
export function readProbeFacts(value: unknown): ProbeFacts {
  return probeFactsSchema.parse(value);
}
