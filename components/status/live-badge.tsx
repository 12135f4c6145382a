'use client';
// A service's status badge that follows the live snapshot: the server's badge (`children`) until a poll
// answers (live-status.tsx). `reported`: show what the company says (the clouds' strip).
import type { ReactNode } from 'react';
import { ServiceBadge } from './status-badge';
import { useServerFirst } from './live-status';

export function LiveStatusBadge({ id, chain = false, reported = false, children }: { id: string; chain?: boolean; reported?: boolean; children: ReactNode }) {
  return useServerFirst(children, (status) => {
    const service = status.services.find((s) => s.id === id);
    return service ? <ServiceBadge service={service} chain={chain} reported={reported} /> : null;
  });
}
