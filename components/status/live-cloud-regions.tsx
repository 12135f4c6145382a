'use client';
// A cloud's regions (cloud-regions.tsx) that follow the live snapshot: the server's line (`children`)
// until a poll answers (live-status.tsx).
import type { ReactNode } from 'react';
import { CloudRegions } from './cloud-regions';
import { useServerFirst } from './live-status';

export function LiveCloudRegions({ id, children }: { id: string; children: ReactNode }) {
  return useServerFirst(children, (status) => <CloudRegions regions={status.cloudIncidents[id]?.regions ?? []} />);
}
