// Which layer-1 and layer-2 chains kept producing blocks during the event, measured: each chain's first
// round producing (or stalled) while the event is open.
import { describe, expect, it } from 'vitest';
import { chainLiveness } from '@/lib/correlation';
import { MIN, T0, failing, run, stated } from '@/tests/helpers/correlation';

const deps = ['coinbase', 'infura', 'robinhood'].map((id) => stated(id));
const three = [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2)];

describe('chains during the event', () => {
  it('records each chain once: producing from its first round, stalled from its first stalled round; unknown says nothing', () => {
    const { open, changes } = run(deps, [
      { atMin: 5, services: three, chains: [{ serviceId: 'bitcoin', layer: 'l1', liveness: 'producing' }, { serviceId: 'solana', layer: 'l1', liveness: 'unknown' }] },
      { atMin: 6, services: three, chains: [{ serviceId: 'bitcoin', layer: 'l1', liveness: 'producing' }, { serviceId: 'solana', layer: 'l1', liveness: 'producing' }, { serviceId: 'base', layer: 'l2', liveness: 'producing' }] },
      { atMin: 7, services: three, chains: [{ serviceId: 'bitcoin', layer: 'l1', liveness: 'producing' }, { serviceId: 'solana', layer: 'l1', liveness: 'producing' }, { serviceId: 'base', layer: 'l2', liveness: 'stalled' }] },
      { atMin: 8, services: three, chains: [{ serviceId: 'bitcoin', layer: 'l1', liveness: 'producing' }, { serviceId: 'solana', layer: 'l1', liveness: 'producing' }, { serviceId: 'base', layer: 'l2', liveness: 'stalled' }] },
    ]);
    expect(open[0]!.chains).toEqual([
      { serviceId: 'bitcoin', layer: 'l1', producingSince: T0 + 5 * MIN, stalledAt: null },
      { serviceId: 'solana', layer: 'l1', producingSince: T0 + 6 * MIN, stalledAt: null },
      { serviceId: 'base', layer: 'l2', producingSince: T0 + 6 * MIN, stalledAt: T0 + 7 * MIN },
    ]);
    // A round that changes nothing writes nothing.
    expect(changes.map((c) => c.type)).toEqual(['opened', 'updated', 'updated']);
  });

  it.each([
    { name: 'fresh head → producing', input: { status: 'operational' as const, reason: null, headAgeSec: 12, hardLimitSec: 180 }, out: 'producing' },
    { name: 'RPC down but a fresh head → producing', input: { status: 'major_outage' as const, reason: 'timeout' as const, headAgeSec: 12, hardLimitSec: 180 }, out: 'producing' },
    { name: 'stalled by the chain rule → stalled', input: { status: 'major_outage' as const, reason: 'stale_head' as const, headAgeSec: 400, hardLimitSec: 180 }, out: 'stalled' },
    { name: 'old head, not stalled (below quorum) → unknown', input: { status: 'unknown' as const, reason: 'no_data' as const, headAgeSec: 400, hardLimitSec: 180 }, out: 'unknown' },
    { name: 'no head → unknown', input: { status: 'unknown' as const, reason: null, headAgeSec: null, hardLimitSec: 180 }, out: 'unknown' },
  ])('chainLiveness: $name', ({ input, out }) => {
    expect(chainLiveness(input)).toBe(out);
  });
});
