// The operator guide works: its example catalogs load through the same reader the server uses
// (readCatalogFile → parseCatalog) and validate against the published JSON Schema; the committed schema is
// what `npm run catalog:schema` writes from the zod schema; the guide names every field an operator can write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readCatalogFile, requiredChainOperators } from '@/lib/catalog';
import { catalogJsonSchema, catalogJsonSchemaText, unknownCatalogKeys } from '@/lib/catalog/json-schema';
import { builtinCatalog } from '@/lib/catalog/services';

const ROOT = process.cwd();
const SCHEMA_FILE = path.join(ROOT, 'public/catalog.schema.json');
const GUIDE = fs.readFileSync(path.join(ROOT, 'docs/operator-catalog.md'), 'utf8');
const EXAMPLES = ['docs/examples/catalog.example.json', 'docs/examples/catalog.lab.example.json'];

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as object);
const errorsOf = (value: unknown) => (validate(value) ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n'));

describe('the published catalog JSON Schema', () => {
  it('is what `npm run catalog:schema` writes from lib/catalog/schema.ts (run it after changing the schema)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(catalogJsonSchemaText());
  });

  it('accepts the built-in catalog', () => {
    expect(errorsOf(builtinCatalog)).toEqual([]);
  });

  it('refuses a misspelled key (Marsad drops unknown keys silently), a bad enum and a non-http URL', () => {
    const example = JSON.parse(fs.readFileSync(EXAMPLES[0]!, 'utf8'));
    const typo = structuredClone(example);
    typo.services[0].monitors[0].alowPrivateNetwork = true;
    expect(errorsOf(typo).join('\n')).toMatch(/additional properties/);
    const badRole = structuredClone(example);
    badRole.services[0].monitors[0].role = 'primary';
    expect(errorsOf(badRole)).not.toEqual([]);
    const ftp = structuredClone(example);
    ftp.services[0].monitors[0].url = 'ftp://example.com/';
    expect(errorsOf(ftp)).not.toEqual([]);
  });
});

describe('npm run catalog:check: the keys Marsad would ignore', () => {
  it('names a misspelled key by its path, and nothing in a clean file (its $schema key included)', () => {
    const example = JSON.parse(fs.readFileSync(EXAMPLES[0]!, 'utf8'));
    expect(unknownCatalogKeys(example)).toEqual([]);
    example.services[0].monitors[1].alowPrivateNetwork = true;
    example.services[1].chain.qourum = 2;
    example.canaries[0].timeout = 1;
    expect(unknownCatalogKeys(example).sort()).toEqual(['canaries[0].timeout', 'services[0].monitors[1].alowPrivateNetwork', 'services[1].chain.qourum']);
  });
});

describe.each(EXAMPLES)('%s', (file) => {
  it('loads through readCatalogFile (as MARSAD_CATALOG does) and validates against the schema', () => {
    const catalog = readCatalogFile(path.join(ROOT, file));
    expect(catalog.services.length).toBeGreaterThan(0);
    expect(errorsOf(JSON.parse(fs.readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('points editors at the published schema', () => {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { $schema: string };
    expect(path.resolve(path.dirname(file), raw.$schema)).toBe(SCHEMA_FILE);
  });
});

describe('the public example', () => {
  const catalog = readCatalogFile(path.join(ROOT, EXAMPLES[0]!));

  it('keeps the connectivity guard (canaries), watches chains with enough distinct operators, and lists a service not monitored', () => {
    expect(catalog.canaries.length).toBeGreaterThanOrEqual(3);
    for (const service of catalog.services.filter((s) => s.chain)) {
      const operators = new Set(service.monitors.filter((m) => m.role === 'liveness').map((m) => m.operator));
      expect(operators.size).toBeGreaterThanOrEqual(requiredChainOperators(service.chain!.quorum));
    }
    expect(catalog.services.some((s) => !s.monitored)).toBe(true);
    const kinds = new Set(catalog.services.flatMap((s) => s.monitors.map((m) => m.kind)));
    for (const kind of ['evm', 'bitcoin', 'exchange', 'http', 'statuspage', 'cloud-feed']) expect(kinds, kind).toContain(kind);
  });
});

describe('the lab example', () => {
  const catalog = readCatalogFile(path.join(ROOT, EXAMPLES[1]!));

  it('watches a local node: no canaries, quorum 1, the private address allowed', () => {
    expect(catalog.canaries).toEqual([]);
    const [service] = catalog.services;
    expect(service!.chain!.quorum).toBe(1);
    expect(service!.monitors.every((m) => m.allowPrivateNetwork)).toBe(true);
  });

  it('is refused at start when the private address is not allowed', () => {
    const raw = JSON.parse(fs.readFileSync(EXAMPLES[1]!, 'utf8'));
    delete raw.services[0].monitors[0].allowPrivateNetwork;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-lab-')), 'catalog.json');
    fs.writeFileSync(file, JSON.stringify(raw));
    expect(() => readCatalogFile(file)).toThrow(/services\[0\]\.monitors\[0\]\.url: .*allowPrivateNetwork/);
  });
});

describe('docs/operator-catalog.md', () => {
  /** Every property name the schema lets an operator write. */
  function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
    if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties') Object.keys(value as object).forEach((k) => out.add(k));
        propertyNames(value, out);
      }
    }
    return out;
  }

  it('names every field of the catalog, in backticks', () => {
    const missing = [...propertyNames(catalogJsonSchema())].filter((name) => !GUIDE.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('links both examples and the schema, and says how the lab turns the guard off', () => {
    for (const file of EXAMPLES) expect(GUIDE).toContain(path.basename(file));
    expect(GUIDE).toContain('catalog.schema.json');
    expect(GUIDE).toContain('npm run catalog:schema');
    expect(GUIDE).toMatch(/"canaries": \[\]/);
  });
});
