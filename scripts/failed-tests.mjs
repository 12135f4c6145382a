#!/usr/bin/env node
// The names of the failed tests in Vitest and Playwright JSON reports, one line each, with the first
// line of the failure. `npm test` and `.ci/run` print them just above their totals: CI keeps only the
// end of its output, and a count without a name cannot be followed up.
//   node scripts/failed-tests.mjs <label>=<report.json> ...
import fs from 'node:fs';
import path from 'node:path';

const firstLine = (text) => String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '').trim().split('\n')[0].slice(0, 200);

/** Vitest's report (Jest's shape): a file that failed to run has no assertions but a message. */
function vitestFailures(report) {
  const out = [];
  for (const file of report.testResults ?? []) {
    const where = path.relative(process.cwd(), file.name);
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) out.push(`${where} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    if (failed.length === 0 && file.status === 'failed') out.push(`${where}: ${firstLine(file.message)}`);
  }
  return out;
}

/** Playwright's report: suites nest; a test failed when its outcome is "unexpected". */
function playwrightFailures(report) {
  const out = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results?.at(-1);
        out.push(`tests/e2e/${spec.file} > ${[...titles, spec.title].join(' > ')}: ${firstLine(last?.error?.message)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  for (const error of report.errors ?? []) out.push(`(run) ${firstLine(error.message)}`);
  return out;
}

const lines = [];
for (const arg of process.argv.slice(2)) {
  const [label, file] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, arg];
  if (!fs.existsSync(file)) continue;
  let report;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    lines.push(`[${label}] ${file}: not a readable report`);
    continue;
  }
  const found = 'testResults' in report ? vitestFailures(report) : playwrightFailures(report);
  for (const line of found) lines.push(`[${label}] ${line}`);
}
if (lines.length > 0) console.log(`\nFailed:\n${lines.map((l) => `  ${l}`).join('\n')}`);
