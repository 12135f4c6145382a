// The zod readers of the jsonb columns (lib/db): what a well-formed value reads as, and what a
// malformed one falls back to. The database round trip is tested in tests/integration/malformed-jsonb.
import { describe, expect, it } from 'vitest';
import { readProbeFacts } from '@/lib/db/check-facts';
import { eventDetailSchema, incidentSummarySchema, readLocalized, readMeasuredIncident } from '@/lib/db/incident-data';
import { readStateDetail, type StateDetail } from '@/lib/db/state-detail';
import type { ProbeFacts } from '@/lib/probes/types';
import type { MeasuredIncident } from '@/lib/status/incidents';

describe('stored values read back', () => {
  it('well-formed facts, detail and incident data come back as written', () => {
    const facts: ProbeFacts = {
      httpStatus: 200, serverDateMs: 1, height: 5, headTimestampSec: 6, declaredState: 'online',
      components: [{ id: 'c', name: 'API', status: 'operational' }],
      incidents: [{ id: 'i', title: 'Errors', phase: 'investigating', regions: ['us-east-1'] }],
    };
    expect(readProbeFacts(JSON.parse(JSON.stringify(facts)))).toEqual(facts);
    const detail: StateDetail = {
      failingVantages: { k: 1, n: 2 }, measured: true, vantages: ['a', 'b'], reported: { status: 'degraded', reason: 'reported_incident' }, latencyMs: 120,
      chain: { bestHeight: 10, headAgeSec: 3, lastAdvanceAt: null, operators: { answering: 2, quorum: 2 }, endpoints: [{ monitorId: 'm', operator: 'o', state: 'ok', reason: null }] },
    };
    expect(readStateDetail(JSON.parse(JSON.stringify(detail)))).toEqual(detail);
    const incident: MeasuredIncident = {
      id: 'x:1', targetId: 'x', startedAt: 1, startConfirmedAt: 2, endedAt: null, endConfirmedAt: null, precisionSec: 30, worstStatus: 'major_outage', reason: 'timeout', reopenCount: 0,
    };
    expect(readMeasuredIncident(incident)).toEqual(incident);
  });

  it('a malformed field reads as absent, the others stay; a value that is not an object reads as empty', () => {
    expect(readProbeFacts({ height: 'tall', slot: 7, components: [{ id: 1 }], declaredState: 'sleeping' })).toEqual({ slot: 7 });
    expect(readProbeFacts(null)).toEqual({});
    expect(readProbeFacts('{"height": 1}')).toEqual({});
    expect(readStateDetail({ measured: 'yes', latencyMs: 80, reported: { status: 'fine', reason: null } })).toEqual({ latencyMs: 80 });
    expect(readStateDetail(42)).toEqual({});
    expect(incidentSummarySchema.parse({ zone: 3, inScope: false, phase: 'panicking' })).toEqual({ inScope: false });
    expect(eventDetailSchema.parse({ serviceLabel: 'Coinbase', cloudLink: 'maybe' })).toEqual({ serviceLabel: 'Coinbase' });
  });

  it('a detected incident that is not whole is not read at all (resuming half of one would write it back wrong)', () => {
    expect(readMeasuredIncident({ id: 'x:1', worstStatus: 'major_outage' })).toBeNull();
    expect(readMeasuredIncident([])).toBeNull();
  });

  it('a title that is not { ar, en } gives way to the fallback', () => {
    expect(readLocalized({ ar: 'عنوان', en: 'Title' }, { ar: 'x', en: 'x' })).toEqual({ ar: 'عنوان', en: 'Title' });
    expect(readLocalized('Title', { ar: 'x', en: 'x' })).toEqual({ ar: 'x', en: 'x' });
  });
});
