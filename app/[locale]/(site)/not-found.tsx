import { useLocale, useTranslations } from 'next-intl';
import { NotFoundSuggestions } from '@/components/layout/not-found-suggestions';
import { getCatalog } from '@/lib/catalog';
import { getPathname, Link } from '@/lib/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('notFound');
  const layout = useTranslations('layout');
  const locale = useLocale() === 'en' ? 'en' : 'ar';
  const services = getCatalog().services.map((s) => ({
    id: s.id,
    shortName: s.shortName,
    name: s.name,
    aliases: s.aliases,
    href: getPathname({ href: `/services/${s.id}`, locale }),
    label: s.name[locale],
  }));
  return (
    <div className="space-y-4 py-10">
      {/* The tab's title in the page's language (React puts it in <head>; a not-found page has no metadata of its own). */}
      <title>{`${t('title')} — ${layout('siteName')}`}</title>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-muted">{t('body')}</p>
      <NotFoundSuggestions services={services} heading={t('suggest')} />
      <Link href="/" className="underline underline-offset-4">
        {t('back')}
      </Link>
    </div>
  );
}
