import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { NAMED_TIME_ZONES, preferencesScript } from '@/lib/i18n/preferences-script';
import { LOCALE_DIRECTION, routing } from '@/lib/i18n/routing';
// The shared styles and the web fonts' rules (lib/fonts.ts), one cached stylesheet (app/site.css).
import '../site.css';

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'metadata' });
  // Feeds in every page's <head>, the share card, the public origin (lib/open-data/seo.ts).
  const { layoutMetadata } = await import('@/lib/open-data/seo');
  return {
    ...layoutMetadata(locale, { title: t('title'), description: t('description') }),
    title: { default: t('title'), template: `%s — ${t('title')}` },
    description: t('description'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();
  const t = await getTranslations({ locale, namespace: 'layout.preferences' });
  const zoneNames = Object.fromEntries(NAMED_TIME_ZONES.map((z) => [z, t('zoneTime', { zone: t(`timeZoneOptions.${z}`) })]));
  return (
    // suppressHydrationWarning: the preferences script sets data-theme/data-digits before React loads.
    <html lang={locale} dir={LOCALE_DIRECTION[locale]} suppressHydrationWarning>
      <head>
        {/* Runs before the first paint: the visitor's theme, zone and digits, with no flash. */}
        <script dangerouslySetInnerHTML={{ __html: preferencesScript(zoneNames) }} />
      </head>
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        {/* Client components get only the namespaces they use, not every page's text. The site's
            header and footer come from (site)/layout.tsx; the widgets under embed/ have none. */}
        <NextIntlClientProvider messages={{ error: messages.error }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
