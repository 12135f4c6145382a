// Announced maintenance still ahead or under way: a small, quiet block on the home page and on each affected
// service's page. Each window says when (in the visitor's zone, named, with their digits: LocalTime), which
// services, in whose words, and who announced it (Marsad's editors, or the company on its own status page).
import { useLocale, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import type { MaintenanceView } from '@/lib/view-types';

function Description({ item, locale }: { item: MaintenanceView; locale: Locale }) {
  const t = useTranslations('maintenance');
  const own = item.description[locale];
  if (own) return <p dir="auto" className="whitespace-pre-line">{own}</p>;
  // The other language only: said so, and marked as that language so it lays out and reads correctly.
  const other = locale === 'ar' ? item.description.en : item.description.ar;
  if (!other) return null;
  const lang = locale === 'ar' ? 'en' : 'ar';
  // Its own paragraph in its own direction, so it lays out as that language does (not as an island in a line).
  return (
    <>
      <p className="text-muted">{t(item.source === 'company' ? 'companyWords' : 'arabicOnly')}</p>
      <p lang={lang} dir="auto" className="whitespace-pre-line">{other}</p>
    </>
  );
}

export function MaintenanceAhead({ items, headingLevel = 2, showServices = true }: { items: MaintenanceView[]; headingLevel?: 2 | 3; showServices?: boolean }) {
  const t = useTranslations('maintenance');
  const locale: Locale = useLocale() === 'en' ? 'en' : 'ar';
  if (items.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="maintenance-ahead" className="space-y-2 rounded-lg border border-line p-4 text-sm" data-maintenance-ahead={items.length}>
      <Heading id="maintenance-ahead" className="text-base font-semibold">{t('heading')}</Heading>
      <ul className="space-y-3">
        {items.map((item) => {
          const when = t.rich('window', { start: () => <LocalTime iso={item.startUtc} />, end: () => <LocalTime iso={item.endUtc} /> });
          return (
          <li key={item.id} className="space-y-1" data-maintenance={item.id} data-phase={item.phase} data-source={item.source}>
            <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="rounded border border-line px-1.5 font-medium">{t(`phase.${item.phase}`)}</span>
              {showServices
                ? item.services.map((s, i) => (
                    <span key={s.id}>
                      {/* A plain link: the block is also shown on the desk, which has no client-side i18n context. */}
                      <a href={getPathname({ href: `/services/${s.id}`, locale })} className="underline underline-offset-4">
                        {locale === 'ar' ? s.name.ar : <bdi>{s.name.en}</bdi>}
                      </a>
                      {i < item.services.length - 1 ? t('separator') : null}
                    </span>
                  ))
                : <span>{when}</span>}
            </p>
            {showServices ? <p>{when}</p> : null}
            <Description item={item} locale={locale} />
            <p className="text-muted" data-announced-by={item.source}>
              {item.source === 'company'
                ? t.rich('byCompany', {
                    company: () => <bdi>{item.company ?? ''}</bdi>,
                    page: (chunks) => (item.sourceUrl ? <a href={item.sourceUrl} rel="nofollow noopener noreferrer" className="underline underline-offset-4">{chunks}</a> : <>{chunks}</>),
                    time: () => <LocalTime iso={item.announcedUtc} />,
                  })
                : t.rich('byEditors', { time: () => <LocalTime iso={item.announcedUtc} /> })}
            </p>
          </li>
          );
        })}
      </ul>
      <p className="text-muted">{t('rule')}</p>
    </section>
  );
}
