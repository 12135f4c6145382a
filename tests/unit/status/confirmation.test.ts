import { describe, expect, it } from 'vitest';
import { FAIL_THRESHOLD, RECOVER_THRESHOLD, initialConfirmation, stepConfirmation } from '@/lib/status/confirmation';
import { at, checks, confirm, result, T0 } from '../../helpers/probe-results';

describe('confirmation per (monitor, vantage)', () => {
  it('uses the DESIGN thresholds: 3 failures down, 2 successes up', () => {
    expect(FAIL_THRESHOLD).toBe(3);
    expect(RECOVER_THRESHOLD).toBe(2);
  });

  // seq: u up, g degraded, d down, b blocked, r rate limited, i vantage impaired (one check each 30 s)
  it.each([
    { name: 'a fresh start is unknown until confirmed', seq: 'u', reach: 'unknown', events: [] },
    { name: 'two successes from a fresh start → up, without an event', seq: 'uu', reach: 'up', events: [] },
    { name: 'two failures in a row → still up', seq: 'uudd', reach: 'up', events: [] },
    { name: 'three failures in a row → down', seq: 'uuddd', reach: 'down', events: ['went_down'] },
    { name: 'a single lost packet → no status change', seq: 'uuduuduu', reach: 'up', events: [] },
    { name: 'failures broken by a success never add up', seq: 'uuddudduddu', reach: 'up', events: [] },
    { name: 'one success after failures → still down', seq: 'uuddddu', reach: 'down', events: ['went_down'] },
    { name: 'down, one success, down again → still down, no new event', seq: 'uuddddudd', reach: 'down', events: ['went_down'] },
    { name: 'two successes after three failures → back up', seq: 'uuddduu', reach: 'up', events: ['went_down', 'came_up'] },
    { name: 'three failures from a fresh start → down', seq: 'ddd', reach: 'down', events: ['went_down'] },
    { name: 'blocked checks are not failures', seq: 'uubbbbbb', reach: 'up', events: [] },
    { name: 'rate-limited checks are not failures', seq: 'uurrrrrr', reach: 'up', events: [] },
    { name: 'a rate-limited check neither counts nor breaks a failure streak (2 + skip)', seq: 'uudrd', reach: 'up', events: [] },
    { name: 'a rate-limited check neither counts nor breaks a failure streak (3 + skip)', seq: 'uudrdd', reach: 'down', events: ['went_down'] },
    { name: 'impaired-vantage checks are neither failures nor successes', seq: 'uuddiiiiuu', reach: 'up', events: [] },
    { name: 'degraded answers are not failures', seq: 'uugggggg', reach: 'up', events: [] },
    { name: 'degraded answers count as answers for recovery', seq: 'uudddgg', reach: 'up', events: ['went_down', 'came_up'] },
  ])('$name', ({ seq, reach, events }) => {
    const out = confirm(checks(seq));
    expect(out.state?.reach).toBe(reach);
    expect(out.events.map((e) => e.type)).toEqual(events);
  });

  it('went_down carries the first failing check and the confirmation time', () => {
    const { events } = confirm(checks('uuddd'));
    expect(events[0]).toMatchObject({ type: 'went_down', firstCheckAt: at(2), confirmedAt: at(4), reason: 'timeout', status: 'major_outage' });
  });

  it('came_up carries the first success and the confirmation time', () => {
    const { events, state } = confirm(checks('uudddduu'));
    expect(events[1]).toMatchObject({ type: 'came_up', firstCheckAt: at(6), confirmedAt: at(7), status: 'operational' });
    expect(state).toMatchObject({ reachSince: at(6), reachConfirmedAt: at(7), reason: null });
  });

  it('while down, the reason follows the latest failure', () => {
    const rs = [...checks('uuddd'), result({ outcome: 'down', reason: 'connect_refused', startedAt: at(5) })];
    expect(confirm(rs).state?.reason).toBe('connect_refused');
  });

  it.each([
    { name: 'three degraded answers in a row → degraded', seq: 'uuggg', degraded: true },
    { name: 'two degraded answers → not yet degraded', seq: 'uugg', degraded: false },
    { name: 'one clean answer does not clear degraded', seq: 'uuggguggg', degraded: true },
    { name: 'two clean answers clear degraded', seq: 'uuggguu', degraded: false },
  ])('$name', ({ seq, degraded }) => {
    const { state } = confirm(checks(seq));
    expect(state?.degraded).toBe(degraded);
    if (degraded) expect(state?.degradedReason).toBe('lagging');
  });

  it('a blocked vantage is marked ineligible with its reason, and eligible again on the next real check', () => {
    const blocked = confirm(checks('uub')).state;
    expect(blocked).toMatchObject({ ineligible: true, ineligibleReason: 'blocked', reach: 'up' });
    expect(confirm(checks('uubu')).state).toMatchObject({ ineligible: false, ineligibleReason: null });
  });

  it('a 403 reported as down with reason blocked is still not a failure', () => {
    const rs = [...checks('uu'), ...[2, 3, 4].map((i) => result({ outcome: 'down', reason: 'blocked', startedAt: at(i) }))];
    expect(confirm(rs).state).toMatchObject({ reach: 'up', ineligible: true, failStreak: 0 });
  });

  it('a result older than the last one seen is ignored (several workers, out of order)', () => {
    const { state } = confirm(checks('uu'));
    const step = stepConfirmation(state, result({ outcome: 'down', reason: 'timeout', startedAt: T0 - 60_000 }));
    expect(step.state).toEqual(state);
  });

  it('never mutates the state it is given', () => {
    const before = initialConfirmation();
    const snapshot = structuredClone(before);
    stepConfirmation(before, result({ outcome: 'down', reason: 'timeout' }));
    expect(before).toEqual(snapshot);
  });

  it('came_up says degraded when the target answers but is confirmed degraded', () => {
    const { events } = confirm(checks('uugggdddgg'));
    expect(events.at(-1)).toMatchObject({ type: 'came_up', status: 'degraded' });
  });

  it('keeps the latest answer latency', () => {
    const rs = [result({ latencyMs: 80 }), result({ latencyMs: 95, startedAt: at(1) })];
    expect(confirm(rs).state?.lastLatencyMs).toBe(95);
  });
});
