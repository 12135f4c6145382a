import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { DIGIT_CHOICES, THEME_CHOICES, TIME_ZONE_CHOICES } from '@/lib/i18n/preferences';
import { LanguageSwitch } from './language-switch';
import { PreferencesMenu, type PreferencesLabels } from './preferences-menu';
import { PREFERENCES_SLOT_ID } from './preferences-slot';

const NAV = [
  { href: '/', key: 'home' },
  { href: '/incidents', key: 'incidents' },
  { href: '/faq', key: 'faq' },
  { href: '/about', key: 'about' },
] as const;

export function SiteHeader() {
  const t = useTranslations('layout');
  const labels: PreferencesLabels = {
    title: t('preferences.title'),
    digits: t('preferences.digits'),
    timeZone: t('preferences.timeZone'),
    theme: t('preferences.theme'),
    digitOptions: Object.fromEntries(DIGIT_CHOICES.map((d) => [d, t(`preferences.digitOptions.${d}`)])) as PreferencesLabels['digitOptions'],
    themeOptions: Object.fromEntries(THEME_CHOICES.map((c) => [c, t(`preferences.themeOptions.${c}`)])) as PreferencesLabels['themeOptions'],
    timeZoneOptions: Object.fromEntries(TIME_ZONE_CHOICES.map((z) => [z, t(`preferences.timeZoneOptions.${z}`)])) as PreferencesLabels['timeZoneOptions'],
  };
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="me-auto flex items-baseline gap-2 no-underline">
          <span className="text-xl font-semibold">{t('siteName')}</span>
          <span className="hidden text-sm text-muted sm:inline">{t('tagline')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.key}>
                {/* No prefetch: on an outage day every prefetch is a render the cache cannot absorb. */}
                <Link href={item.href} prefetch={false} className="inline-block py-2 underline-offset-4 hover:underline">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2">
          <PreferencesMenu labels={labels} />
          <LanguageSwitch label={t('languageSwitch.label')} switchTo={t('languageSwitch.switchTo')} />
        </div>
        {/* The open display options: a full-width row of the header, in the page's flow (never over the page). */}
        <div id={PREFERENCES_SLOT_ID} className="w-full empty:hidden" />
      </div>
    </header>
  );
}
