// What the primary and the front workers say to each other over the cluster's IPC channel.
import type { CachedResponse, CacheStats } from '@/lib/front/micro-cache';

export type WorkerMessage =
  | { type: 'take'; id: number; client: string }
  | { type: 'stored'; key: string; response: CachedResponse }
  | { type: 'stats'; stats: CacheStats & { renders: number } }
  | { type: 'listen-failed'; message: string };

export type FrontMessage =
  | { type: 'took'; id: number; wait: number }
  | { type: 'stored'; key: string; response: CachedResponse }
  /** An editor published: copies rendered before `at` are out of date (lib/engine/publish-watch.ts). */
  | { type: 'purge'; at: number };
