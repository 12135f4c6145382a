// The one "is a chain" definition (lib/catalog/categories.ts).
import { describe, expect, it } from 'vitest';
import { isChainCategory } from '@/lib/catalog/categories';
import { CATEGORIES } from '@/lib/catalog/schema';

describe('isChainCategory', () => {
  it('names L1 and L2 only', () => {
    expect(CATEGORIES.filter(isChainCategory)).toEqual(['l1', 'l2']);
  });
});
