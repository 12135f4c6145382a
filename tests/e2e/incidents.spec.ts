import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, LOCALES, test, WIDTHS } from './fixtures';

interface FactsSource {
  url: string;
  type: 'primary' | 'press' | 'analysis' | 'secondary' | 'mirror';
  publisher: string;
  original_url?: string | null;
}
interface FactsEvent {
  service: string;
  time_utc: string | null;
  source: FactsSource;
  extra_sources?: FactsSource[];
}
interface FactsIncident {
  id: string;
  events: FactsEvent[];
}
/** Source types, strongest first (facts version 2). */
const TYPE_RANK = ['primary', 'press', 'analysis', 'secondary', 'mirror'];
const FACTS: { incidents: FactsIncident[] } = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/facts.json'), 'utf8'));

/** facts.json id → Marsad's stable slug. */
const SLUG: Record<string, string> = {
  'aws-us-east-1-2025-10-20': 'aws-us-east-1-2025-10-20',
  'aws-ap-northeast-1-apne1-az4-2025-04-15': 'aws-ap-northeast-1-2025-04-15',
  'aws-us-east-1-use1-az4-thermal-2026-05-07': 'aws-us-east-1-2026-05-07',
};
const OCT = 'aws-us-east-1-2025-10-20';
const NEWEST_FIRST = ['aws-us-east-1-2026-05-07', 'aws-us-east-1-2025-10-20', 'aws-ap-northeast-1-2025-04-15'];

/** RFC 4180: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

async function pageEvents(page: Page) {
  return page.locator('li[data-event]').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-event')!,
      time: li.getAttribute('data-time')!,
      // Each source's own link (a copy's entry also links its original).
      sources: [...li.querySelectorAll('[data-source-entry] > a[data-source]')].map((a) => a.getAttribute('href')!),
    })),
  );
}

test.describe('incident pages', () => {
  for (const incident of FACTS.incidents) {
    const slug = SLUG[incident.id]!;
    test(`${slug}: every event of the facts file is on the page with its source links`, async ({ page, consoleErrors }) => {
      test.setTimeout(90_000);
      const response = await page.goto(`/en/incidents/${slug}`);
      expect(response?.status()).toBe(200);
      const events = page.locator('li[data-event]');
      await expect(events).toHaveCount(incident.events.length);
      for (const fact of incident.events) {
        // The event with this time (or none), this source and every one of its other sources.
        const all = [fact.source, ...(fact.extra_sources ?? [])];
        let matching = events.and(page.locator(`[data-time="${fact.time_utc ?? ''}"]`));
        for (const s of all) matching = matching.filter({ has: page.locator(`a[data-source="${s.url}"]`) });
        expect(await matching.count(), `${fact.service} at ${fact.time_utc ?? 'no time'} from ${fact.source.url}`).toBeGreaterThan(0);
        // The one whose sources are exactly these (another event may cite these and more).
        const want = all.map((s) => s.url).sort().join(' ');
        const exact = await matching.evaluateAll(
          (els, w) => els.findIndex((el) => [...el.querySelectorAll('[data-source-entry]')].map((e) => e.getAttribute('data-source-entry')).sort().join(' ') === w),
          want,
        );
        expect(exact, `${fact.service}: an event with exactly its sources`).toBeGreaterThanOrEqual(0);
        const item = matching.nth(exact);
        if (!fact.time_utc) await expect(item.locator('[data-time-not-confirmed]')).toHaveText('Time not confirmed');
        await expect(item.locator('[data-confidence]')).toHaveCount(1);
        // Every source shows its type and publisher, primary first (read in one go: 30 events, 100 sources).
        const shown = await item.locator('[data-source-entry]').evaluateAll((els) =>
          els.map((e) => ({
            url: e.getAttribute('data-source-entry')!,
            type: e.querySelector(':scope > [data-source-type-label]')?.getAttribute('data-source-type-label'),
            publisher: e.querySelector(':scope > a[data-source]')?.textContent,
          })),
        );
        expect(shown.map((x) => [x.url, x.type, x.publisher]).sort()).toEqual(all.map((x) => [x.url, x.type, x.publisher]).sort());
        const ranks = shown.map((x) => TYPE_RANK.indexOf(x.type!));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        // An event that rests on secondary sources or copies only says so.
        const weak = all.every((s) => s.type === 'secondary' || s.type === 'mirror');
        if (fact.service !== 'Ethereum nodes (claim)') await expect(item.locator('[data-secondary-only-label]')).toHaveCount(weak ? 1 : 0);
      }
      expect(consoleErrors).toEqual([]);
    });

    test(`${slug}: the CSV and JSON downloads parse and match the page`, async ({ page, request }) => {
      await page.goto(`/incidents/${slug}`);
      const shown = await pageEvents(page);

      const jsonHref = await page.locator('[data-download="json"]').getAttribute('href');
      const json = await request.get(jsonHref!);
      expect(json.status()).toBe(200);
      expect(json.headers()['content-type']).toContain('application/json');
      const body = await json.json();
      expect(body).toMatchObject({ slug, format: 'marsad.past-incident.v1', methodologyVersion: '1.4', license: { id: 'CC-BY-4.0' } });
      expect(body.events).toHaveLength(shown.length);
      const byId = new Map(shown.map((e) => [e.id, e]));
      const typeOf = new Map<string, string>(body.sourceInfo.map((s: { url: string; type: string }) => [s.url, s.type]));
      for (const e of body.events) {
        const onPage = byId.get(e.id);
        expect(onPage, e.id).toBeDefined();
        expect(onPage!.time).toBe(e.timeUtc ?? '');
        // The same sources, the page putting the strongest type first.
        expect([...onPage!.sources].sort()).toEqual([e.source, ...e.extraSources].sort());
        const ranks = onPage!.sources.map((u) => TYPE_RANK.indexOf(typeOf.get(u)!));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
      await expect(page.locator('[data-download="json"]')).toHaveAttribute('download', `marsad-${slug}.json`);

      for (const lang of ['ar', 'en'] as const) {
        const href = await page.locator(`[data-download="csv-${lang}"]`).getAttribute('href');
        const csv = await request.get(href!);
        expect(csv.status()).toBe(200);
        expect(csv.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
        expect(csv.headers()['content-disposition']).toBe(`attachment; filename="marsad-${slug}-${lang}.csv"`);
        const bytes = await csv.body();
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
        expect(header).toHaveLength(11);
        expect(rows.map((r) => r[0])).toEqual(body.events.map((e: { id: string }) => e.id));
        for (const [i, r] of rows.entries()) {
          const e = body.events[i];
          expect(r[1]).toBe(e.timeUtc ?? '');
          expect(r[6]).toBe(e.source);
          expect(r[5]).toBe(e.summary[lang]);
        }
      }
    });
  }

  test('wording claims no more than the sources: "coincided with" unless the company named the cloud', async ({ page }) => {
    await page.goto(`/en/incidents/${OCT}`);
    const metamask = page.locator('[data-event="event-2025-10-20-untimed-metamask"] [data-cloud-link]');
    await expect(metamask).toHaveAttribute('data-cloud-link', 'coincided');
    await expect(metamask).toContainText('Coincided with the AWS outage');
    await expect(metamask).not.toContainText('Caused by');
    const coinbase = page.locator('[data-event="event-2025-10-20-untimed-coinbase"] [data-cloud-link]');
    await expect(coinbase).toHaveAttribute('data-cloud-link', 'named_by_company');
    await expect(coinbase).toContainText('Caused by the AWS outage, according to the company itself');
  });

  test('the blast radius shows who failed and which layer-1 chains kept producing blocks', async ({ page }) => {
    await page.goto(`/en/incidents/${OCT}`);
    const l1 = page.locator('[data-blast-group="l1"]');
    for (const chain of ['bitcoin', 'ethereum']) {
      const row = l1.locator(`[data-blast-service="${chain}"]`);
      await expect(row).toHaveAttribute('data-affected', 'false');
      await expect(row).toContainText('Kept producing blocks');
    }
    await expect(page.locator('[data-blast-group="infra"] [data-blast-service="infura"]')).toHaveAttribute('data-affected', 'true');
    // Crypto.com, Base, Solana and the others reported by secondary sources or copies only are not counted
    // or drawn: they are listed apart, each linking to its event.
    await expect(page.locator('[data-blast-numbers="exchange"] [data-count="affected"]')).toHaveText('2');
    await expect(page.locator('[data-blast-numbers="l1"] [data-count="kept"]')).toHaveText('2');
    await expect(l1.locator('[data-blast-service="solana"]')).toHaveCount(0);
    await expect(page.locator('[data-blast-service="crypto-com"]')).toHaveCount(0);
    const apart = page.locator('[data-blast-secondary]');
    await expect(apart).toContainText('Reported by secondary sources only');
    for (const id of ['event-2025-10-20-untimed-solana', 'event-2025-10-20-untimed-crypto-com', 'event-2025-10-20-untimed-base']) {
      await expect(apart.locator(`[data-blast-secondary-event="${id}"] a[href="#${id}"]`)).toHaveCount(1);
    }
    // No bar runs to the end of the chart for an end the sources do not give; no empty sector bullet.
    await expect(page.locator('[data-blast-sector] li:empty')).toHaveCount(0);
    await expect(page.locator('[data-blast-point]')).toContainText('Bitcoin');
    // The April incident has no report about layer-1 chains: it says so instead of drawing nothing.
    await page.goto('/en/incidents/aws-ap-northeast-1-2025-04-15');
    await expect(page.locator('[data-blast-group="l1"]')).toContainText('name no layer-1 chain');
  });

  test('claims that are not verified are listed as such, never as facts', async ({ page }) => {
    await page.goto(`/en/incidents/${OCT}`);
    const claim = page.locator('#claim-ethereum-nodes-offline-37-percent');
    await expect(claim).toContainText('Claimed, not verified');
    await expect(claim).toContainText('37%');
    await expect(page.locator('[data-event="event-2025-10-20-untimed-ethereum-claim"]')).toContainText('Claimed, not verified');
  });

  test('for journalists: citations in both languages, last updated, corrections, licence, methodology version', async ({ page }) => {
    await page.goto(`/incidents/${OCT}`);
    await expect(page.locator('[data-citation="ar"]')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('[data-citation="ar"]')).toContainText(`/incidents/${OCT}`);
    await expect(page.locator('[data-citation="ar"]')).toContainText('مرصد');
    await expect(page.locator('[data-citation="en"]')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('[data-citation="en"]')).toContainText(`/en/incidents/${OCT}`);
    await expect(page.locator('[data-citation="en"]')).toContainText('Methodology version 1.4');
    // The move to facts version 2 is listed as corrections, with their dates, one linking its event.
    await expect(page.locator('[data-corrections]')).not.toHaveAttribute('data-corrections', '0');
    await expect(page.locator('[data-section="record"] a[href="#event-2025-10-20t2201-aws"]')).toHaveCount(1);
    await expect(page.locator('[data-license="CC-BY-4.0"]')).toContainText('CC BY 4.0');
    await expect(page.locator('[data-section="record"]')).toContainText('1.4');
  });

  test('a permalink scrolls to its event', async ({ page }) => {
    const id = 'event-2025-10-20-untimed-bitcoin';
    await page.goto(`/en/incidents/${OCT}#${id}`);
    await expect(page.locator(`#${id}`)).toBeInViewport();
    // The permalink on another event leads to it too.
    const other = page.locator('#event-2025-10-20t1230-aws');
    await other.getByRole('link', { name: /Permalink/ }).click();
    await expect(page).toHaveURL(/#event-2025-10-20t1230-aws$/);
    await expect(other).toBeInViewport();
  });

  test('an unknown incident is a 404 page, and its data a 404 JSON', async ({ page, request }) => {
    const response = await page.goto('/en/incidents/no-such-incident');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    for (const url of ['/api/incidents/no-such-incident.json', '/api/incidents/no-such-incident.csv?lang=en']) {
      const r = await request.get(url);
      expect(r.status()).toBe(404);
      expect((await r.json()).error.code).toBe('incident_not_found');
    }
    const badLang = await request.get(`/api/incidents/${OCT}.csv?lang=fr`);
    expect(badLang.status()).toBe(400);
    const badLangBody = await badLang.json();
    expect(badLangBody.error.code).toBe('invalid_parameter');
    expect(badLangBody.error.parameter).toBe('lang');
  });
});

test.describe('incident list', () => {
  test('lists every incident newest first with its provider, region and services hit', async ({ page, consoleErrors }) => {
    const response = await page.goto('/incidents');
    expect(response?.status()).toBe(200);
    const ids = await page.locator('[data-incident]').evaluateAll((els) => els.map((e) => e.getAttribute('data-incident')));
    expect(ids).toEqual(NEWEST_FIRST);
    const oct = page.locator(`[data-incident="${OCT}"]`);
    await expect(oct).toContainText('us-east-1');
    // Infura, MetaMask, Coinbase, Robinhood and the five chains reached through Infura; the services only
    // secondary sources name (Base's app, Alchemy, OpenSea, Crypto.com, CoinMarketCap) are not counted.
    await expect(oct.locator('[data-affected-count]')).toHaveAttribute('data-affected-count', '9');
    await oct.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${OCT}$`));
    expect(consoleErrors).toEqual([]);
  });

  test('filters by provider and year, from the form and from the address', async ({ page }) => {
    await page.goto('/en/incidents');
    await page.getByLabel('Year').selectOption('2025');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/year=2025/);
    await expect(page.locator('[data-incident]')).toHaveCount(2);
    await page.goto('/en/incidents?provider=aws&year=2026');
    await expect(page.locator('[data-incident]')).toHaveCount(1);
    await page.goto('/incidents?year=٢٠٢٥');
    await expect(page.locator('[data-incident]')).toHaveCount(2);
    await page.goto('/en/incidents?year=2024');
    await expect(page.locator('[data-empty]')).toContainText('No incident matches');
    const api = await page.request.get('/api/incidents?year=2025');
    expect((await api.json()).incidents.map((i: { slug: string }) => i.slug)).toEqual(NEWEST_FIRST.slice(1));
  });

  test('a bad filter value gets a clear message, never a crash', async ({ page, request }) => {
    for (const query of ['?year=abc', '?year=2025&year=2026', '?provider=%3Cscript%3E']) {
      const response = await page.goto(`/en/incidents${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('[data-filter-problem]')).toBeVisible();
      await expect(page.locator('[data-filter-problem]')).toContainText('was ignored');
    }
    await page.goto('/en/incidents?year=abc');
    await expect(page.locator('[data-filter-problem]')).toContainText('abc is not a valid year');
    await expect(page.locator('[data-incident]')).toHaveCount(3);
    const api = await request.get('/api/incidents?year=abc');
    expect(api.status()).toBe(400);
  });
});

for (const { locale, prefix, dir } of LOCALES) {
  for (const target of ['/incidents', `/incidents/${OCT}`]) {
    test.describe(`${target} (${locale})`, () => {
      test(`is served as lang=${locale} dir=${dir} without console errors`, async ({ page, consoleErrors }) => {
        await page.goto(`${prefix}${target}`);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('html')).toHaveAttribute('dir', dir);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        expect(consoleErrors).toEqual([]);
      });

      for (const [name, width] of Object.entries(WIDTHS)) {
        test(`has no serious accessibility violations and no sideways scroll at ${name} width (${width}px)`, async ({ page }) => {
          // The October page is long (30 events, over 60 sources): axe needs more than a minute on a busy machine.
          test.setTimeout(120_000);
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${prefix}${target}`);
          await expectNoSeriousAxeViolations(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
        });
      }
    });
  }
}

test.describe('visitor preferences on an incident page', () => {
  test.use({ timezoneId: 'Asia/Riyadh' });

  test('UTC stays fixed while the visitor’s time and digits follow their choice, with no hydration error', async ({ page, consoleErrors }) => {
    await page.addInitScript(() => localStorage.setItem('marsad.preferences', JSON.stringify({ digits: 'arab', timeZone: 'auto', theme: 'system' })));
    await page.goto(`/incidents/${OCT}#event-2025-10-20t0648-aws`);
    const event = page.locator('#event-2025-10-20t0648-aws');
    // The UTC time is not re-rendered; the visitor's own (Riyadh, GMT+3) is, in Arabic-Indic digits.
    await expect(event.locator('time:not([data-format])').first()).toContainText('UTC');
    await expect(event.locator('time[data-format]').first()).toContainText('٠٩:٤٨');
    await expect(page.locator('[data-blast-numbers="exchange"] [data-count="affected"]')).toHaveText('٢');
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('sources, digits and direction on an incident page (issue 15)', () => {
  test('every source the data cites is listed with its type and publisher; a copy links its original', async ({ page }) => {
    const fact = FACTS.incidents.find((i) => i.id === OCT)!;
    await page.goto(`/en/incidents/${OCT}`);
    const list = page.locator('[data-section="sources"]');
    const cited = new Map<string, FactsSource>();
    for (const e of fact.events) for (const s of [e.source, ...(e.extra_sources ?? [])]) cited.set(s.url, s);
    for (const s of cited.values()) {
      const entry = list.locator(`[data-source-entry="${s.url}"]`);
      await expect(entry, s.url).toHaveCount(1);
      await expect(entry.locator('[data-source-type-label]').first()).toHaveAttribute('data-source-type-label', s.type);
    }
    expect(await list.locator('[data-source-entry]').count()).toBeGreaterThanOrEqual(cited.size);
    // gokawiil.com is a copy of AWS's post-event summary: it says so and links the original.
    const copy = list.locator('[data-source-entry="https://gokawiil.com/article/192713"]');
    await expect(copy.locator('[data-source-type-label]').first()).toHaveText('Copy');
    await expect(copy.locator('[data-copy-of] a[data-source="https://aws.amazon.com/message/101925/"]')).toHaveText('Amazon Web Services');
    // The table of contents and the timeline at a glance on a long page.
    await expect(page.locator('[data-section="contents"] a[href="#sources-heading"]')).toHaveCount(1);
    await expect(page.locator('[data-compact-event]')).toHaveCount(fact.events.length);
  });

  test('with Arabic-Indic digits every number of a sentence changes; the English citation keeps Western digits', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('marsad.preferences', JSON.stringify({ digits: 'arab', timeZone: 'UTC', theme: 'system' })));
    await page.goto(`/incidents/${OCT}`);
    const summary = page.locator('[data-section="summary"] dd').first();
    await expect(summary).toContainText('٠٦:٤٨');
    await expect(summary).toContainText('٢١:٢٠');
    // Not one Western digit remains in the sentence (only region codes like us-east-1 keep theirs).
    const text = (await summary.innerText()).replace(/us-east-1|EC2/g, '');
    expect(text).not.toMatch(/[0-9]/);
    const en = page.locator('[data-citation="en"]');
    await expect(en).toContainText('2026');
    await expect(en).not.toContainText('٢');
    const ar = (await page.locator('[data-citation="ar"]').innerText()).replace(/https?:\/\/\S+/g, '').replace(/us-east-1|EC2/g, '');
    expect(ar).not.toMatch(/[0-9]/);
  });

  test('an address inside Arabic text keeps its closing slash at its end, isolated as a Latin run', async ({ page }) => {
    await page.goto(`/incidents/${OCT}`);
    const url = page.locator('[data-section="sources"] bdi', { hasText: 'https://aws.amazon.com/message/101925/' }).first();
    await expect(url).toHaveText('https://aws.amazon.com/message/101925/');
    expect(await url.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    // Drawn as written: its first character (h) is at the start of the box, its slash at the end.
    const ends = await url.evaluate((el) => {
      const range = document.createRange();
      const text = el.firstChild!;
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const first = range.getBoundingClientRect().x;
      range.setStart(text, text.textContent!.length - 1);
      range.setEnd(text, text.textContent!.length);
      return { first, last: range.getBoundingClientRect().x };
    });
    expect(ends.first).toBeLessThan(ends.last);
  });

  test('times in the provider\'s zone are written in the page\'s language, with the zone named', async ({ page }) => {
    await page.goto(`/incidents/${OCT}`);
    const local = page.locator('[data-provider-local]').first();
    await expect(local).toContainText('توقيت المحيط الهادي');
    await expect(local).not.toContainText('PDT');
    await expect(local).not.toContainText('PM');
    await page.goto(`/en/incidents/${OCT}`);
    await expect(page.locator('[data-provider-local]').first()).toContainText('Pacific Daylight Time');
  });

  test('one click copies a citation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/incidents/${OCT}`);
    await page.locator('[data-copy-citation="en"]').click();
    await expect(page.locator('[data-copy-citation="en"] + [data-copy-state]')).toHaveAttribute('data-copy-state', 'copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`/en/incidents/${OCT}`);
    expect(copied).toMatch(/^Marsad\./);
  });
});
