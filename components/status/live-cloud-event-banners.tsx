'use client';
// The open cloud-outage events (cloud-event-banner.tsx) that follow the live snapshot: the server's banners
// (`children`) until a poll answers (live-status.tsx).
import type { ReactNode } from 'react';
import { CloudEventBanners } from './cloud-event-banner';
import { useServerFirst } from './live-status';

export function LiveCloudEventBanners({ children }: { children: ReactNode }) {
  return useServerFirst(children, (status) => <CloudEventBanners events={status.cloudEvents ?? []} />);
}
