import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { LabBanner } from '@/components/layout/simulation-banner';
import { isLabMode } from '@/lib/lab';

/** The widgets (no site header): in lab mode a short simulation banner above each, read per request. */
export default async function EmbedLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <>
      {isLabMode() && <LabBanner compact />}
      {children}
    </>
  );
}
