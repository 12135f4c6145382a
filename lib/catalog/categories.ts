// Which categories are chains (L1 and L2): the one definition behind "block production stalled", the
// head-age chart and every other chain-only rule in pages, badges, share images and read models.
// Type-only imports, so client components can use it without bringing zod or the catalog along.
import type { Category } from './schema';

export const CHAIN_CATEGORIES = ['l1', 'l2'] as const satisfies readonly Category[];

export function isChainCategory(category: Category): boolean {
  return (CHAIN_CATEGORIES as readonly Category[]).includes(category);
}
