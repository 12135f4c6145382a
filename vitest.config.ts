import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };

// Three projects, each run by `vitest run` (npm test):
// - unit: pure tests, laid out like the source tree (tests/unit/open-data/feeds.test.ts tests lib/open-data/feeds.ts);
// - timing: tests that measure real time (deadlines of the probes, the database client and /api/health;
//   the scheduler among misbehaving upstreams): a group of their own (groupOrder 1: after the unit
//   tests, before the database tests, which Vitest runs last because they run one file at a time), so no
//   other test runs beside them to skew the clock they measure;
// - db: database tests that run on PGlite by default and on real PostgreSQL when DATABASE_URL is set
//   (.ci/run runs them both ways).
// Shared test code lives in tests/helpers/, fixtures (facts.json, fake upstreams) in tests/fixtures/.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      // next-intl inlined: its navigation imports `next/navigation` without an extension, which Node's own
      // resolver refuses; Vite's accepts it, so components with localized links render in tests.
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', server: { deps: { inline: ['next-intl'] } } } },
      { resolve: { alias }, test: { name: 'timing', include: ['tests/timing/**/*.test.ts'], environment: 'node', fileParallelism: false, sequence: { groupOrder: 1 } } },
      {
        resolve: { alias },
        test: { name: 'db', include: ['tests/integration/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});
