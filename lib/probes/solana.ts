// The `solana` probe: the slot at `confirmed` commitment (the default, `finalized`, trails by ~13 s), then
// that slot's block time. getHealth is deliberately not used: it answers "ok" during a cluster halt.
import { z } from 'zod';
import type { MonitorOf } from '@/lib/catalog/schema';
import { callRpc, requireResult } from './json-rpc';
import { UP, runProbeSession, type ProbeSession, type Verdict } from './session';
import type { Probe } from './types';

async function inspectSolana(session: ProbeSession, monitor: MonitorOf<'solana'>): Promise<Verdict> {
  const slotAnswer = await callRpc(session, monitor.url, { method: 'getSlot', params: [{ commitment: 'confirmed' }] });
  const slot = requireResult(slotAnswer, 'getSlot', z.number().int().nonnegative());
  session.facts.slot = slot;

  // A just-confirmed slot may have no block time yet, or have been skipped: the slot alone still
  // proves the cluster is moving (lib/status times the slot rate), so this is not a failure.
  const timeAnswer = await callRpc(session, monitor.url, { method: 'getBlockTime', params: [slot] });
  const blockTime = timeAnswer.ok ? z.number().int().safeParse(timeAnswer.result) : undefined;
  if (blockTime?.success) {
    session.facts.headTimestampSec = blockTime.data;
    return UP;
  }
  const why = timeAnswer.ok ? 'no block time' : `${timeAnswer.error.message} (${timeAnswer.error.code})`;
  return { ...UP, detail: `getBlockTime(${slot}): ${why}`.slice(0, 300) };
}

export const solanaProbe: Probe<'solana'> = {
  kind: 'solana',
  run: (monitor, ctx) => runProbeSession(monitor, ctx, (session) => inspectSolana(session, monitor)),
};
