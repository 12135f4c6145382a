// `npm run catalog:schema`: writes the catalog's JSON Schema, generated from the zod schema
// (lib/catalog/json-schema.ts), to public/catalog.schema.json (served at /catalog.schema.json). A unit test
// fails when the committed file is not what this script would write: run it after changing the schema.
//
// `npm run catalog:check -- my-catalog.json`: the start-up check of a MARSAD_CATALOG file (the same reader
// the server uses, cross-field rules included), plus the keys Marsad would drop silently (typos). Exits 1
// on either.
import fs from 'node:fs';
import path from 'node:path';
import { CatalogError, readCatalogFile } from '@/lib/catalog';
import { catalogJsonSchemaText, unknownCatalogKeys } from '@/lib/catalog/json-schema';

function writeSchema(): void {
  const target = path.join(process.cwd(), 'public', 'catalog.schema.json');
  const text = catalogJsonSchemaText();
  const unchanged = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
  if (!unchanged) fs.writeFileSync(target, text);
  console.log(`${path.relative(process.cwd(), target)}: ${unchanged ? 'already current' : 'written'}`);
}

function check(file: string | undefined): number {
  if (!file) {
    console.error('usage: npm run catalog:check -- <catalog.json>');
    return 2;
  }
  try {
    const catalog = readCatalogFile(file);
    const unknown = unknownCatalogKeys(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (unknown.length) {
      console.error(`${file}: keys Marsad does not know and would ignore (a typo?):\n${unknown.map((k) => `  - ${k}`).join('\n')}`);
      return 1;
    }
    const monitors = catalog.services.reduce((n, s) => n + s.monitors.length, 0);
    console.log(`${file}: valid, ${catalog.services.length} services, ${monitors} monitors, ${catalog.canaries.length} canaries`);
    return 0;
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    console.error(error.message);
    return 1;
  }
}

const args = process.argv.slice(2);
if (args[0] === '--check') process.exitCode = check(args[1]);
else writeSchema();
