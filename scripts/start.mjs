#!/usr/bin/env node
// `npm start`: builds once when there is no production build, then serves it (Next's own server).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = '1';

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('No production build yet: running `next build` first (once).');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The front server (lib/front/server/main.ts), in this same process (so a signal to `npm start` reaches the
// server itself, and a killed server leaves no orphan holding the database): TypeScript via tsx.
const { register } = await import('tsx/esm/api');
register();
await import('../lib/front/server/main.ts');
