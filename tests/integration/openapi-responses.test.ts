// Every JSON answer of the public API, as the route handlers send it from a seeded database, is valid
// against the schema the OpenAPI document declares for that path and status code. The validator is Ajv
// for JSON Schema 2020-12 (what OpenAPI 3.1 schemas are), with the `date-time` format checked; objects
// are closed (`unevaluatedProperties: false`) where the document lists their properties, so a field the
// API sends but the document does not declare fails too. The database holds the e2e seed (90 days of
// rollups, current states, a week of raw checks, a detected incident), the past incidents, and one chain
// state written as the engine writes it, with a head age of 2.806999921798706 s and a median latency of
// 120.5 ms (the decimals the issue saw).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getCatalog } from '@/lib/catalog';
import { openDatabase, readDbConfig, type DbHandle } from '@/lib/db/client';
import { seedPastIncidents } from '@/lib/db/incidents';
import { serviceStates } from '@/lib/db/schema';
import { OPENAPI_DOCUMENT } from '@/lib/open-data/openapi';
import { seedStatusHistory } from '../e2e/helpers/seed-status';

const db = vi.hoisted(() => ({ handle: null as Promise<unknown> | null }));
vi.mock('@/lib/db/client', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/db/client')>();
  return { ...original, getDatabase: () => db.handle ?? Promise.reject(new Error('test database not open')) };
});

const NOW = Date.now();
let dataDir: string;
let handle: DbHandle;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-openapi-'));
  await seedStatusHistory(dataDir, { now: NOW, checks: true });
  handle = await openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: dataDir }), databaseUrl: undefined });
  await seedPastIncidents(handle.db);
  // A chain's state as lib/engine/probing.ts writes it: the head age and the latency median are not whole numbers.
  await handle.db
    .update(serviceStates)
    .set({
      detail: {
        failingVantages: { k: 0, n: 2 },
        measured: true,
        vantages: ['fra', 'iad'],
        headAgeSec: 2.806999921798706,
        latencyMs: 120.5,
        chain: { bestHeight: 123_456_789, headAgeSec: 2.806999921798706, lastAdvanceAt: NOW - 2807, operators: { answering: 3, quorum: 2 }, endpoints: [] },
      },
    })
    .where(eq(serviceStates.serviceId, 'sei'));
  db.handle = Promise.resolve(handle);
}, 120_000);

afterAll(async () => {
  await handle?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------
// The validator: the document's component schemas under one $id, every $ref pointed there.

type Json = unknown;
const DOC_ID = 'https://marsad.test/openapi.json';

/** A copy with local refs made absolute and, where properties are listed (or composed with allOf), no undeclared property allowed. */
function prepare(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(prepare);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace(/^#\/components\/schemas\//, `${DOC_ID}#/$defs/`);
    else if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as Record<string, Json>).map(([k, v]) => [k, prepare(v)]));
    else out[key] = prepare(value);
  }
  const describesProperties = 'properties' in out || 'allOf' in out;
  if (describesProperties && !('additionalProperties' in out) && !('unevaluatedProperties' in out)) {
    out.type ??= 'object';
    out.unevaluatedProperties = false;
  }
  return out;
}

/** `allOf` members are checked on their own too, where closing them would refuse the other member's fields. */
function openAllOfMembers(schema: Json, inAllOf = false): Json {
  if (Array.isArray(schema)) return schema.map((s) => openAllOfMembers(s, inAllOf));
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === 'allOf' ? (value as Json[]).map((s) => openAllOfMembers(s, true)) : openAllOfMembers(value, false);
  if (inAllOf && out.unevaluatedProperties === false) delete out.unevaluatedProperties;
  return out;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const doc = JSON.parse(JSON.stringify(OPENAPI_DOCUMENT)) as typeof OPENAPI_DOCUMENT;
const defs = Object.fromEntries(Object.entries(doc.components.schemas).map(([name, s]) => [name, openAllOfMembers(prepare(s))]));
// A component referenced from inside an allOf must stay open (the allOf's parent closes the whole):
// those are referenced through an open copy.
for (const [name, s] of Object.entries(doc.components.schemas)) defs[`${name}__open`] = openAllOfMembers(prepare(s), true);
function reopenRefsInAllOf(schema: Json, inAllOf = false): Json {
  if (Array.isArray(schema)) return schema.map((s) => reopenRefsInAllOf(s, inAllOf));
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && inAllOf && typeof value === 'string') out[key] = `${value}__open`;
    else out[key] = key === 'allOf' ? (value as Json[]).map((s) => reopenRefsInAllOf(s, true)) : reopenRefsInAllOf(value, false);
  }
  return out;
}
ajv.addSchema({ $id: DOC_ID, $defs: Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, reopenRefsInAllOf(v)])) });

const validators = new Map<string, ValidateFunction>();
function resolveResponse(response: Record<string, unknown>): Record<string, unknown> {
  const ref = response.$ref;
  if (typeof ref !== 'string') return response;
  const name = ref.replace('#/components/responses/', '');
  return (doc.components.responses as Record<string, Record<string, unknown>>)[name]!;
}

/** The validator for `template`'s answer with `status`, from the document; fails the test when none is declared. */
function validatorFor(template: string, status: number): ValidateFunction {
  const key = `${template} ${status}`;
  const cached = validators.get(key);
  if (cached) return cached;
  const operation = doc.paths[template]?.get;
  expect(operation, `no operation for ${template} in the OpenAPI document`).toBeDefined();
  const declared = operation!.responses[String(status)];
  expect(declared, `${template} answered ${status}, which the OpenAPI document does not declare`).toBeDefined();
  const content = resolveResponse(declared!).content as Record<string, { schema: Json }> | undefined;
  const schema = content?.['application/json']?.schema;
  expect(schema, `${template} ${status}: no application/json schema declared`).toBeDefined();
  const validate = ajv.compile(reopenRefsInAllOf(openAllOfMembers(prepare(schema))) as object);
  validators.set(key, validate);
  return validate;
}

// ---------------------------------------------------------------------------------------------------
// The routes, called as Next calls them.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;
const ROUTES: Record<string, () => Promise<{ GET: Handler }>> = {
  '/api/v1': () => import('@/app/api/v1/route') as Promise<{ GET: Handler }>,
  '/api/v1/status': () => import('@/app/api/v1/status/route') as Promise<{ GET: Handler }>,
  '/api/v1/services': () => import('@/app/api/v1/services/route') as Promise<{ GET: Handler }>,
  '/api/v1/services/{id}': () => import('@/app/api/v1/services/[id]/route') as unknown as Promise<{ GET: Handler }>,
  '/api/v1/services/{id}/history': () => import('@/app/api/v1/services/[id]/history/route') as unknown as Promise<{ GET: Handler }>,
  '/api/v1/incidents': () => import('@/app/api/v1/incidents/route') as Promise<{ GET: Handler }>,
  '/api/v1/incidents/{slug}': () => import('@/app/api/v1/incidents/[slug]/route') as unknown as Promise<{ GET: Handler }>,
  '/api/v1/openapi.json': () => import('@/app/api/v1/openapi.json/route') as Promise<{ GET: Handler }>,
};

async function call(template: string, params: Record<string, string> = {}, query = ''): Promise<{ status: number; body: unknown }> {
  const pathname = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
  const { GET } = await ROUTES[template]!();
  const response = await GET(new Request(`https://marsad.test${pathname}${query}`), { params: Promise.resolve(params) });
  const text = await response.text();
  expect(response.headers.get('content-type'), `${pathname}${query}`).toMatch(/^application\/json/);
  return { status: response.status, body: JSON.parse(text) };
}

/** Calls the route and checks its answer against the declared schema; returns the body. */
async function check(template: string, params: Record<string, string> = {}, query = ''): Promise<{ status: number; body: unknown }> {
  const answer = await call(template, params, query);
  const validate = validatorFor(template, answer.status);
  const ok = validate(answer.body);
  expect(ok ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n'), `${template.replace(/\{(\w+)\}/g, (_, n: string) => params[n]!)}${query} (${answer.status})`).toEqual([]);
  return answer;
}

// ---------------------------------------------------------------------------------------------------

describe('every /api/v1 answer matches its OpenAPI schema', () => {
  it('covers every /api/v1 route file and every /api/v1 path of the document', () => {
    const documented = Object.keys(doc.paths).filter((p) => p === '/api/v1' || p.startsWith('/api/v1/'));
    expect(documented.sort()).toEqual(Object.keys(ROUTES).sort());
    const routeFiles: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name));
        else if (entry.name === 'route.ts') routeFiles.push(dir.replace(/\\/g, '/').replace(/^app/, '').replace(/\[(\w+)\]/g, '{$1}'));
      }
    };
    walk('app/api/v1');
    expect(routeFiles.sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('the validator is not a rubber stamp: it refuses a decimal head age, an undeclared field and a bad date', async () => {
    const { body } = await call('/api/v1/services/{id}', { id: 'sei' });
    const validate = validatorFor('/api/v1/services/{id}', 200);
    const service = (body as { service: Record<string, unknown> }).service;
    expect(validate(body)).toBe(true);
    expect(validate({ ...(body as object), service: { ...service, headAgeSec: 2.806999921798706 } })).toBe(false);
    expect(validate({ ...(body as object), service: { ...service, surprise: true } })).toBe(false);
    expect(validate({ ...(body as object), generatedAt: 'yesterday' })).toBe(false);
  });

  it('GET /api/v1 (the index)', async () => {
    expect((await check('/api/v1')).status).toBe(200);
    expect((await check('/api/v1', {}, '?x=1')).status).toBe(400);
  });

  it('GET /api/v1/status, and a 400', async () => {
    expect((await check('/api/v1/status')).status).toBe(200);
    expect((await check('/api/v1/status', {}, '?lang=ar')).status).toBe(400);
  });

  it('GET /api/v1/services, with each filter, and 400s', async () => {
    const all = await check('/api/v1/services');
    expect(all.status).toBe(200);
    const sei = (all.body as { services: { id: string; headAgeSec: number | null; latencyMs: number | null }[] }).services.find((s) => s.id === 'sei')!;
    expect(sei.headAgeSec).not.toBeNull();
    expect(sei.latencyMs).not.toBeNull();
    for (const query of ['?category=l1', '?category=cloud', '?status=operational', '?status=unknown', '?category=exchange&status=major_outage']) {
      expect((await check('/api/v1/services', {}, query)).status).toBe(200);
    }
    for (const query of ['?category=moon', '?status=fine', '?sort=name', '?category=l1&category=l2']) {
      expect((await check('/api/v1/services', {}, query)).status).toBe(400);
    }
  });

  it('GET /api/v1/services/{id} for every catalog service, a 404 and a 400', async () => {
    for (const service of getCatalog().services) expect((await check('/api/v1/services/{id}', { id: service.id })).status, service.id).toBe(200);
    expect((await check('/api/v1/services/{id}', { id: 'no-such-service' })).status).toBe(404);
    expect((await check('/api/v1/services/{id}', { id: 'Not_An_Id' })).status).toBe(400);
  }, 120_000);

  it('GET /api/v1/services/{id}/history at every range and resolution, a 404 and 400s', async () => {
    for (const id of ['ethereum', 'coinbase', 'sei', 'aws']) {
      for (const query of ['', '?range=24h', '?range=24h&resolution=5m', '?range=7d', '?range=7d&resolution=1h', '?range=30d', '?range=90d', '?range=90d&resolution=1d']) {
        expect((await check('/api/v1/services/{id}/history', { id }, query)).status, `${id}${query}`).toBe(200);
      }
    }
    const ethereum = (await check('/api/v1/services/{id}/history', { id: 'ethereum' }, '?range=7d')).body as { points: { headAgeSec: number | null }[] };
    expect(ethereum.points.some((p) => p.headAgeSec !== null)).toBe(true);
    expect((await check('/api/v1/services/{id}/history', { id: 'no-such-service' })).status).toBe(404);
    for (const query of ['?range=1y', '?range=24h&resolution=1d', '?resolution=1w', '?range=7d&x=1']) {
      expect((await check('/api/v1/services/{id}/history', { id: 'ethereum' }, query)).status, query).toBe(400);
    }
  }, 120_000);

  it('GET /api/v1/incidents, filtered, and 400s', async () => {
    const list = await check('/api/v1/incidents');
    expect(list.status).toBe(200);
    const incidents = (list.body as { incidents: { origin: string }[] }).incidents;
    expect(incidents.some((i) => i.origin === 'past')).toBe(true);
    expect(incidents.some((i) => i.origin === 'detected')).toBe(true);
    for (const query of ['?provider=aws', '?provider=AWS', '?year=2025', '?provider=nobody&year=2001']) {
      expect((await check('/api/v1/incidents', {}, query)).status).toBe(200);
    }
    for (const query of ['?year=25', '?year=1999', '?provider=%3Cscript%3E', '?page=2']) {
      expect((await check('/api/v1/incidents', {}, query)).status).toBe(400);
    }
  });

  it('GET /api/v1/incidents/{slug} for every incident listed (past and detected), a 404 and a 400', async () => {
    const list = (await call('/api/v1/incidents')).body as { incidents: { slug: string }[] };
    expect(list.incidents.length).toBeGreaterThan(1);
    for (const { slug } of list.incidents) expect((await check('/api/v1/incidents/{slug}', { slug })).status, slug).toBe(200);
    expect((await check('/api/v1/incidents/{slug}', { slug: 'no-such-incident' })).status).toBe(404);
    expect((await check('/api/v1/incidents/{slug}', { slug: 'Bad Slug' })).status).toBe(400);
  }, 120_000);

  it('GET /api/v1/openapi.json', async () => {
    expect((await check('/api/v1/openapi.json')).status).toBe(200);
  });
});
