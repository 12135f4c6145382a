// The Lighthouse bench's arithmetic (scripts/bench/lighthouse-stats.ts): a median or a gap with the wrong
// sign would make the benchmark report the opposite of what it measured.
import { describe, expect, it } from 'vitest';
import {
  drewLate,
  figuresOf,
  formatTable,
  gapToControl,
  htmlWeight,
  interleave,
  median,
  shortfalls,
  spread,
  summarize,
  type LighthouseReport,
  type RunFigures,
} from '@/scripts/bench/lighthouse-stats';

function run(performance: number, extra: Partial<RunFigures> = {}): RunFigures {
  return {
    performance,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 2000,
    tbtMs: 300,
    scriptEvaluationMs: 800,
    scriptRequests: 12,
    scriptTransferBytes: 150_000,
    domElements: 600,
    firstPaintSeenMs: 200,
    domReadySeenMs: 180,
    scriptingByUrl: {},
    otherOrigins: [],
    ...extra,
  };
}

describe('median and spread', () => {
  it('takes the middle value of an odd count and the mean of the two middle values of an even one', () => {
    expect(median([91, 77, 82])).toBe(82);
    expect(median([80, 77, 82, 90])).toBe(81);
    expect(median([5])).toBe(5);
  });

  it('does not depend on the order and ignores missing values', () => {
    expect(median([3, 1, Number.NaN, 2])).toBe(2);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('gives the median with its range', () => {
    expect(spread([82, 77, 80, 91, 79])).toEqual({ median: 80, min: 77, max: 91 });
  });
});

describe('the order of the runs', () => {
  it('measures every page once per round, the control first', () => {
    expect(interleave(['control', 'home-ar', 'home-en'], 2).map((step) => `${step.round}:${step.page}`)).toEqual([
      '0:control',
      '0:home-ar',
      '0:home-en',
      '1:control',
      '1:home-ar',
      '1:home-en',
    ]);
  });
});

describe('the gap to the control', () => {
  const control = summarize([91, 92, 90, 92, 91].map((p) => run(p)));

  it('is the control median minus the page median: positive when the page scores lower', () => {
    expect(gapToControl(summarize([80, 77, 82, 79, 81].map((p) => run(p))), control)).toBe(11);
    expect(gapToControl(summarize([93, 94, 92, 93, 95].map((p) => run(p))), control)).toBe(-2);
  });

  it('meets the goal within 3 points with the other categories at 100, over at least 5 runs', () => {
    expect(shortfalls(summarize([88, 89, 87, 90, 88].map((p) => run(p))), control)).toEqual([]);
    expect(shortfalls(summarize([87, 88, 86, 87, 88].map((p) => run(p))), control)).toEqual([
      "performance 4 points below the control's median (goal: within 3)",
    ]);
    expect(shortfalls(summarize([90, 90, 90].map((p) => run(p, { seo: 92 }))), control)).toEqual([
      'SEO 92',
      'only 3 runs (the goal is judged on at least 5)',
    ]);
  });

  it('counts a request to another origin against the goal', () => {
    const page = summarize([91, 91, 91, 91, 91].map((p) => run(p, { otherOrigins: ['https://fonts.example/x.woff2'] })));
    expect(shortfalls(page, control)).toEqual(['1 requests to other origins']);
  });

  it('ranks the scripts by their median scripting time', () => {
    const page = summarize([
      run(80, { scriptingByUrl: { '/a.js': 100, '/b.js': 400 } }),
      run(80, { scriptingByUrl: { '/a.js': 120, '/b.js': 10 } }),
      run(80, { scriptingByUrl: { '/a.js': 110, '/b.js': 300 } }),
    ]);
    expect(page.costliestScripts).toEqual([
      { url: '/b.js', scriptingMs: 300 },
      { url: '/a.js', scriptingMs: 110 },
    ]);
  });

  it('prints the medians with their spread and the gap', () => {
    const page = summarize([80, 77, 82, 79, 81].map((p) => run(p)));
    const table = formatTable(
      [
        { name: 'control', summary: control },
        { name: 'home-ar', summary: page },
      ],
      control,
    ).split('\n');
    expect(table[1]).toMatch(/^control\s+91 \(90–92\)\s+—\s+2000 \(2000–2000\)/);
    expect(table[2]).toMatch(/^home-ar\s+80 \(77–82\)\s+11\.0\s/);
  });
});

describe('what one Lighthouse report says', () => {
  it('reads scores, metrics, script costs and requests to other origins', () => {
    const report: LighthouseReport = {
      finalDisplayedUrl: 'http://127.0.0.1:4000/en',
      categories: { performance: { score: 0.784 }, accessibility: { score: 1 }, 'best-practices': { score: 0.96 }, seo: { score: 1 } },
      audits: {
        'largest-contentful-paint': { numericValue: 3120.5 },
        'total-blocking-time': { numericValue: 455 },
        'dom-size': { numericValue: 664 },
        metrics: { details: { items: [{ observedFirstContentfulPaint: 1191, observedDomContentLoaded: 465, largestContentfulPaint: 3120 }] } },
        'resource-summary': { details: { items: [{ resourceType: 'total', requestCount: 20 }, { resourceType: 'script', requestCount: 13, transferSize: 163_840 }] } },
        'mainthread-work-breakdown': { details: { items: [{ group: 'styleLayout', duration: 120 }, { group: 'scriptEvaluation', duration: 1070 }] } },
        'bootup-time': { details: { items: [{ url: 'http://127.0.0.1:4000/_next/static/chunks/framework.js', total: 700, scripting: 610 }] } },
        'network-requests': {
          details: {
            items: [
              { url: 'http://127.0.0.1:4000/en' },
              { url: 'data:image/png;base64,AAAA' },
              { url: 'https://cdn.example.com/x.js' },
              { url: 'https://cdn.example.com/x.js' },
            ],
          },
        },
      },
    };
    expect(figuresOf(report)).toEqual({
      performance: 78,
      accessibility: 100,
      bestPractices: 96,
      seo: 100,
      lcpMs: 3120.5,
      tbtMs: 455,
      scriptEvaluationMs: 1070,
      scriptRequests: 13,
      scriptTransferBytes: 163_840,
      domElements: 664,
      scriptingByUrl: { 'http://127.0.0.1:4000/_next/static/chunks/framework.js': 610 },
      otherOrigins: ['https://cdn.example.com/x.js'],
      firstPaintSeenMs: 1191,
      domReadySeenMs: 465,
    });
  });

  it('counts the runs whose first paint was drawn long after the DOM was ready', () => {
    expect(drewLate({ firstPaintSeenMs: 1191, domReadySeenMs: 465 })).toBe(true);
    expect(drewLate({ firstPaintSeenMs: 230, domReadySeenMs: 220 })).toBe(false);
    // Painted before the DOM was ready (a long page still parsing): not late.
    expect(drewLate({ firstPaintSeenMs: 300, domReadySeenMs: 900 })).toBe(false);
    const summary = summarize([run(90, { firstPaintSeenMs: 1200, domReadySeenMs: 400 }), run(91), run(92, { firstPaintSeenMs: 1300, domReadySeenMs: 450 })]);
    expect(summary.lateFirstDraws).toBe(2);
    expect(summarize([run(90), run(91)]).lateFirstDraws).toBe(0);
  });
});

describe('the weight of the flight data in a page', () => {
  it("counts the inline scripts that carry React's flight data, not the others", () => {
    const html =
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>hi</p>' +
      '<script>self.__next_f.push([1,"abc"])</script><script nonce="x">self.__next_f.push([1,"defg"])</script>' +
      '<script>document.documentElement.dataset.x="1"</script></body></html>';
    expect(htmlWeight(html)).toEqual({
      htmlChars: html.length,
      flightChars: 'self.__next_f.push([1,"abc"])'.length + 'self.__next_f.push([1,"defg"])'.length,
      flightScripts: 2,
    });
  });
});
