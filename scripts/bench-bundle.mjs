#!/usr/bin/env node
// First-load JavaScript of a route (gzip), from the build's own list of the chunks it loads
// (<distDir>/diagnostics/route-bundle-stats.json: Next 16 no longer prints "First Load JS"), and the
// gzip size of the home page's HTML from a running server. Exits non-zero when a goal is missed.
//
// Usage: node scripts/bench-bundle.mjs [--dist .next] [--route /[locale]] [--url http://localhost:3000/]
//   NEXT_DIST_DIR sets the build directory as for `next build`. Without --url, only the JS is measured.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const GOALS = { firstLoadJsGzipKB: 175, homeHtmlGzipKB: 60 };

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const distDir = arg('dist', process.env.NEXT_DIST_DIR || '.next');
const route = arg('route', '/[locale]');
const url = arg('url', null);
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

const statsFile = path.join(distDir, 'diagnostics', 'route-bundle-stats.json');
if (!fs.existsSync(statsFile)) {
  console.error(`No ${statsFile}: run \`next build\` first (with NEXT_DIST_DIR=${distDir} if it is not .next).`);
  process.exit(2);
}
const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
const entry = stats.find((r) => r.route === route);
if (!entry) {
  console.error(`Route ${route} is not in ${statsFile}; routes: ${stats.map((r) => r.route).join(', ')}`);
  process.exit(2);
}

let raw = 0;
let gzip = 0;
const chunks = entry.firstLoadChunkPaths.map((chunk) => {
  // Paths are relative to the project (".next/static/chunks/…"); run from the project root.
  const file = fs.existsSync(chunk) ? chunk : path.join(distDir, 'static', chunk.split('/static/').at(-1));
  const body = fs.readFileSync(file);
  const size = gzipSize(body);
  raw += body.length;
  gzip += size;
  return { chunk: path.basename(file), rawKB: kb(body.length), gzipKB: kb(size) };
});
chunks.sort((a, b) => b.gzipKB - a.gzipKB);

const results = { route, firstLoadJs: { chunks: chunks.length, rawKB: kb(raw), gzipKB: kb(gzip), goalKB: GOALS.firstLoadJsGzipKB } };
let failed = gzip / 1024 > GOALS.firstLoadJsGzipKB;

if (url) {
  const response = await fetch(url);
  const html = Buffer.from(await response.arrayBuffer());
  const htmlGzip = gzipSize(html);
  results.homeHtml = { url, status: response.status, rawKB: kb(html.length), gzipKB: kb(htmlGzip), goalKB: GOALS.homeHtmlGzipKB };
  // Anything the page would make the browser fetch from another origin (fonts, scripts, images, styles).
  const origin = new URL(url).origin;
  const external = [...html.toString('utf8').matchAll(/<(?:script|link|img|iframe|source)\b[^>]*?\s(?:src|href)="(https?:[^"]+)"/g)]
    .map((m) => m[1])
    .filter((u) => new URL(u).origin !== origin);
  results.homeHtml.thirdPartyResources = external;
  failed ||= htmlGzip / 1024 > GOALS.homeHtmlGzipKB || external.length > 0 || response.status !== 200;
}

console.log('chunk                              raw KB   gzip KB');
for (const c of chunks) console.log(`${c.chunk.padEnd(34)} ${String(c.rawKB).padStart(7)} ${String(c.gzipKB).padStart(9)}`);
console.log(JSON.stringify(results, null, 2));
console.log(
  `first-load JS of ${route}: ${results.firstLoadJs.gzipKB} KB gzip (goal ≤ ${GOALS.firstLoadJsGzipKB})` +
    (results.homeHtml ? `; home HTML: ${results.homeHtml.gzipKB} KB gzip (goal ≤ ${GOALS.homeHtmlGzipKB}); third-party resources: ${results.homeHtml.thirdPartyResources.length}` : ''),
);
process.exit(failed ? 1 : 0);
