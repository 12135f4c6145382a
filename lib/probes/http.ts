// The `http` probe: GET a URL and expect a status code, and optionally a keyword in the body or a value
// at a dotted JSON path ("data.status", "items.0.state"). A body that misses them is `invalid_response`.
import { z } from 'zod';
import type { MonitorOf } from '@/lib/catalog/schema';
import { invalidResponse } from './failure';
import { parseJsonWith } from './request';
import { UP, runProbeSession, type ProbeSession, type Verdict } from './session';
import type { Probe } from './types';

/** The value at a dotted path; numeric segments index arrays. `undefined` when any step is missing. */
export function readJsonPath(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

async function inspectHttp(session: ProbeSession, monitor: MonitorOf<'http'>): Promise<Verdict> {
  const res = await session.fetchText({
    url: monitor.url,
    accept: '*/*',
    acceptStatus: (status) => status === monitor.expectStatus,
  });
  if (monitor.keyword !== undefined && !res.text.includes(monitor.keyword)) {
    throw invalidResponse('keyword not found in the body');
  }
  if (monitor.jsonPath !== undefined) {
    const found = readJsonPath(parseJsonWith(res.text, z.unknown()), monitor.jsonPath);
    if (found === undefined) throw invalidResponse(`no value at ${monitor.jsonPath}`);
    if (monitor.jsonEquals !== undefined && found !== monitor.jsonEquals) {
      throw invalidResponse(`${monitor.jsonPath} is ${JSON.stringify(found)?.slice(0, 80)}, expected ${JSON.stringify(monitor.jsonEquals)}`);
    }
  }
  return UP;
}

export const httpProbe: Probe<'http'> = {
  kind: 'http',
  run: (monitor, ctx) => runProbeSession(monitor, ctx, (session) => inspectHttp(session, monitor)),
};
