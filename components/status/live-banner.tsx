'use client';
// The home page's sentence (banner.tsx) that follows the live snapshot: the server's sentence (`children`)
// until a poll answers (live-status.tsx).
import type { ReactNode } from 'react';
import { Banner } from './banner';
import { useServerFirst } from './live-status';

export function LiveBanner({ children }: { children: ReactNode }) {
  return useServerFirst(children, (status) => <Banner status={status} />);
}
