'use client';
// A row's figure line (figure.tsx) that follows the live snapshot: the server's line (`children`) until a
// poll answers (live-status.tsx).
import type { ReactNode } from 'react';
import { ServiceFigure } from './figure';
import { useServerFirst } from './live-status';

export function LiveFigure({ id, chain = false, children }: { id: string; chain?: boolean; children: ReactNode }) {
  return useServerFirst(children, (status) => <ServiceFigure service={status.services.find((s) => s.id === id)} chain={chain} />);
}
