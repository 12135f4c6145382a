// The upstream samples as a regression suite (issue 13, item 6): every real response or vendor example in
// tests/fixtures/upstream-samples goes through its real probe, and the outcome, the reason and the facts read
// (height, trade time in ms, declared state, open incidents) must stay what the cases say. A parser change that
// breaks a real shape fails here. The cases, and why each variant exists, are in upstream-samples.cases.ts.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CASES, READ_SAMPLES, SAMPLES_DIR } from './upstream-samples.cases';

describe.each(ALL_CASES.map((c) => [`${c.probe}: ${c.sample}`, c] as const))('%s', (_name, c) => {
  // A known defect runs too, and must still fail: the day it passes, its fix has landed and the flag goes.
  (c.knownDefect ? it.fails : it)(`→ ${c.expected.outcome}${c.expected.reason ? `, ${c.expected.reason}` : ''}${c.knownDefect ? ` (known defect: ${c.knownDefect})` : ''}`, async () => {
    const result = await c.run();
    expect({ outcome: result.outcome, reason: result.reason }, result.facts.detail).toEqual({ outcome: c.expected.outcome, reason: c.expected.reason });
    if (c.expected.facts) expect(result.facts).toMatchObject(c.expected.facts);
    if (c.expected.incidentIds) expect((result.facts.incidents ?? []).map((i) => i.id)).toEqual(c.expected.incidentIds);
  });
});

it('every copied sample is read by some case (the EVM ones by chain-batch-refusal.test.ts)', async () => {
  for (const c of ALL_CASES) await c.run();
  const files = readdirSync(SAMPLES_DIR, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'SOURCES.md')
    .map((e) => path.relative(SAMPLES_DIR, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => !f.startsWith('evm/'));
  expect(files.length).toBeGreaterThan(30);
  expect(files.filter((f) => !READ_SAMPLES.has(f))).toEqual([]);
});
