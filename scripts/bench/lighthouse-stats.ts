// The pure part of `npm run bench:lighthouse` (scripts/bench-lighthouse.mjs): what one Lighthouse report
// says, the order the pages are measured in, medians and spreads, and the gap between a page and the
// control (a bare Next page built with the same Next, measured in the same run). Kept apart so a unit test
// holds it (tests/unit/scripts/bench/lighthouse-stats.test.ts): a wrong median or a gap with the wrong sign
// would make the benchmark say the opposite of what it measured.

/** The figures the benchmark keeps from one Lighthouse report. */
export type RunFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  /** Main-thread time spent evaluating scripts (Lighthouse's "scriptEvaluation" group). */
  scriptEvaluationMs: number;
  scriptRequests: number;
  scriptTransferBytes: number;
  domElements: number;
  /** Scripting time per script URL (Lighthouse's bootup-time audit). */
  scriptingByUrl: Record<string, number>;
  /** Requests to another origin than the page's (there must be none). */
  otherOrigins: string[];
  /** What the unthrottled load really did (Lighthouse's observed timings): its first paint and DOMContentLoaded. */
  firstPaintSeenMs: number;
  domReadySeenMs: number;
};

export type Spread = { median: number; min: number; max: number };

export type PageSummary = {
  runs: number;
  performance: Spread;
  lcpMs: Spread;
  tbtMs: Spread;
  accessibility: Spread;
  bestPractices: Spread;
  seo: Spread;
  scriptEvaluationMs: Spread;
  scriptRequests: Spread;
  scriptTransferBytes: Spread;
  domElements: Spread;
  /** The scripts that cost the most main-thread scripting time, median over the runs, costliest first. */
  costliestScripts: { url: string; scriptingMs: number }[];
  otherOrigins: string[];
  /** Runs whose first paint was drawn late (see `drewLate`). */
  lateFirstDraws: number;
};

/**
 * A run whose first paint reached the screen more than half a second after the DOM was ready. On this
 * machine headless Chromium sometimes holds an activated frame back for about a second (docs/architecture.md
 * § Home page speed); Lighthouse's simulated LCP then counts every script that loaded meanwhile. Said next
 * to the scores so a reader can tell that stall from the page's own cost.
 */
export const LATE_DRAW_MS = 500;
export function drewLate(run: Pick<RunFigures, 'firstPaintSeenMs' | 'domReadySeenMs'>): boolean {
  return run.firstPaintSeenMs - run.domReadySeenMs > LATE_DRAW_MS;
}

/** The goal of issue 15, item 8: within this many points of the control's median, the rest at 100. */
export const GOAL = { maxGapPoints: 3, accessibility: 100, bestPractices: 100, seo: 100, minRuns: 5 } as const;

type LighthouseAudit = { numericValue?: number; details?: { items?: unknown[] } };
export type LighthouseReport = {
  finalDisplayedUrl?: string;
  requestedUrl?: string;
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, LighthouseAudit | undefined>;
};

const score = (report: LighthouseReport, id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
const numeric = (report: LighthouseReport, id: string) => report.audits[id]?.numericValue ?? Number.NaN;
const items = (report: LighthouseReport, id: string) => (report.audits[id]?.details?.items ?? []) as Record<string, unknown>[];
const observed = (report: LighthouseReport, key: string) => {
  const value = items(report, 'metrics')[0]?.[key];
  return typeof value === 'number' ? value : Number.NaN;
};

export function figuresOf(report: LighthouseReport): RunFigures {
  const pageUrl = report.finalDisplayedUrl ?? report.requestedUrl ?? '';
  const origin = pageUrl ? new URL(pageUrl).origin : '';
  const scripts = items(report, 'resource-summary').find((item) => item.resourceType === 'script');
  const evaluation = items(report, 'mainthread-work-breakdown').find((item) => item.group === 'scriptEvaluation');
  const scriptingByUrl: Record<string, number> = {};
  for (const item of items(report, 'bootup-time')) {
    if (typeof item.url === 'string' && typeof item.scripting === 'number') scriptingByUrl[item.url] = item.scripting;
  }
  const otherOrigins = new Set<string>();
  for (const item of items(report, 'network-requests')) {
    const url = item.url;
    if (typeof url !== 'string' || url.startsWith('data:') || url.startsWith('blob:')) continue;
    if (new URL(url).origin !== origin) otherOrigins.add(url);
  }
  return {
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    bestPractices: score(report, 'best-practices'),
    seo: score(report, 'seo'),
    lcpMs: numeric(report, 'largest-contentful-paint'),
    tbtMs: numeric(report, 'total-blocking-time'),
    scriptEvaluationMs: typeof evaluation?.duration === 'number' ? evaluation.duration : 0,
    scriptRequests: typeof scripts?.requestCount === 'number' ? scripts.requestCount : 0,
    scriptTransferBytes: typeof scripts?.transferSize === 'number' ? scripts.transferSize : 0,
    domElements: numeric(report, 'dom-size'),
    scriptingByUrl,
    otherOrigins: [...otherOrigins],
    firstPaintSeenMs: observed(report, 'observedFirstContentfulPaint'),
    domReadySeenMs: observed(report, 'observedDomContentLoaded'),
  };
}

/**
 * The order of the runs: every round measures each page once, the control first, so a busy minute on
 * this shared machine lands on all pages alike instead of on one page's block of runs.
 */
export function interleave<T>(pages: readonly T[], rounds: number): { round: number; page: T }[] {
  const order: { round: number; page: T }[] = [];
  for (let round = 0; round < rounds; round++) for (const page of pages) order.push({ round, page });
  return order;
}

/** The median (the mean of the two middle values for an even count); NaN values are ignored. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function spread(values: readonly number[]): Spread {
  const kept = values.filter((v) => !Number.isNaN(v));
  return { median: median(kept), min: kept.length ? Math.min(...kept) : Number.NaN, max: kept.length ? Math.max(...kept) : Number.NaN };
}

export function summarize(runs: readonly RunFigures[], topScripts = 5): PageSummary {
  const of = (key: Exclude<keyof RunFigures, 'scriptingByUrl' | 'otherOrigins'>) => spread(runs.map((run) => run[key]));
  const urls = new Set(runs.flatMap((run) => Object.keys(run.scriptingByUrl)));
  const costliestScripts = [...urls]
    .map((url) => ({ url, scriptingMs: median(runs.map((run) => run.scriptingByUrl[url] ?? 0)) }))
    .sort((a, b) => b.scriptingMs - a.scriptingMs)
    .slice(0, topScripts);
  return {
    runs: runs.length,
    performance: of('performance'),
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    scriptEvaluationMs: of('scriptEvaluationMs'),
    scriptRequests: of('scriptRequests'),
    scriptTransferBytes: of('scriptTransferBytes'),
    domElements: of('domElements'),
    costliestScripts,
    otherOrigins: [...new Set(runs.flatMap((run) => run.otherOrigins))],
    lateFirstDraws: runs.filter(drewLate).length,
  };
}

/** Points the page's median performance lies below the control's (negative: the page scored higher). */
export function gapToControl(page: PageSummary, control: PageSummary): number {
  return control.performance.median - page.performance.median;
}

/** What keeps a page from the goal, in words; empty when it meets it. */
export function shortfalls(page: PageSummary, control: PageSummary): string[] {
  const out: string[] = [];
  const gap = gapToControl(page, control);
  if (!(gap <= GOAL.maxGapPoints)) out.push(`performance ${gap} points below the control's median (goal: within ${GOAL.maxGapPoints})`);
  if (!(page.accessibility.median >= GOAL.accessibility)) out.push(`accessibility ${page.accessibility.median}`);
  if (!(page.bestPractices.median >= GOAL.bestPractices)) out.push(`best practices ${page.bestPractices.median}`);
  if (!(page.seo.median >= GOAL.seo)) out.push(`SEO ${page.seo.median}`);
  if (page.otherOrigins.length) out.push(`${page.otherOrigins.length} requests to other origins`);
  if (page.runs < GOAL.minRuns) out.push(`only ${page.runs} runs (the goal is judged on at least ${GOAL.minRuns})`);
  return out;
}

const fixed = (value: number, digits = 0) => (Number.isNaN(value) ? '–' : value.toFixed(digits));
const showSpread = (s: Spread, digits = 0) => `${fixed(s.median, digits)} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`;

/** One line per page: medians with their spread (min–max), the gap to the control, the other categories. */
export function formatTable(pages: readonly { name: string; summary: PageSummary }[], control: PageSummary): string {
  const header = ['page', 'performance', 'gap', 'LCP ms', 'TBT ms', 'a11y', 'best pr.', 'SEO', 'script eval ms', 'scripts', 'script KB', 'DOM'];
  const rows = pages.map(({ name, summary }) => [
    name,
    showSpread(summary.performance),
    summary === control ? '—' : fixed(gapToControl(summary, control), 1),
    showSpread(summary.lcpMs),
    showSpread(summary.tbtMs),
    showSpread(summary.accessibility),
    showSpread(summary.bestPractices),
    showSpread(summary.seo),
    showSpread(summary.scriptEvaluationMs),
    fixed(summary.scriptRequests.median),
    fixed(summary.scriptTransferBytes.median / 1024, 1),
    fixed(summary.domElements.median),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  return [header, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/**
 * How much of a page's HTML is React's flight data (the inline `self.__next_f.push(…)` scripts that
 * hydration reads: the server components' output and client components' props, sent a second time
 * beside the HTML). Counted in characters of those scripts' bodies.
 */
export function htmlWeight(html: string): { htmlChars: number; flightChars: number; flightScripts: number } {
  let flightChars = 0;
  let flightScripts = 0;
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = match[1]!;
    if (!body.startsWith('self.__next_f.push(')) continue;
    flightChars += body.length;
    flightScripts += 1;
  }
  return { htmlChars: html.length, flightChars, flightScripts };
}
