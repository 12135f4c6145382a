// The editors' verdict on a detection, from its append-only review rows.
import { describe, expect, it } from 'vitest';
import { deriveReview, verdictOf } from '@/lib/incidents/review-verdict';

const at = (min: number) => new Date(Date.UTC(2026, 11, 6, 10, min));
const reason = { ar: 'أخطأ المسبار', en: null };

describe('deriveReview', () => {
  it('no rows → not judged, nothing to correct', () => {
    expect(deriveReview([])).toEqual({ verdict: null, verdictUtc: null, reason: null, entries: [], corrections: [] });
  });

  it('updates alone leave the verdict open', () => {
    const r = deriveReview([{ id: 1, kind: 'update', at: at(1), body: { ar: 'نص', en: 'Text' } }]);
    expect(r).toMatchObject({ verdict: null, corrections: [], entries: [{ kind: 'update', text: { ar: 'نص', en: 'Text' } }] });
  });

  it('a dismissal is the verdict with its reason, and a correction', () => {
    const r = deriveReview([{ id: 1, kind: 'confirm', at: at(1), body: null }, { id: 2, kind: 'dismiss', at: at(5), body: reason }]);
    expect(r).toMatchObject({ verdict: 'dismissed', verdictUtc: at(5).toISOString(), reason, corrections: [{ kind: 'dismiss' }] });
  });

  it('a confirmation after a dismissal undoes it: both listed as corrections; a first confirmation is not one', () => {
    const r = deriveReview([
      { id: 3, kind: 'confirm', at: at(9), body: null },
      { id: 1, kind: 'confirm', at: at(1), body: null },
      { id: 2, kind: 'dismiss', at: at(5), body: reason },
    ]);
    expect(r.verdict).toBe('confirmed');
    expect(r.reason).toBeNull();
    expect(r.corrections.map((c) => c.kind)).toEqual(['dismiss', 'confirm']);
    expect(r.entries.map((e) => e.atUtc)).toEqual([at(1), at(5), at(9)].map((d) => d.toISOString()));
  });

  it('rows of the same time are read in the order they were written', () => {
    expect(verdictOf([{ id: 1, kind: 'dismiss', at: at(1) }, { id: 2, kind: 'confirm', at: at(1) }])).toBe('confirmed');
    expect(verdictOf([{ id: 2, kind: 'dismiss', at: at(1) }, { id: 1, kind: 'confirm', at: at(1) }])).toBe('dismissed');
    expect(verdictOf([{ id: 1, kind: 'update', at: at(1) }])).toBeNull();
  });
});
