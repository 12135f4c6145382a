// The desk's own root layout (/desk/ar, /desk/en): its language and direction, the site's styles and
// fonts, no search-engine indexing. Pages here are per person: never cached (lib/route-table.ts).
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { fontFaceCss } from '@/lib/fonts';
import { LOCALE_DIRECTION } from '@/lib/i18n/routing';
import { deskLang } from '@/lib/desk/pages';
import '../../globals.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const lang = deskLang((await params).lang);
  const t = await getTranslations({ locale: lang, namespace: 'desk' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function DeskLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const lang = deskLang((await params).lang);
  setRequestLocale(lang);
  return (
    <html lang={lang} dir={LOCALE_DIRECTION[lang]}>
      <head>
        <style dangerouslySetInnerHTML={{ __html: fontFaceCss(lang) }} />
      </head>
      <body className="min-h-dvh font-sans antialiased">{children}</body>
    </html>
  );
}
