'use client';
// The open incidents (active-incidents.tsx) that follow the live snapshot: the server's list (`children`)
// until a poll answers (live-status.tsx).
import type { ReactNode } from 'react';
import { ActiveIncidents } from './active-incidents';
import { useServerFirst } from './live-status';

export function LiveActiveIncidents({ children }: { children: ReactNode }) {
  return useServerFirst(children, (status) => <ActiveIncidents status={status} />);
}
