import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { LabBanner } from '@/components/layout/simulation-banner';
import { isLabMode } from '@/lib/lab';

/** Every page of the site, not the widgets (embed/): skip link, header, main content, footer. */
export default async function SiteLayout({ children }: LayoutProps<'/[locale]'>) {
  const t = await getTranslations('layout');
  // Lab mode is read per request, never at build time: no build can carry the simulation banner, and a
  // lab server shows it on every page (the FAQ and open-data pages included, so they render per request).
  await connection();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2">
        {t('skipToContent')}
      </a>
      {isLabMode() && <LabBanner />}
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
