#!/usr/bin/env node
// Lighthouse (mobile, the default emulation and throttling) on a running Marsad: performance,
// accessibility, best practices and SEO, the median of a few runs, and every request the page made to
// another origin (there must be none). Uses a local `lighthouse` if one is installed, else
// `npx --yes lighthouse@12.2.3` (13.x needs Node 22). Debian's Chromium by default (CHROME_PATH).
//
// Usage: node scripts/bench-lighthouse.mjs [--url http://localhost:3000/] [--runs 3]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LIGHTHOUSE_VERSION = '12.2.3';
const GOALS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const url = arg('url', 'http://localhost:3000/');
const runs = Math.max(1, Number(arg('runs', '3')) || 3);
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function lighthouseCommand() {
  const local = path.join(process.cwd(), 'node_modules', '.bin', 'lighthouse');
  if (fs.existsSync(local)) return { cmd: local, args: [] };
  console.error(`lighthouse is not installed here: running it through npx (lighthouse@${LIGHTHOUSE_VERSION}).`);
  return { cmd: 'npx', args: ['--yes', `lighthouse@${LIGHTHOUSE_VERSION}`] };
}

function runOnce(index) {
  const out = path.join(os.tmpdir(), `marsad-lighthouse-${process.pid}-${index}.json`);
  const { cmd, args } = lighthouseCommand();
  const result = spawnSync(
    cmd,
    [
      ...args,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'inherit', 'inherit'], timeout: 180_000 },
  );
  if (result.status !== 0 || !fs.existsSync(out)) {
    console.error(`lighthouse run ${index + 1} failed (exit ${result.status}${result.error ? `, ${result.error.message}` : ''})`);
    process.exit(2);
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out, { force: true });
  return report;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const reports = Array.from({ length: runs }, (_, i) => runOnce(i));
const scores = Object.fromEntries(Object.keys(GOALS).map((id) => [id, median(reports.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)))]));
const metric = (id) => median(reports.map((r) => r.audits[id]?.numericValue ?? NaN));
const metrics = {
  firstContentfulPaintMs: Math.round(metric('first-contentful-paint')),
  largestContentfulPaintMs: Math.round(metric('largest-contentful-paint')),
  totalBlockingTimeMs: Math.round(metric('total-blocking-time')),
  cumulativeLayoutShift: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
  speedIndexMs: Math.round(metric('speed-index')),
};
const origin = new URL(url).origin;
const thirdParty = [
  ...new Set(reports.flatMap((r) => (r.audits['network-requests']?.details?.items ?? []).map((item) => item.url).filter((u) => u && !u.startsWith('data:') && new URL(u).origin !== origin))),
];
const failing = Object.entries(GOALS).filter(([id, goal]) => scores[id] < goal);
for (const r of reports) {
  const failed = Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
  if (failed.length) console.log(`run audits below 1: ${failed.map((a) => a.id).join(', ')}`);
}
// Every run's performance score too: on a small shared machine they spread by several points, and a
// median alone hides how much.
const performanceRuns = reports.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
console.log(JSON.stringify({ url, runs, lighthouse: reports[0].lighthouseVersion, scores, performanceRuns, goals: GOALS, metrics, thirdPartyRequests: thirdParty }, null, 2));
console.log(
  `Lighthouse mobile (median of ${runs}): ${Object.entries(scores).map(([id, s]) => `${id} ${s}`).join(', ')} (performance runs: ${performanceRuns.join(', ')}); third-party requests: ${thirdParty.length}`,
);
process.exit(failing.length || thirdParty.length ? 1 : 0);
