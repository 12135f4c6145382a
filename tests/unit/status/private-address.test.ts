// A check refused because the target's name resolves to a private address says nothing about the target:
// it sets the vantage aside like `blocked` does, whatever outcome it was written with.
import { describe, expect, it } from 'vitest';
import { isIneligibleResult } from '@/lib/status/confirmation';
import { INELIGIBLE_REASONS } from '@/lib/status/shared';
import { REASONS } from '@/lib/status/vocabulary';

describe('private_address', () => {
  it('is a reason of the vocabulary, and an ineligible one', () => {
    expect(REASONS).toContain('private_address');
    expect(INELIGIBLE_REASONS.has('private_address')).toBe(true);
  });

  it('makes a result ineligible, not a failure', () => {
    expect(isIneligibleResult({ outcome: 'ineligible', reason: 'private_address' })).toBe(true);
    expect(isIneligibleResult({ outcome: 'down', reason: 'private_address' })).toBe(true);
  });
});
