// One rule for the words of a status (lib/i18n/status-label.ts): the status badge, the live announcer,
// the SVG badge and the share image all ask it.
import { describe, expect, it } from 'vitest';
import { badgeMessageKey, statusLabelKey } from '@/lib/i18n/status-label';
import { STATUSES } from '@/lib/status/vocabulary';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

/** A message by its dotted key (`status.degraded`). */
function lookup(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

describe('statusLabelKey', () => {
  it('says "not monitored live" for an unmonitored service, whatever its status', () => {
    for (const status of STATUSES) expect(statusLabelKey(status, { monitored: false, category: 'l1' })).toBe('notMonitored');
  });

  it("says a chain's major outage is stalled block production, by flag or by category", () => {
    expect(statusLabelKey('major_outage', { chain: true })).toBe('chainStalled');
    expect(statusLabelKey('major_outage', { category: 'l1', monitored: true })).toBe('chainStalled');
    expect(statusLabelKey('major_outage', { category: 'l2' })).toBe('chainStalled');
    expect(statusLabelKey('major_outage', { category: 'exchange' })).toBe('major_outage');
    expect(statusLabelKey('major_outage')).toBe('major_outage');
  });

  it('gives every other status its own word', () => {
    for (const status of STATUSES.filter((s) => s !== 'major_outage')) expect(statusLabelKey(status, { category: 'l1' })).toBe(status);
  });

  it('returns keys both the status and the badge messages have', () => {
    for (const messages of [ar, en]) {
      for (const status of STATUSES) {
        for (const subject of [{ monitored: false }, { chain: true }, {}]) {
          const key = statusLabelKey(status, subject);
          expect(lookup(messages.status, key), key).toBeTypeOf('string');
          const badgeKey = badgeMessageKey(key);
          expect(lookup(messages.badge, badgeKey), badgeKey).toBeTypeOf('string');
        }
      }
    }
  });
});

describe('badgeMessageKey', () => {
  it('puts the statuses under status. and keeps the two sentences as they are', () => {
    expect(badgeMessageKey('degraded')).toBe('status.degraded');
    expect(badgeMessageKey('chainStalled')).toBe('chainStalled');
    expect(badgeMessageKey('notMonitored')).toBe('notMonitored');
  });
});
