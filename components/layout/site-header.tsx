import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitch } from './language-switch';

const NAV = [
  { href: '/', key: 'home' },
  { href: '/incidents', key: 'incidents' },
  { href: '/faq', key: 'faq' },
  { href: '/about', key: 'about' },
] as const;

export function SiteHeader() {
  const t = useTranslations('layout');
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
                <Link href={item.href} className="inline-block py-2 underline-offset-4 hover:underline">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch label={t('languageSwitch.label')} switchTo={t('languageSwitch.switchTo')} />
      </div>
    </header>
  );
}
