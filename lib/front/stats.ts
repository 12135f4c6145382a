// The front cache's counters, shared with the metrics route of the same process through globalThis
// (the front server and Next's bundles are different module instances).
import type { CacheStats } from './micro-cache';

const key = '__marsadFrontStats';
type GlobalWithStats = typeof globalThis & { [key]?: () => CacheStats };

export function setFrontStats(read: () => CacheStats): void {
  (globalThis as GlobalWithStats)[key] = read;
}

export function getFrontStats(): CacheStats | null {
  return (globalThis as GlobalWithStats)[key]?.() ?? null;
}
