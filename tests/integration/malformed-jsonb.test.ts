// A jsonb value the current code did not write (an older version, a hand edit) is read safely: each
// malformed field reads as absent, the rest is kept, and nothing throws on the way to a page.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readHeadAgeBuckets, readLatestResults } from '@/lib/db/history-queries';
import { readOpenDetectedIncidents, readServiceStates } from '@/lib/db/queries';
import { startProbing } from '@/lib/engine/probing';
import { snapshotOf } from '@/lib/read-models/snapshot';
import { cloudCatalog, manualClock, T0 } from '../helpers/engine';
import { useTempDb } from '../helpers/temp-db';

const db = useTempDb();

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
const at = (ms: number) => new Date(ms).toISOString();

describe(`malformed jsonb read safely (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a service state: bad fields of detail read as absent in the snapshot, good ones are kept', async () => {
    await db().db.execute(
      sql`insert into service_states (service_id, status, since, checked_at, detail)
          values ('cloudy', 'operational', ${at(T0)}, ${at(T0)},
                  ${json({ failingVantages: 'lots', latencyMs: 'fast', measured: true, reported: { status: 'sort_of_up', reason: null }, chain: { bestHeight: 'tall' } })})`,
    );
    const rows = await readServiceStates(db().db);
    expect(rows.find((r) => r.serviceId === 'cloudy')?.detail).toEqual({ measured: true, chain: {} });
    const cloudy = snapshotOf(cloudCatalog(), rows, new Date(T0)).services[0]!;
    expect(cloudy).toMatchObject({ measured: true, failing: null, latencyMs: null, reported: null, bestHeight: null, status: 'operational' });

    // Not an object at all: an empty detail.
    await db().db.execute(sql`update service_states set detail = ${json(['not', 'an', 'object'])} where service_id = 'cloudy'`);
    expect((await readServiceStates(db().db)).find((r) => r.serviceId === 'cloudy')?.detail).toEqual({});
  });

  it('check facts: a malformed status-page reading does not stop the evaluation (it threw), and the cloud banner skips it', async () => {
    await db().db.execute(
      sql`insert into check_results (service_id, monitor_id, kind, vantage, started_at, latency_ms, outcome, facts) values
          ('cloudy', 'cloudy-feed', 'statuspage', 'local', ${at(T0 + 1_000)}, 10, 'up', ${json({ components: 'all down', incidents: [{ id: 7 }] })}),
          ('cloudy', 'cloudy-api', 'http', 'local', ${at(T0 + 1_000)}, 10, 'up', ${json('not an object')})`,
    );
    const probing = await startProbing({ handle: db(), catalog: cloudCatalog(), vantage: 'local', log: () => undefined, probe: false, now: manualClock(T0 + 5_000).now });
    try {
      const round = await probing.evaluateNow();
      expect(probing.stats().lastEvaluationError).toBeNull();
      expect(round?.services.find((s) => s.serviceId === 'cloudy')?.reported).toBeUndefined();
    } finally {
      await probing.stop();
    }
    const [latest] = await readLatestResults(db().db, ['cloudy-feed'], new Date(T0));
    expect(latest?.facts).toEqual({});
  });

  it('a chain head time stored as text is skipped in the head-age chart (the cast failed the query)', async () => {
    await db().db.execute(
      sql`insert into check_results (service_id, monitor_id, kind, vantage, started_at, latency_ms, outcome, facts) values
          ('chain', 'node-a', 'evm', 'local', ${at(T0)}, 10, 'up', ${json({ headTimestampSec: T0 / 1000 - 12 })}),
          ('chain', 'node-a', 'evm', 'local', ${at(T0 + 30_000)}, 10, 'up', ${json({ headTimestampSec: 'yesterday' })})`,
    );
    const buckets = await readHeadAgeBuckets(db().db, { serviceId: 'chain', monitorIds: ['node-a'], from: new Date(T0), to: new Date(T0 + 60_000), bucketSec: 60 });
    expect(buckets).toEqual([{ bucketSec: T0 / 1000, monitorId: 'node-a', headAgeMaxSec: 12 }]);
  });

  it('an open detected incident whose data is not a whole incident is not resumed, and says so', async () => {
    await db().db.execute(
      sql`insert into incidents (id, origin, service_id, title, started_at, data)
          values ('cloudy:broken', 'detected', 'cloudy', ${json({ ar: 'cloudy', en: 'cloudy' })}, ${at(T0)}, ${json({ id: 'cloudy:broken', worstStatus: 5 })})`,
    );
    expect(await readOpenDetectedIncidents(db().db)).toEqual([{ id: 'cloudy:broken', serviceId: 'cloudy', incident: null }]);
    const warnings: unknown[] = [];
    const probing = await startProbing({
      handle: db(), catalog: cloudCatalog(), vantage: 'local', probe: false, now: manualClock(T0 + 5_000).now,
      log: (level, msg, fields) => level === 'warn' && warnings.push({ msg, ...fields }),
    });
    await probing.stop();
    expect(warnings).toEqual([expect.objectContaining({ id: 'cloudy:broken', msg: expect.stringContaining('unreadable') })]);
  });
});
