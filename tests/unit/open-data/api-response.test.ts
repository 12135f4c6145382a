import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cacheControlOf, routeFor } from '@/lib/route-table';
import { apiError, etagMatches, parsePathParam, parseQuery, respondJson, strongEtag } from '@/lib/open-data/api-response';
import { historyQuery, incidentsQuery, langQuery, serviceIdSchema, servicesQuery } from '@/lib/open-data/api-params';

const req = (query = '', headers: Record<string, string> = {}) => new Request(`https://marsad.test/api/v1/incidents${query}`, { headers });

async function errorOf(response: Response) {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toContain('application/json');
  return ((await response.json()) as { error: { code: string; message: string; parameter?: string } }).error;
}

describe('ETag and 304', () => {
  it('gives the same bytes the same strong tag and other bytes another', () => {
    expect(strongEtag('{"a":1}')).toBe(strongEtag('{"a":1}'));
    expect(strongEtag('{"a":1}')).not.toBe(strongEtag('{"a":2}'));
    expect(strongEtag('x')).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });

  it('matches If-None-Match lists, weak forms and *', () => {
    const tag = strongEtag('x');
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(`"other", W/${tag}`, tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
    expect(etagMatches('"other"', tag)).toBe(false);
    expect(etagMatches(null, tag)).toBe(false);
  });

  it('answers 304 without a body when the client has the current version, with its cache headers', async () => {
    const first = respondJson(req(), { a: 1 });
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe(cacheControlOf(routeFor('/api/v1/incidents')));
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const second = respondJson(req('', { 'if-none-match': etag }), { a: 1 });
    expect(second.status).toBe(304);
    expect(second.headers.get('etag')).toBe(etag);
    expect(second.headers.get('cache-control')).toBe(cacheControlOf(routeFor('/api/v1/incidents')));
    expect(await second.text()).toBe('');
  });

  it('sends errors as JSON with no-store and never a stack', async () => {
    const response = apiError(req(), 404, 'service_not_found', 'No service has the id "x".', 'id');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: { code: 'service_not_found', message: 'No service has the id "x".', parameter: 'id' } });
  });
});

describe('parameters', () => {
  it('names an unknown query parameter (a typo never falls back to the default silently)', async () => {
    const parsed = parseQuery(req('?rnage=7d'), historyQuery.keys, historyQuery.schema);
    expect(parsed.ok).toBe(false);
    const error = await errorOf((parsed as { response: Response }).response);
    expect(error).toMatchObject({ code: 'unknown_parameter', parameter: 'rnage' });
    expect(error.message).toContain('"rnage"');
  });

  it('names a repeated parameter', async () => {
    const parsed = parseQuery(req('?range=7d&range=24h'), historyQuery.keys, historyQuery.schema);
    expect(await errorOf((parsed as { response: Response }).response)).toMatchObject({ code: 'repeated_parameter', parameter: 'range' });
  });

  it.each([
    ['?range=1y', 'range'],
    ['?resolution=1w', 'resolution'],
    ['?range=24h&resolution=1d', 'resolution'],
    ['?range=90d&resolution=5m', 'resolution'],
  ])('rejects history %s naming %s', async (query, parameter) => {
    const parsed = parseQuery(req(query), historyQuery.keys, historyQuery.schema);
    const error = await errorOf((parsed as { response: Response }).response);
    expect(error).toMatchObject({ code: 'invalid_parameter', parameter });
    expect(error.message).toContain(`"${parameter}"`);
  });

  it.each([
    [servicesQuery, '?category=banks', 'category'],
    [servicesQuery, '?status=down', 'status'],
    [incidentsQuery, '?year=25', 'year'],
    [incidentsQuery, '?year=1999', 'year'],
    [incidentsQuery, '?provider=%3Cscript%3E', 'provider'],
    [langQuery, '?lang=fr', 'lang'],
  ] as const)('rejects %#: %s naming %s', async (query, search, parameter) => {
    const parsed = parseQuery(req(search), query.keys, query.schema as z.ZodType);
    expect(await errorOf((parsed as { response: Response }).response)).toMatchObject({ parameter });
  });

  it('accepts valid values, and an empty value as "not given"', () => {
    const history = parseQuery(req('?range=7d'), historyQuery.keys, historyQuery.schema);
    expect(history).toEqual({ ok: true, data: { range: '7d', resolution: '1h' } });
    expect(parseQuery(req('?year=2025&provider=AWS'), incidentsQuery.keys, incidentsQuery.schema)).toEqual({ ok: true, data: { year: 2025, provider: 'AWS' } });
    expect(parseQuery(req('?range='), historyQuery.keys, historyQuery.schema)).toEqual({ ok: true, data: { range: '24h', resolution: '5m' } });
    expect(parseQuery(req('?lang=en&_=123'), langQuery.keys, langQuery.schema, { allowUnknown: true })).toEqual({ ok: true, data: { lang: 'en' } });
  });

  it('names a malformed path parameter', async () => {
    const parsed = parsePathParam(req(), 'id', 'Bit$coin', serviceIdSchema);
    expect(await errorOf((parsed as { response: Response }).response)).toMatchObject({ code: 'invalid_parameter', parameter: 'id' });
    expect(parsePathParam(req(), 'id', 'bitcoin', serviceIdSchema)).toEqual({ ok: true, data: 'bitcoin' });
  });
});
