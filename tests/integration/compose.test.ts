// The engine's one composition root: what each role starts, what it leaves to the caller, and that a
// bad setting stops it before anything is opened.
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkResults, incidents } from '@/lib/db/schema';
import { getProbing, startEngine } from '@/lib/engine/compose';
import { cloudCatalog } from '../helpers/engine';
import { useTempDb } from '../helpers/temp-db';

const db = useTempDb();

const quiet = () => undefined;
const pastIncidents = async () => (await db().db.select({ n: count() }).from(incidents).where(eq(incidents.origin, 'past')))[0]!.n;

describe(`the engine's composition root (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a worker probes with what it is given, writes each result with its kind, and leaves an injected database open', async () => {
    const urls: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      urls.push(String(input instanceof Request ? input.url : input));
      return new Response('ok', { status: 200 });
    };
    const engine = await startEngine({
      role: 'worker', env: { MARSAD_VANTAGE: 'lab' }, handle: db(), catalog: cloudCatalog({ intervalSec: 1, allowPrivateNetwork: true }), fetch, log: quiet,
    });
    try {
      expect(engine.config.vantage).toBe('lab');
      // The first runs spread over the first interval (1 s here).
      await expect.poll(async () => (await db().db.select({ kind: checkResults.kind }).from(checkResults)).map((r) => r.kind).sort(), { timeout: 10_000 })
        .toEqual(expect.arrayContaining(['cloud-feed', 'http']));
      expect(urls).toEqual(expect.arrayContaining(['https://api.cloudy.example/ping']));
      expect(getProbing()).toBeUndefined();
      // A worker does not seed: that is the web process's start-up task.
      expect(await pastIncidents()).toBe(0);
    } finally {
      await engine.stop();
    }
    await expect(db().db.select({ n: count() }).from(checkResults)).resolves.toHaveLength(1);
  });

  it('the web role runs the start-up tasks; with MARSAD_PROBES=off it starts no probing', async () => {
    const engine = await startEngine({ role: 'web', env: { MARSAD_PROBES: 'off' }, handle: db(), catalog: cloudCatalog(), log: quiet });
    try {
      expect(engine.probing).toBeNull();
      expect(getProbing()).toBeUndefined();
      expect(await pastIncidents()).toBeGreaterThan(0);
    } finally {
      await engine.stop();
    }
  });

  it('the web role publishes its probing for health and metrics until stopped', async () => {
    const engine = await startEngine({ role: 'web', env: {}, handle: db(), catalog: cloudCatalog({ intervalSec: 3600, allowPrivateNetwork: true }), fetch: async () => new Response('ok'), log: quiet });
    expect(getProbing()).toBe(engine.probing);
    await engine.stop();
    expect(getProbing()).toBeUndefined();
  });

  it('a bad setting stops the start before the database is opened', async () => {
    await expect(startEngine({ role: 'worker', env: { MARSAD_VANTAGE: 'Not A Name', DATABASE_URL: 'postgres://nowhere.invalid/x' }, log: quiet })).rejects.toThrow(/MARSAD_VANTAGE/);
  });
});
