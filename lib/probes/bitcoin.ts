// The `bitcoin` probe: an Esplora-style API (blockstream.info/api, mempool.space/api). One GET /blocks returns
// the newest blocks with height and header time, a consistent snapshot in one request (tip/height then
// tip/hash then /block/{hash} would take three and could straddle a new block).
import { z } from 'zod';
import type { MonitorOf } from '@/lib/catalog/schema';
import { invalidResponse } from './failure';
import { UP, runProbeSession, type ProbeSession, type Verdict } from './session';
import type { Probe } from './types';

const recentBlocks = z.array(
  z.object({ id: z.string(), height: z.number().int().nonnegative(), timestamp: z.number().int().positive() }),
);

async function inspectBitcoin(session: ProbeSession, monitor: MonitorOf<'bitcoin'>): Promise<Verdict> {
  const blocks = await session.getJson(`${monitor.url.replace(/\/+$/, '')}/blocks`, recentBlocks);
  const tip = blocks.reduce<(typeof blocks)[number] | undefined>((best, b) => (!best || b.height > best.height ? b : best), undefined);
  if (!tip) throw invalidResponse('no blocks in /blocks');
  session.facts.height = tip.height;
  session.facts.headTimestampSec = tip.timestamp;
  return UP;
}

export const bitcoinProbe: Probe<'bitcoin'> = {
  kind: 'bitcoin',
  run: (monitor, ctx) => runProbeSession(monitor, ctx, (session) => inspectBitcoin(session, monitor)),
};
