// The route table is the one source of lifetimes: every route and page in app/ has its own entry, and
// what an entry declares is the Cache-Control its answers carry.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControlOf, routeFor, ROUTES } from '@/lib/route-table';

/** Every app/ route file as a sample path: [param] → a value, route groups dropped. */
function appPaths(): { file: string; sample: string }[] {
  const out: { file: string; sample: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|route)\.tsx?$/.test(entry.name)) {
        const segments = path.relative('app', dir).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
        const sample = segments
          .map((s) => (s === '[locale]' ? 'en' : s === '[...path]' ? 'en/service/x.png' : s === '[...rest]' ? 'nothing-here' : s === '[file]' ? 'x.json' : s.startsWith('[') ? 'x' : s))
          .join('/');
        out.push({ file: full, sample: `/${sample}` });
      }
    }
  };
  walk('app');
  return out;
}

describe('route table', () => {
  it('gives every API route, feed, badge and share image an entry of its own (not the pages fallback)', () => {
    const routes = appPaths().filter((p) => p.file.endsWith('route.ts'));
    expect(routes.length).toBeGreaterThan(15);
    for (const { file, sample } of routes) expect(routeFor(sample).name, `${file} (${sample})`).not.toBe('page');
  });

  it('answers the real paths with the entries meant for them', () => {
    expect(routeFor('/api/status').name).toBe('status');
    expect(routeFor('/api/incidents/aws-us-east-1-2025-10-20.csv').name).toBe('incident-export');
    expect(routeFor('/api/v1/services/bitcoin/history').name).toBe('api-v1-history');
    expect(routeFor('/api/v1/services/bitcoin').name).toBe('api-v1-service');
    expect(routeFor('/en/embed/service/bitcoin').embeddable).toBe(true);
    expect(routeFor('/embed/group/l1').embeddable).toBe(true);
    expect(routeFor('/services/bitcoin').query).toEqual(['range']);
    expect(routeFor('/_next/static/chunks/a.js').immutable).toBe(true);
  });

  it('rate-limits exactly the expensive routes, and each of them matches a real route', () => {
    const limited = ROUTES.filter((r) => r.rateLimited).map((r) => r.name).sort();
    expect(limited).toEqual(['api-v1-history', 'incident-export']);
    const samples = appPaths().map((p) => p.sample);
    for (const name of limited) expect(samples.some((s) => routeFor(s).name === name), name).toBe(true);
  });

  it('declares /api/status fresh for 5 s (s-maxage=5)', () => {
    expect(cacheControlOf(routeFor('/api/status'))).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=60');
    expect(cacheControlOf(routeFor('/api/health'))).toBe('no-store');
  });

  it('takes a request body only on the desk, the bot\'s webhook and the subscribe forms; the desk is never cached and answers private, no-store', () => {
    expect(ROUTES.filter((r) => r.body).map((r) => r.name)).toEqual(['desk', 'telegram-webhook', 'subscribe-api']);
    for (const path of ['/api/subscribe/email', '/api/subscribe/confirm', '/api/subscribe/unsubscribe', '/api/subscribe/webhook', '/api/subscribe/webhook/confirm']) {
      expect(routeFor(path), path).toMatchObject({ name: 'subscribe-api', frontCached: false, lifetime: null, clientAddress: true });
    }
    expect(routeFor('/api/subscribe/other').name).toBe('api-other');
    for (const path of ['/subscribe', '/en/subscribe/confirm', '/subscribe/unsubscribe']) expect(routeFor(path), path).toMatchObject({ name: 'subscribe-page', frontCached: false, lifetime: null });
    expect(routeFor('/subscribe').body).toBeUndefined();
    expect(routeFor('/api/telegram/webhook')).toMatchObject({ name: 'telegram-webhook', frontCached: false, lifetime: null });
    expect(routeFor('/api/telegram/webhook/x').name).toBe('api-other');
    expect(ROUTES.filter((r) => r.desk).map((r) => r.name)).toEqual(['desk']);
    for (const path of ['/desk', '/desk/ar', '/desk/en/incidents/new', '/desk/api/sign-in', '/desk/api/incidents/x/updates']) {
      expect(routeFor(path).name, path).toBe('desk');
      expect(routeFor(path).frontCached).toBe(false);
      expect(cacheControlOf(routeFor(path))).toBe('private, no-store');
    }
    // Not the desk: a page whose name merely starts with the word.
    expect(routeFor('/desktop').name).toBe('page');
  });
});
