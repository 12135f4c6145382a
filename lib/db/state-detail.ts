// `service_states.detail`: what the evaluation knew beside the status (k of n vantages failing, the
// company's own word, head age, latency, the chain's endpoints). One type and one schema for the
// writer (lib/engine/probing) and the readers (lib/read-models/snapshot): every field is optional,
// since a row may come from an older version, and one malformed field never hides the others.
import { z } from 'zod';
import { REASONS, STATUSES } from '@/lib/status/vocabulary';
import { lenient } from './jsonb';

const nullableNumber = lenient(z.number().nullable());

const chainEndpointSchema = z.object({
  monitorId: z.string(),
  operator: z.string(),
  state: z.string(),
  reason: z.enum(REASONS).nullable(),
});

export const stateDetailSchema = z
  .object({
    /** "Failing from k of n vantages". */
    failingVantages: lenient(z.object({ k: z.number(), n: z.number() })),
    /** The status comes from Marsad's own probes (false: unknown without data, or not monitored). */
    measured: lenient(z.boolean()),
    vantages: lenient(z.array(z.string())),
    reported: lenient(z.object({ status: z.enum(STATUSES), reason: z.enum(REASONS).nullable() })),
    headAgeSec: lenient(z.number()),
    latencyMs: lenient(z.number()),
    chain: lenient(
      z.object({
        bestHeight: nullableNumber,
        headAgeSec: nullableNumber,
        lastAdvanceAt: nullableNumber,
        operators: lenient(z.object({ answering: z.number(), quorum: z.number() })),
        endpoints: lenient(z.array(chainEndpointSchema)),
      }),
    ),
  })
  .catch({});

export type StateDetail = z.output<typeof stateDetailSchema>;

/** A stored `detail` value: malformed fields dropped, never thrown. */
export function readStateDetail(value: unknown): StateDetail {
  return stateDetailSchema.parse(value);
}
