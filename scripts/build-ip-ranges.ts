// npm run ip-ranges:build: reads the providers' published address files in ../shared/ip-ranges and writes
// the compact table the app ships (lib/exposure/data/ranges.json). Run it again when the snapshots change;
// tests/unit/exposure/ranges-table.test.ts fails while the committed table differs from what this makes.
//   node --import tsx scripts/build-ip-ranges.ts [--check] [--dir ../shared/ip-ranges]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRangeTable, RANGES_FILE, serializeRangeTable } from '@/lib/exposure/snapshot-build';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const dir = path.resolve(ROOT, dirArg >= 0 ? args[dirArg + 1]! : '../shared/ip-ranges');
const out = path.join(ROOT, RANGES_FILE);

const table = buildRangeTable((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
const text = serializeRangeTable(table);
for (const feed of table.feeds) {
  const count = feed.providers.reduce((n, p) => n + p.groups.reduce((m, g) => m + g.prefixes.length, 0), 0);
  console.log(`${feed.id.padEnd(14)} ${feed.dataDate}  ${String(count).padStart(6)} prefixes`);
}
if (args.includes('--check')) {
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error(`${RANGES_FILE} is not what ${path.relative(ROOT, dir)} gives: run npm run ip-ranges:build`);
    process.exit(1);
  }
  console.log(`${RANGES_FILE} is current`);
} else {
  fs.writeFileSync(out, text);
  console.log(`wrote ${RANGES_FILE} (${Math.round(text.length / 1024)} KiB)`);
}
