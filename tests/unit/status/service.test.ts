import { describe, expect, it } from 'vitest';
import type { ChainVerdict } from '@/lib/status/chain';
import type { TradingVerdict } from '@/lib/status/exchange';
import { deriveCloudReportedStatus, deriveReportedStatus } from '@/lib/status/reported';
import { deriveServiceStatus, type ServiceStatusInput } from '@/lib/status/service';
import type { TargetVerdict } from '@/lib/status/vantages';
import { MIN, T0 } from '../../helpers/probe-results';

const NOW = T0 + 30 * MIN;
const monitored = { monitored: true };

function access(over: Partial<TargetVerdict> = {}): TargetVerdict {
  return { status: 'operational', reason: null, failing: { k: 0, n: 3 }, vantageCount: 3, firstFailAt: null, lastRecoveryAt: null, latencyMs: 150, setAside: [], ...over };
}

function chain(over: Partial<ChainVerdict> = {}): ChainVerdict {
  return {
    status: 'operational',
    reason: null,
    bestHeight: 23_000_000,
    headAgeSec: 0,
    headerAgeSec: 7,
    headerTrusted: true,
    lastAdvanceAt: NOW,
    finalizedAgeSec: 800,
    safeAgeSec: null,
    slotsPerSec: null,
    clockSkewSec: 0,
    clockSkew: false,
    operators: { answering: 3, quorum: 2 },
    firstFailAt: null,
    endpoints: [],
    ...over,
  };
}

function trading(over: Partial<TradingVerdict> = {}): TradingVerdict {
  return { status: 'operational', reason: null, tradingLive: true, lastTradeAgeSec: 2, declaredState: 'online', ...over };
}

const derive = (input: Partial<ServiceStatusInput>) => deriveServiceStatus({ service: monitored, now: NOW, ...input });
const majorAccess = access({ status: 'major_outage', reason: 'timeout', failing: { k: 3, n: 3 }, firstFailAt: NOW - 12 * MIN });

describe('service status', () => {
  it.each([
    { name: 'a service with no public endpoint → unknown, not_monitored', input: { service: { monitored: false } }, status: 'unknown', reason: 'not_monitored', measured: false },
    { name: 'a monitored service without any data → unknown, no_data', input: {}, status: 'unknown', reason: 'no_data', measured: false },
    { name: 'every part unknown → unknown, with their reason', input: { access: [access({ status: 'unknown', reason: 'vantage_impaired', failing: { k: 0, n: 0 } })] }, status: 'unknown', reason: 'vantage_impaired', measured: false },
    { name: 'a healthy chain → operational', input: { chain: chain() }, status: 'operational', reason: null, measured: true },
    { name: 'a stalled chain → major_outage, stale_head', input: { chain: chain({ status: 'major_outage', reason: 'stale_head', firstFailAt: NOW - 4 * MIN }) }, status: 'major_outage', reason: 'stale_head', measured: true },
    { name: 'API down from every vantage, trading unknown → major_outage', input: { access: [majorAccess], trading: trading({ status: 'unknown', reason: 'no_data', tradingLive: false }) }, status: 'major_outage', reason: 'timeout', measured: true },
    { name: 'API answering but no trade for 6 minutes → trading_halted', input: { access: [access()], trading: trading({ status: 'major_outage', reason: 'trading_halted', tradingLive: false }) }, status: 'major_outage', reason: 'trading_halted', measured: true },
    { name: 'a chain part unknown does not hide an access outage', input: { chain: chain({ status: 'unknown', reason: 'no_data' }), access: [majorAccess] }, status: 'major_outage', reason: 'timeout', measured: true },
    { name: 'one access monitor down while another answers → partial_outage', input: { access: [majorAccess, access()] }, status: 'partial_outage', reason: 'timeout', measured: true },
    { name: 'every access monitor down → major_outage', input: { access: [majorAccess, majorAccess] }, status: 'major_outage', reason: 'timeout', measured: true },
    {
      name: 'API answering, declared maintenance but trades flowing → operational, with the disagreement as reason',
      input: { access: [access()], trading: trading({ status: 'operational', reason: 'declared_state_mismatch', declaredState: 'maintenance' }) },
      status: 'operational',
      reason: 'declared_state_mismatch',
      measured: true,
    },
  ] satisfies { name: string; input: Partial<ServiceStatusInput>; status: string; reason: string | null; measured: boolean }[])('$name', ({ input, status, reason, measured }) => {
    expect(derive(input)).toMatchObject({ status, reason, measured });
  });

  it('says "failing from k of n vantages" from the access monitor that decided', () => {
    const s = derive({ access: [access({ failing: { k: 1, n: 3 } }), access({ status: 'partial_outage', reason: 'timeout', failing: { k: 1, n: 3 }, firstFailAt: NOW - 7 * MIN })] });
    expect(s).toMatchObject({ status: 'partial_outage', failingVantages: { k: 1, n: 3 } });
  });

  it('an outage is dated from its first failing check; since stays put while the status holds', () => {
    expect(derive({ access: [majorAccess] }).since).toBe(NOW - 12 * MIN);
    expect(derive({ access: [access()], previous: { status: 'operational', since: T0 } }).since).toBe(T0);
    expect(derive({ access: [access()], previous: { status: 'major_outage', since: T0 } }).since).toBe(NOW);
  });

  it('keeps the reported status beside the measured one, never merged', () => {
    const reported = deriveReportedStatus([{ id: 'c1', name: 'API', status: 'major_outage' }]);
    const s = derive({ access: [access()], reported });
    expect(s.status).toBe('operational');
    expect(s.reported).toMatchObject({ provenance: 'reported', status: 'major_outage' });
  });

  it('a cloud with no open incident is operational only as reported, never as measured', () => {
    const s = derive({ reported: deriveCloudReportedStatus([]) });
    expect(s).toMatchObject({ status: 'unknown', reason: 'no_data', measured: false, reported: { status: 'operational', provenance: 'reported' } });
  });

  it.each([
    {
      name: 'access failing inside an announced maintenance window → maintenance',
      maintenance: { announcedAt: NOW - 48 * 60 * MIN, startsAt: NOW - 20 * MIN, endsAt: NOW + 40 * MIN },
      status: 'maintenance',
    },
    {
      name: 'maintenance announced after the failures began → the outage stands',
      maintenance: { announcedAt: NOW - 5 * MIN, startsAt: NOW - 4 * MIN, endsAt: NOW + 40 * MIN },
      status: 'major_outage',
    },
    {
      name: 'an overrun past the window → the outage stands',
      maintenance: { announcedAt: NOW - 48 * 60 * MIN, startsAt: NOW - 60 * MIN, endsAt: NOW - MIN },
      status: 'major_outage',
    },
  ])('$name', ({ maintenance, status }) => {
    expect(derive({ access: [majorAccess], maintenance }).status).toBe(status);
  });

  it('trading in announced maintenance makes the service maintenance, even with its API down', () => {
    expect(derive({ access: [majorAccess], trading: trading({ status: 'maintenance', tradingLive: false }) })).toMatchObject({ status: 'maintenance', reason: null });
  });

  it.each([
    { name: 'head age is the header age when it can be trusted', chain: chain({ headerAgeSec: 7, headAgeSec: 0 }), headAgeSec: 7 },
    { name: 'head age is our own clock\'s for Bitcoin or under clock skew', chain: chain({ headerTrusted: false, headerAgeSec: 10_800, headAgeSec: 420 }), headAgeSec: 420 },
  ])('$name', ({ chain: c, headAgeSec }) => {
    expect(derive({ chain: c }).headAgeSec).toBe(headAgeSec);
  });

  it('reports the median latency of the access monitors', () => {
    expect(derive({ access: [access({ latencyMs: 100 }), access({ latencyMs: 300 })] }).latencyMs).toBe(200);
  });
});
