// Open data through the real front server: the JSON API (validation, ETag/304), the Statuspage-compatible
// routes (checked against a zod schema of Statuspage's v2 summary), the feeds (parsed as XML), badges
// (parsed as SVG), share images (PNG header), widgets (frameable, language from the URL) and SEO files.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';
import { spComponentSchema, spIncidentSchema, spPageSchema, spStatusSchema, spSummarySchema } from '../helpers/statuspage-schema';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T,>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const INCIDENT = 'aws-us-east-1-2025-10-20';
const RLM = '\u200F';

test.describe('JSON API v1', () => {
  test('answers every route with JSON, Cache-Control and a strong ETag, and 304 when the ETag is current', async ({ request }) => {
    for (const path of [
      '/api/v1',
      '/api/v1/status',
      '/api/v1/services',
      '/api/v1/services/bitcoin',
      '/api/v1/services/bitcoin/history?range=7d',
      '/api/v1/incidents',
      `/api/v1/incidents/${INCIDENT}`,
      '/api/v1/openapi.json',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toContain('application/json');
      expect(response.headers()['cache-control'], path).toMatch(/max-age|s-maxage/);
      const etag = response.headers()['etag']!;
      expect(etag, path).toMatch(/^"[^"]+"$/);
      const again = await request.get(path, { headers: { 'If-None-Match': etag } });
      expect(again.status(), path).toBe(304);
      expect(await again.body(), path).toHaveLength(0);
    }
  });

  test('gives the summary, a service with its uptime, its history, and an incident with sourced events', async ({ request }) => {
    const status = await (await request.get('/api/v1/status')).json();
    // Until probes report, nothing is known: never "operational".
    expect(status.overall.status).toBe('unknown');
    expect(status.groups.map((g: { id: string }) => g.id)).toEqual(['exchange', 'l1', 'l2', 'infra', 'cloud']);

    const { service } = await (await request.get('/api/v1/services/bitcoin')).json();
    expect(service).toMatchObject({ id: 'bitcoin', category: 'l1', status: 'unknown' });
    expect(Object.keys(service.uptime)).toEqual(['24h', '7d', '30d', '90d']);

    const history = await (await request.get('/api/v1/services/bitcoin/history?range=7d&resolution=1d')).json();
    expect(history).toMatchObject({ serviceId: 'bitcoin', range: '7d', resolution: '1d' });
    expect(history.points).toHaveLength(7);

    const filtered = await (await request.get('/api/v1/services?category=exchange')).json();
    expect(filtered.services.length).toBeGreaterThan(3);
    expect(filtered.services.every((s: { category: string }) => s.category === 'exchange')).toBe(true);

    const list = await (await request.get('/api/v1/incidents?provider=aws&year=2025')).json();
    expect(list.incidents.map((i: { slug: string }) => i.slug)).toContain(INCIDENT);
    const { incident } = await (await request.get(`/api/v1/incidents/${INCIDENT}`)).json();
    expect(incident).toMatchObject({ slug: INCIDENT, phase: 'resolved', origin: 'past' });
    expect(incident.events.length).toBeGreaterThan(5);
    expect(incident.events.every((e: { source: string }) => e.source.startsWith('https://'))).toBe(true);
  });

  test('answers every parameter error with a 400 JSON error naming the parameter', async ({ request }) => {
    const cases: [string, string][] = [
      ['/api/v1/services?category=banks', 'category'],
      ['/api/v1/services?status=down', 'status'],
      ['/api/v1/services?sort=name', 'sort'],
      ['/api/v1/services/Bit$coin', 'id'],
      ['/api/v1/services/bitcoin/history?range=1y', 'range'],
      ['/api/v1/services/bitcoin/history?resolution=1w', 'resolution'],
      ['/api/v1/services/bitcoin/history?range=24h&resolution=1d', 'resolution'],
      ['/api/v1/services/bitcoin/history?range=7d&range=24h', 'range'],
      ['/api/v1/services/bitcoin/history?rnage=7d', 'rnage'],
      ['/api/v1/incidents?year=25', 'year'],
      ['/api/v1/incidents?provider=%3Cscript%3E', 'provider'],
      ['/api/v1/incidents/Not_A_Slug', 'slug'],
      ['/api/v1/status?verbose=1', 'verbose'],
      ['/api/v2/summary.json?lang=fr', 'lang'],
      ['/badge/service/bitcoin.svg?lang=fr', 'lang'],
    ];
    for (const [path, parameter] of cases) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(response.headers()['content-type'], path).toContain('application/json');
      const { error } = await response.json();
      expect(error.parameter, path).toBe(parameter);
      expect(error.message, path).toContain(`"${parameter}"`);
      expect(error.code, path).toBeTruthy();
      expect(JSON.stringify(error), path).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });

  test('answers unknown ids with a 404 JSON error', async ({ request }) => {
    for (const [path, parameter] of [
      ['/api/v1/services/no-such-service', 'id'],
      ['/api/v1/services/no-such-service/history', 'id'],
      ['/api/v1/incidents/no-such-incident', 'slug'],
      ['/badge/service/no-such-service.svg', 'id'],
      ['/badge/group/banks.svg', 'id'],
      ['/og/ar/incident/no-such-incident.png', 'slug'],
    ]) {
      const response = await request.get(path!);
      expect(response.status(), path).toBe(404);
      expect((await response.json()).error.parameter, path).toBe(parameter);
    }
  });
});

test.describe('Statuspage compatibility', () => {
  test('summary.json matches the Statuspage v2 summary shape, and says "unknown" rather than "operational"', async ({ request }) => {
    for (const lang of ['ar', 'en']) {
      const response = await request.get(`/api/v2/summary.json?lang=${lang}`);
      expect(response.status()).toBe(200);
      const body = await response.json();
      const parsed = spSummarySchema.safeParse(body);
      expect(parsed.error?.issues ?? []).toEqual([]);
      // Nothing measured yet: no component claims a status, the indicator is not "none".
      expect(body.components).toEqual([]);
      expect(body.status.indicator).toBe('minor');
      expect(body.marsad.unknown_components.map((c: { id: string }) => c.id)).toContain('bitcoin');
      expect(body.page.name).toBe(lang === 'ar' ? 'مرصد' : 'Marsad');
    }
  });

  test('status.json, components.json and incidents.json have the Statuspage shapes', async ({ request }) => {
    const status = await (await request.get('/api/v2/status.json')).json();
    expect(spPageSchema.safeParse(status.page).success).toBe(true);
    expect(spStatusSchema.safeParse(status.status).success).toBe(true);
    const components = await (await request.get('/api/v2/components.json?lang=en')).json();
    expect(components.components.every((c: unknown) => spComponentSchema.safeParse(c).success)).toBe(true);
    const incidents = await (await request.get('/api/v2/incidents.json?lang=en&_=cachebuster')).json();
    expect(incidents.incidents.length).toBeGreaterThanOrEqual(3);
    for (const incident of incidents.incidents) expect(spIncidentSchema.safeParse(incident).error?.issues ?? []).toEqual([]);
    const october = incidents.incidents.find((i: { id: string }) => i.id === INCIDENT);
    expect(october).toMatchObject({ status: 'resolved', impact: 'critical' });
    expect(october.shortlink).toMatch(new RegExp(`/en/incidents/${INCIDENT}$`));
    expect(october.incident_updates[0].status).toBe('resolved');
  });
});

test.describe('feeds', () => {
  for (const lang of ['ar', 'en'] as const) {
    test(`RSS 2.0 (${lang}) parses, with channel and items carrying title, link, guid, date and updates`, async ({ request }) => {
      const response = await request.get(`/feeds/incidents.${lang}.rss`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/rss+xml');
      const xml = await response.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const { rss } = parser.parse(xml);
      expect(rss['@version']).toBe('2.0');
      expect(rss.channel.language).toBe(lang);
      for (const key of ['title', 'link', 'description']) expect(rss.channel[key]).toBeTruthy();
      const items = asArray(rss.channel.item) as { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string }[];
      expect(items.length).toBeGreaterThanOrEqual(3);
      for (const item of items) {
        expect(item.title).toBeTruthy();
        expect(item.link).toMatch(/^https?:\/\/.+\/incidents\/[a-z0-9-]+$/);
        expect(item.guid['#text']).toBe(item.link);
        expect(Date.parse(item.pubDate)).not.toBeNaN();
        expect(item.description).toContain('<li>');
        if (lang === 'ar') expect(item.title.startsWith(RLM)).toBe(true);
      }
    });

    test(`Atom (${lang}) parses, with feed and entries carrying id, title, updated and content`, async ({ request }) => {
      const response = await request.get(`/feeds/incidents.${lang}.atom`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/atom+xml');
      const xml = await response.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const { feed } = parser.parse(xml);
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed['@xml:lang']).toBe(lang);
      for (const key of ['id', 'title', 'updated', 'author']) expect(feed[key]).toBeTruthy();
      const entries = asArray(feed.entry) as Record<string, unknown>[];
      expect(entries.length).toBeGreaterThanOrEqual(3);
      for (const entry of entries) for (const key of ['id', 'title', 'updated', 'published', 'content', 'link']) expect(entry[key]).toBeTruthy();
    });
  }

  test('every page links the feeds of its language in <head>', async ({ page }) => {
    for (const [path, lang] of [
      ['/', 'ar'],
      ['/en/incidents', 'en'],
      ['/faq', 'ar'],
    ] as const) {
      await page.goto(path);
      for (const [type, ext] of [
        ['application/rss+xml', 'rss'],
        ['application/atom+xml', 'atom'],
      ]) {
        await expect(page.locator(`head link[rel="alternate"][type="${type}"]`)).toHaveAttribute('href', new RegExp(`/feeds/incidents\\.${lang}\\.${ext}$`));
      }
    }
  });
});

test.describe('badges', () => {
  for (const path of ['/badge/service/bitcoin.svg', '/badge/service/op-mainnet.svg?lang=ar', '/badge/service/bitcoin.svg?lang=en', '/badge/group/exchange.svg', '/badge/group/l1.svg?lang=en']) {
    test(`${path} is valid SVG with a size, a viewBox, role="img" and a title`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('image/svg+xml');
      const xml = await response.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const { svg } = parser.parse(xml);
      expect(svg).toBeDefined();
      expect(svg['@xmlns']).toBe('http://www.w3.org/2000/svg');
      const width = Number(svg['@width']);
      const height = Number(svg['@height']);
      expect(width).toBeGreaterThan(40);
      expect(height).toBe(20);
      expect(svg['@viewBox']).toBe(`0 0 ${width} ${height}`);
      expect(svg['@role']).toBe('img');
      expect(String(svg.title)).toContain(':');
    });
  }

  test('measures Arabic text with the site font: each text fits its box', async ({ request }) => {
    // A group's Arabic label (service names are Latin in Arabic too, so they no longer test Arabic shaping).
    const xml = await (await request.get('/badge/group/l2.svg?lang=ar')).text();
    const texts = [...xml.matchAll(/<text x="([\d.]+)" textLength="(\d+)" lengthAdjust="spacingAndGlyphs"/g)].map((m) => Number(m[2]));
    expect(texts.length).toBe(4);
    const width = Number(/width="(\d+)"/.exec(xml)![1]);
    // Two boxes, each its text plus 6 px either side.
    expect(width).toBe(texts[0]! + texts[2]! + 24);
    // «شبكات الطبقة الثانية» is about 84 px in IBM Plex Sans Arabic at 11 px.
    expect(texts[0]).toBeGreaterThan(70);
    expect(texts[0]).toBeLessThan(110);
  });
});

test.describe('share images', () => {
  for (const path of ['/og/ar/home.png', '/og/en/home.png', '/og/ar/service/bitcoin.png', '/og/en/service/op-mainnet.png', `/og/ar/incident/${INCIDENT}.png`, `/og/en/incident/${INCIDENT}.png`]) {
    test(`${path} is a 1200×630 PNG`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    });
  }

  test('without a public origin configured, pages name no share image rather than a localhost one', async ({ page }) => {
    // The test server runs without MARSAD_PUBLIC_URL (the unit tests cover the configured case).
    await page.goto('/en');
    await expect(page.locator('head meta[property="og:title"]')).toHaveCount(1);
    await expect(page.locator('head meta[property="og:image"]')).toHaveCount(0);
    await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    expect(await page.content()).not.toContain('http://localhost');
  });
});

test.describe('widgets', () => {
  for (const [path, lang, dir] of [
    ['/embed/service/bitcoin', 'ar', 'rtl'],
    ['/en/embed/service/bitcoin', 'en', 'ltr'],
    ['/embed/group/exchange', 'ar', 'rtl'],
    ['/en/embed/group/l1', 'en', 'ltr'],
  ] as const) {
    test(`${path} takes its language from the URL and may be framed by any site`, async ({ page, consoleErrors }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      expect(headers['x-frame-options']).toBeUndefined();
      expect(headers['content-security-policy']).toContain('frame-ancestors *');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator('[data-embed]')).toBeVisible();
      // Its last line names Marsad and opens the site outside the embedding page.
      await expect(page.locator('[data-embed] p:last-child > a[target="_blank"][rel="noopener noreferrer"]')).toHaveCount(1);
      // The site's header and footer are not part of the widget.
      await expect(page.locator('header, footer, a[href="#main"]')).toHaveCount(0);
      await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      await expectNoSeriousAxeViolations(page);
      expect(consoleErrors).toEqual([]);
    });
  }

  test('works inside another site\'s iframe, where the browser denies it storage', async ({ page, baseURL }) => {
    // A page on another site (localhost is not the same site as 127.0.0.1) that embeds the widget as the
    // snippet on /open-data says; both are local addresses, so Chromium's local-network checks allow it.
    const embedder = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>embedder</title><iframe src="${baseURL}/embed/service/bitcoin" title="Marsad" width="320" height="140"></iframe>`);
    });
    await new Promise<void>((resolve) => embedder.listen(0, '127.0.0.1', resolve));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`http://localhost:${(embedder.address() as AddressInfo).port}/`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('[data-embed="service"]')).toBeVisible();
      // The browser really denied this frame its storage (the widget's guard stood in for it): the case it must survive.
      const guarded = await page.frames()[1]!.evaluate(() => 'value' in (Object.getOwnPropertyDescriptor(window, 'localStorage') ?? {}));
      expect(guarded).toBe(true);
      await expect(frame.locator('h1')).toContainText('Bitcoin');
      expect(errors).toEqual([]);
    } finally {
      embedder.close();
    }
  });

  test('other pages still refuse to be framed', async ({ request }) => {
    const headers = (await request.get('/open-data')).headers();
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

test.describe('open-data page and search files', () => {
  for (const [path, lang] of [
    ['/open-data', 'ar'],
    ['/en/open-data', 'en'],
  ] as const) {
    test(`${path} documents the API and the Statuspage mapping, with canonical and hreflang`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('[data-endpoint="/api/v1/services/{id}/history"]')).toBeVisible();
      await expect(page.locator('[data-status-map="unknown"]')).toBeVisible();
      await expect(page.locator('[data-unknown-rule] code').first()).toHaveText('marsad.unknown_components');
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${lang === 'en' ? '/en' : ''}/open-data$`));
      await expect(page.locator('head link[rel="alternate"][hreflang="ar"]')).toHaveAttribute('href', /^(https?:\/\/[^/]+)?\/open-data$/);
      await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/open-data$/);
      await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
      await expectNoSeriousAxeViolations(page);
    });
  }

  test('sitemap.xml lists pages in both languages with alternates, and robots.txt points to it', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = asArray(parser.parse(xml).urlset.url) as { loc: string; 'xhtml:link'?: unknown }[];
    const locs = urls.map((u) => u.loc);
    expect(locs.some((l) => l.endsWith(`/incidents/${INCIDENT}`))).toBe(true);
    expect(locs.some((l) => l.endsWith(`/en/incidents/${INCIDENT}`))).toBe(true);
    expect(locs.some((l) => l.endsWith('/en/open-data'))).toBe(true);
    expect(asArray(urls[0]!['xhtml:link']).length).toBe(2);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
    expect(robots).toContain('Disallow: /api/');
  });
});
