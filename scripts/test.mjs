#!/usr/bin/env node
// `npm test`: every test, in order: unit and database tests (Vitest), one production build, then the
// end-to-end tests in real Chromium against it. Ends with the totals as a plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = '1';
fs.mkdirSync('.tmp', { recursive: true });

function run(cmd, args, env = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(chromium)) return chromium;
  const isRoot = process.getuid?.() === 0;
  if (!process.env.CHROMIUM_PATH && isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s chromium with apt-get.');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
    if (fs.existsSync(chromium)) return chromium;
  }
  console.error(
    `\nThe end-to-end tests need Chromium at ${chromium}.\n` +
      `Install it with:  sudo apt-get install chromium   (Debian/Ubuntu)\n` +
      `or point CHROMIUM_PATH at a Chromium or Chrome binary.\n`,
  );
  process.exit(1);
}

/** The system tests start a throwaway PostgreSQL: install Debian's when we can; they skip (saying why) otherwise. */
function ensurePostgres() {
  const has = fs.existsSync('/usr/lib/postgresql') && fs.readdirSync('/usr/lib/postgresql').some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
  if (has || process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) return;
  console.log('PostgreSQL is missing: installing Debian\'s postgresql with apt-get (for the system tests).');
  run('apt-get', ['install', '-y', '-qq', 'postgresql'], { DEBIAN_FRONTEND: 'noninteractive' });
}

const totals = { passed: 0, failed: 0, skipped: 0 };

// 1. Unit and database tests.
const vitestJson = '.tmp/vitest.json';
fs.rmSync(vitestJson, { force: true });
const vitestStatus = run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (fs.existsSync(vitestJson)) {
  const report = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
} else if (vitestStatus !== 0) totals.failed += 1;

// playwright.config.ts names the e2e report after E2E_PORT when one is set (a second run on another port).
const pwJson = process.env.E2E_PORT ? `.tmp/playwright-${Number(process.env.E2E_PORT)}.json` : '.tmp/playwright.json';
fs.rmSync(pwJson, { force: true });

// 2. One production build, shared by every e2e test.
ensureChromium();
ensurePostgres();
const buildStatus = run(process.execPath, ['node_modules/next/dist/bin/next', 'build']);
if (buildStatus !== 0) {
  totals.failed += 1;
} else {
  // 3. End-to-end tests.
  const pwStatus = run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test']);
  if (fs.existsSync(pwJson)) {
    const stats = JSON.parse(fs.readFileSync(pwJson, 'utf8')).stats;
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  } else if (pwStatus !== 0) totals.failed += 1;
}

fs.writeFileSync('.tmp/totals.json', JSON.stringify(totals));
if (totals.failed > 0) spawnSync(process.execPath, ['scripts/failed-tests.mjs', `vitest=${vitestJson}`, `e2e=${pwJson}`], { stdio: 'inherit' });
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || vitestStatus !== 0 ? 1 : 0);
