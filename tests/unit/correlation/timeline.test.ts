// The event as stored text: a title and a timeline in Arabic and English, with stable ids, the cloud's rows
// labelled as its own word, and "coincided with", never "caused by".
import { describe, expect, it } from 'vitest';
import { cloudEventTimeline, cloudEventTitle } from '@/lib/correlation';
import { MIN, T0, failing, report, run, stated, up } from '@/tests/helpers/correlation';

const deps = ['coinbase', 'infura', 'robinhood'].map((id) => stated(id));
const three = [failing('coinbase', 0), failing('infura', 1), failing('robinhood', 2)];
const names = { provider: 'AWS', cloudServiceId: 'aws', nameOf: (id: string) => id[0]!.toUpperCase() + id.slice(1) };

describe('title and timeline', () => {
  it('titles name the cloud and the region in both languages', () => {
    expect(cloudEventTitle('AWS', 'us-east-1')).toEqual({ ar: 'AWS us-east-1: تعطّل متزامن لخدمات تعمل عليها', en: 'AWS us-east-1: services that run on it failing together' });
  });

  it('one row per member failure and recovery, the cloud\'s report and resolution, and each chain, in time order', () => {
    const { events } = run(deps, [
      { atMin: 5, services: three, chains: [{ serviceId: 'bitcoin', layer: 'l1', liveness: 'producing' }] },
      { atMin: 30, services: [up('coinbase', 20), ...three.slice(1)], reports: [report({ atMin: 10 })] },
      { atMin: 60, services: [up('coinbase', 20), up('infura', 40), up('robinhood', 41)], reports: [report({ atMin: 10, open: false, resolvedAt: T0 + 50 * MIN })] },
    ]);
    const rows = cloudEventTimeline(events[0]!, names);
    expect(rows.map((r) => [r.kind, r.serviceIds.join(), r.state, r.provenance, (r.at - T0) / MIN])).toEqual([
      ['member_failed', 'coinbase', 'major_outage', 'measured', 0],
      ['member_failed', 'infura', 'major_outage', 'measured', 1],
      ['member_failed', 'robinhood', 'major_outage', 'measured', 2],
      ['chain_producing', 'bitcoin', 'operational', 'measured', 5],
      ['cloud_reported', 'aws', 'major_outage', 'reported', 10],
      ['member_recovered', 'coinbase', 'resolved', 'measured', 20],
      ['member_recovered', 'infura', 'resolved', 'measured', 40],
      ['member_recovered', 'robinhood', 'resolved', 'measured', 41],
      ['cloud_resolved', 'aws', 'resolved', 'reported', 50],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.id.startsWith(`${events[0]!.id}:`))).toBe(true);
    expect(rows[0]!.summary).toEqual({ ar: 'بدأ تعطّل Coinbase (انقطاع كبير)', en: 'Coinbase started failing (major outage)' });
    expect(rows[3]!.summary).toEqual({ ar: 'واصلت Bitcoin إنتاج الكتل', en: 'Bitcoin kept producing blocks' });
    expect(rows[4]!.timeNote?.en).toMatch(/first read it at 07:01 UTC/);
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/caused|بسبب/i);
    expect(rows.filter((r) => r.kind.startsWith('member')).every((r) => r.cloudLink === 'coincided')).toBe(true);
  });
});
