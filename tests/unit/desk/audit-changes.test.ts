// The audit log's readable diff: every field that differs, by dotted path, before → after.
import { describe, expect, it } from 'vitest';
import { auditChanges } from '@/lib/desk/audit';

describe('auditChanges', () => {
  it('lists only what differs, by dotted path', () => {
    expect(auditChanges({ role: 'editor', email: 'a@example.org', disabled: false }, { role: 'admin', email: 'a@example.org', disabled: false })).toEqual([
      { field: 'role', before: 'editor', after: 'admin' },
    ]);
    expect(auditChanges({ body: { ar: 'أ', en: 'A' }, published: false }, { body: { ar: 'أ', en: null }, published: true })).toEqual([
      { field: 'body.en', before: 'A', after: null },
      { field: 'published', before: false, after: true },
    ]);
  });

  it('a creation has every field as new; arrays compare whole', () => {
    expect(auditChanges(null, { email: 'b@example.org', role: 'editor' })).toEqual([
      { field: 'email', before: undefined, after: 'b@example.org' },
      { field: 'role', before: undefined, after: 'editor' },
    ]);
    const impacts = [{ serviceId: 'binance', impact: 'major_outage' }];
    expect(auditChanges({ impacts }, { impacts: [{ serviceId: 'binance', impact: 'operational' }] })).toEqual([
      { field: 'impacts', before: impacts, after: [{ serviceId: 'binance', impact: 'operational' }] },
    ]);
    expect(auditChanges({ impacts }, { impacts: [...impacts] })).toEqual([]);
  });

  it('a scalar on either side is its value', () => {
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges('x', 'y')).toEqual([{ field: 'value', before: 'x', after: 'y' }]);
  });
});

describe('auditChanges: absent and null', () => {
  it('a creation does not list the fields it kept empty', () => {
    expect(auditChanges(null, { body: { ar: 'نص', en: null }, resolvedAt: null })).toEqual([{ field: 'body.ar', before: undefined, after: 'نص' }]);
  });
});
