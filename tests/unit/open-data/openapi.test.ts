import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { CATEGORIES, HISTORY_RANGES, HISTORY_RESOLUTIONS, incidentsQuery, historyQuery, servicesQuery, STATUSES } from '@/lib/open-data/api-params';
import { OPENAPI_DOCUMENT, STATUSPAGE_UNKNOWN_MAPPING } from '@/lib/open-data/openapi';

const operations = Object.entries(OPENAPI_DOCUMENT.paths).map(([path, item]) => ({ path, ...item.get }));

/** The route file that serves an OpenAPI path: /api/v1/services/{id} → app/api/v1/services/[id]/route.ts. */
function routeFile(path: string): string {
  return `app${path.replace(/\{(\w+)\}/g, '[$1]')}/route.ts`;
}

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with a title, a version and the Statuspage mapping in its description', () => {
    expect(OPENAPI_DOCUMENT.openapi).toBe('3.1.0');
    expect(OPENAPI_DOCUMENT.info.title).toBeTruthy();
    expect(OPENAPI_DOCUMENT.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(OPENAPI_DOCUMENT.info.description).toContain(STATUSPAGE_UNKNOWN_MAPPING);
    expect(STATUSPAGE_UNKNOWN_MAPPING).toMatch(/unknown/);
  });

  it('describes only routes that exist, each with a unique operationId and a 200 answer', () => {
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of operations) {
      expect(fs.existsSync(routeFile(op.path)), routeFile(op.path)).toBe(true);
      expect(op.responses['200']).toBeDefined();
      expect(op.summary.length).toBeGreaterThan(0);
    }
  });

  it('documents every path parameter and the 400/404 answers where a parameter can be wrong', () => {
    for (const op of operations) {
      const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(inPath);
      if (inPath.length) expect(op.responses['404']).toBeDefined();
      if (op.parameters.length) expect(op.responses['400']).toBeDefined();
    }
  });

  it('takes its query parameters and enumerations from the schemas the routes validate with', () => {
    const query = (id: string) => operations.find((o) => o.operationId === id)!.parameters.filter((p) => p.in === 'query');
    expect(query('listServices').map((p) => p.name)).toEqual([...servicesQuery.keys]);
    expect(query('getServiceHistory').map((p) => p.name)).toEqual([...historyQuery.keys]);
    expect(query('listIncidents').map((p) => p.name)).toEqual([...incidentsQuery.keys]);
    expect(query('listServices')[0]!.schema.enum).toEqual([...CATEGORIES]);
    expect(query('listServices')[1]!.schema.enum).toEqual([...STATUSES]);
    expect(query('getServiceHistory')[0]!.schema.enum).toEqual([...HISTORY_RANGES]);
    expect(query('getServiceHistory')[1]!.schema.enum).toEqual([...HISTORY_RESOLUTIONS]);
  });

  it('resolves every $ref', () => {
    for (const ref of refs(OPENAPI_DOCUMENT)) {
      const [, section, name] = /^#\/components\/(\w+)\/(\w+)$/.exec(ref) ?? [];
      expect(section, ref).toBeTruthy();
      expect((OPENAPI_DOCUMENT.components as Record<string, Record<string, unknown>>)[section!]?.[name!], ref).toBeDefined();
    }
  });

  it('serialises to JSON and back unchanged (no functions, no undefined)', () => {
    expect(JSON.parse(JSON.stringify(OPENAPI_DOCUMENT))).toEqual(OPENAPI_DOCUMENT);
  });
});
