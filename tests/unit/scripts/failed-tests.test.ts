// scripts/failed-tests.mjs names the failed tests above the totals of `npm test` and `.ci/run`: CI keeps
// only the end of its output, so a failure it does not name here cannot be followed up.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../../scripts/failed-tests.mjs', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-failed-tests-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, report: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(report));
  return file;
}

const run = (...args: string[]) => execFileSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

const vitestReport = {
  numPassedTests: 1,
  numFailedTests: 1,
  testResults: [
    {
      name: path.join(process.cwd(), 'tests/unit/a.test.ts'),
      status: 'failed',
      message: '',
      assertionResults: [
        { fullName: 'a keeps b', status: 'passed', failureMessages: [] },
        { fullName: 'a holds c', status: 'failed', failureMessages: ['\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at x.ts:1'] },
      ],
    },
    { name: path.join(process.cwd(), 'tests/unit/broken.test.ts'), status: 'failed', message: 'Cannot find module ./gone', assertionResults: [] },
  ],
};

const playwrightReport = {
  suites: [
    {
      title: 'home.spec.ts',
      file: 'home.spec.ts',
      specs: [{ title: 'loads', file: 'home.spec.ts', tests: [{ status: 'expected', results: [] }] }],
      suites: [
        {
          title: 'the banner',
          file: 'home.spec.ts',
          specs: [
            { title: 'shows the outage', file: 'home.spec.ts', tests: [{ status: 'unexpected', results: [{ error: { message: 'Timed out 5000ms\nwaiting' } }] }] },
            { title: 'settles', file: 'home.spec.ts', tests: [{ status: 'flaky', results: [] }] },
          ],
        },
      ],
    },
  ],
  errors: [],
};

describe('the failed tests list', () => {
  it('names each failed test of a Vitest report, with its file and the first line of its failure', () => {
    const out = run(`unit=${write('vitest.json', vitestReport)}`);
    expect(out).toContain('[unit] tests/unit/a.test.ts > a holds c: AssertionError: expected 1 to be 2\n');
    expect(out).toContain('[unit] tests/unit/broken.test.ts: Cannot find module ./gone');
    expect(out).not.toContain('a keeps b');
  });

  it('names each unexpected outcome of a Playwright report with its describe titles, not the flaky ones', () => {
    const out = run(`e2e=${write('playwright.json', playwrightReport)}`);
    expect(out).toContain('[e2e] tests/e2e/home.spec.ts > the banner > shows the outage: Timed out 5000ms');
    expect(out).not.toContain('settles');
    expect(out).not.toContain('> loads');
  });

  it('prints nothing when nothing failed or a report is missing', () => {
    const clean = write('clean.json', { ...vitestReport, testResults: [vitestReport.testResults[0]!].map((f) => ({ ...f, status: 'passed', assertionResults: [f.assertionResults[0]] })) });
    expect(run(`unit=${clean}`, `e2e=${path.join(dir, 'absent.json')}`)).toBe('');
  });
});
