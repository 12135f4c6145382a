import { describe, expect, it } from 'vitest';
import { announcedAtAfterEdit, companyAnnouncedAt, isAhead, judgeFailure, maintenancePhase, windowFor, type MaintenanceWindow } from '@/lib/maintenance/windows';
import { deriveServiceStatus } from '@/lib/status/service';
import { deriveTradingStatus } from '@/lib/status/exchange';
import type { TargetVerdict } from '@/lib/status/vantages';

const H = 3600_000;
const T = Date.UTC(2026, 11, 6, 12); // the window opens at 12:00 UTC
const win = (over: Partial<MaintenanceWindow> = {}): MaintenanceWindow => ({
  id: 'mw', source: 'editor', serviceIds: ['kraken'], startsAt: T, endsAt: T + 2 * H, announcedAt: T - 24 * H, cancelledAt: null, ...over,
});

describe('judgeFailure: a failure inside an announced window is maintenance, anything else an outage', () => {
  const cases: [string, MaintenanceWindow[], number, number | null, ReturnType<typeof judgeFailure>][] = [
    ['failure inside a window announced the day before', [win()], T + H, T + 5 * 60_000, 'maintenance'],
    ['failure inside the window, nothing failing yet (no start known)', [win()], T + H, null, 'maintenance'],
    ['overrun: the failure goes on past the end', [win()], T + 2 * H + 60_000, T + 5 * 60_000, 'no_window'],
    ['exactly at the end: over', [win()], T + 2 * H, T, 'no_window'],
    ['before the window opens', [win()], T - 60_000, T - 2 * 60_000, 'no_window'],
    ['declared after failures began', [win({ announcedAt: T - H })], T + 10 * 60_000, T - 2 * H, 'announced_after_failure'],
    ['declared once the window had started', [win({ announcedAt: T + 60_000 })], T + 10 * 60_000, T + 5 * 60_000, 'announced_after_start'],
    ['another service\'s window', [win({ serviceIds: ['binance'] })], T + H, T + H, 'no_window'],
    ['a cancelled window', [win({ cancelledAt: T - H })], T + H, T + H, 'no_window'],
    ['a late window beside a timely one: the timely one counts', [win({ id: 'late', announcedAt: T + 1 }), win()], T + H, T + 30 * 60_000, 'maintenance'],
    ['a company window counts the same way', [win({ source: 'company' })], T + H, T + H - 1, 'maintenance'],
  ];
  it.each(cases)('%s', (_name, windows, now, began, expected) => {
    expect(judgeFailure(windows, 'kraken', now, began)).toBe(expected);
  });
});

describe('maintenancePhase and isAhead', () => {
  it.each([
    [T - 1, 'scheduled', true],
    [T, 'in_progress', true],
    [T + 2 * H - 1, 'in_progress', true],
    [T + 2 * H, 'completed', false],
  ] as const)('at %d: %s', (now, phase, ahead) => {
    expect(maintenancePhase(win(), now)).toBe(phase);
    expect(isAhead(win(), now)).toBe(ahead);
  });
  it('a cancelled window is cancelled at any time and never ahead', () => {
    expect(maintenancePhase(win({ cancelledAt: T - H }), T - 2 * H)).toBe('cancelled');
    expect(isAhead(win({ cancelledAt: T - H }), T - 2 * H)).toBe(false);
  });
});

describe('windowFor', () => {
  it('is undefined outside every window, and carries the times inside one', () => {
    expect(windowFor([win()], 'kraken', T - 1)).toBeUndefined();
    expect(windowFor([win()], 'kraken', T + 1)).toEqual({ announcedAt: T - 24 * H, startsAt: T, endsAt: T + 2 * H });
  });
});

describe('companyAnnouncedAt: the notice\'s created_at, bounded by the first poll that saw it', () => {
  it.each([
    [T - H, T, T - H],
    [T + H, T, T],
    [null, T, T],
  ] as const)('created %s, first seen %d → %d', (created, seen, expected) => {
    expect(companyAnnouncedAt(created, seen)).toBe(expected);
  });
});

describe('the status rules fed a window', () => {
  const down: TargetVerdict = { status: 'major_outage', reason: 'timeout', firstFailAt: T + 60_000, failing: { k: 1, n: 1 }, latencyMs: null } as unknown as TargetVerdict;
  const status = (now: number, maintenance = windowFor([win()], 'kraken', now)) =>
    deriveServiceStatus({ service: { monitored: true }, now, access: [down], ...(maintenance && { maintenance }) }).status;
  it.each([
    ['inside the announced window', T + H, 'maintenance'],
    ['after the window ends (overrun)', T + 2 * H + 1, 'major_outage'],
  ] as const)('%s → %s', (_n, now, expected) => {
    expect(status(now)).toBe(expected);
  });
  it('a window declared after the failure began is an outage', () => {
    const late = windowFor([win({ announcedAt: T + 30_000 - H })], 'kraken', T + H);
    expect(deriveServiceStatus({ service: { monitored: true }, now: T + H, access: [{ ...down, firstFailAt: T - 2 * H }], maintenance: late! }).status).toBe('major_outage');
  });
  it('an exchange declaring maintenance inside an announced window is in maintenance, and halted after it', () => {
    const results = (now: number) => [{ monitorId: 'm', kind: 'exchange' as const, vantage: 'v', outcome: 'down' as const, reason: null, startedAt: now - 1000, latencyMs: 10, facts: { declaredState: 'maintenance' as const } }];
    const at = (now: number) => deriveTradingStatus({ results: results(now), intervalSec: 30, now, maintenance: windowFor([win()], 'kraken', now), failuresBeganAt: T + 60_000 }).status;
    expect(at(T + H)).toBe('maintenance');
    expect(at(T + 3 * H)).toBe('major_outage');
  });
});

describe('announcedAtAfterEdit: widening a window announces it anew, narrowing keeps the first notice', () => {
  const before = { startsAt: T, endsAt: T + 2 * H, announcedAt: T - 24 * H, serviceIds: ['kraken'] };
  const now = T + H;
  it.each([
    ['text only', { startsAt: T, endsAt: T + 2 * H, serviceIds: ['kraken'] }, T - 24 * H],
    ['ends earlier', { startsAt: T, endsAt: T + H, serviceIds: ['kraken'] }, T - 24 * H],
    ['a service removed', { startsAt: T, endsAt: T + 2 * H, serviceIds: [] }, T - 24 * H],
    ['ends later (stretched over an overrun)', { startsAt: T, endsAt: T + 3 * H, serviceIds: ['kraken'] }, now],
    ['starts earlier', { startsAt: T - H, endsAt: T + 2 * H, serviceIds: ['kraken'] }, now],
    ['a service added', { startsAt: T, endsAt: T + 2 * H, serviceIds: ['kraken', 'binance'] }, now],
  ] as const)('%s', (_n, after, expected) => {
    expect(announcedAtAfterEdit(before, after, now)).toBe(expected);
  });
});
