import { describe, expect, it } from 'vitest';
import { effectiveStatus, summarizeSet } from '@/lib/read-models/group-status';

const s = (status: Parameters<typeof effectiveStatus>[0]['status'], monitored = true) => ({ status, monitored });

describe('one status for a set of services', () => {
  it('is unknown only when nothing in the set is known', () => {
    expect(summarizeSet([s('unknown'), s('unknown')]).status).toBe('unknown');
    expect(summarizeSet([]).status).toBe('unknown');
  });

  it('lets the worst known status win, so unknown neighbours never hide an outage', () => {
    const summary = summarizeSet([s('operational'), s('unknown'), s('major_outage'), s('degraded')]);
    expect(summary).toMatchObject({ status: 'major_outage', known: 3, total: 4, atWorst: 1 });
    expect(summary.counts).toMatchObject({ operational: 1, unknown: 1, major_outage: 1, degraded: 1 });
  });

  it('leaves out services not monitored live', () => {
    expect(summarizeSet([s('operational'), s('unknown', false)])).toMatchObject({ status: 'operational', known: 1, total: 1 });
  });

  it('counts everything as unknown when our measurements are late', () => {
    expect(summarizeSet([s('operational'), s('major_outage')], true)).toMatchObject({ status: 'unknown', known: 0, total: 2 });
    expect(effectiveStatus({ status: 'operational' }, { late: true })).toBe('unknown');
    expect(effectiveStatus({ status: 'operational' }, { late: false })).toBe('operational');
  });
});
