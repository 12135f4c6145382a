// The last few incidents that have ended, under the services on the home page: each its title (a link to
// its page) and its date, then a link to them all. Open incidents are not here: they are at the top.
import { useLocale, useTranslations } from 'next-intl';
import { BidiText } from '@/components/incidents/bidi-text';
import { LocalTime } from '@/components/ui/local-time';
import { Link } from '@/lib/i18n/navigation';
import type { IncidentListItem } from '@/lib/view-types';

/** How many ended incidents the home page lists. */
export const RECENT_INCIDENTS = 3;

/** The newest incidents that are over (a past one, or a detected one that has ended), newest first. */
export function recentIncidents(items: readonly IncidentListItem[], count = RECENT_INCIDENTS): IncidentListItem[] {
  return items
    .filter((i) => i.origin === 'past' || i.endUtc !== null)
    .sort((a, b) => b.startUtc.localeCompare(a.startUtc))
    .slice(0, count);
}

export function RecentIncidents({ items }: { items: readonly IncidentListItem[] }) {
  const t = useTranslations('home.recent');
  const locale = useLocale() === 'en' ? 'en' : 'ar';
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="recent-incidents-heading" className="space-y-2" data-recent-incidents={items.length}>
      <h2 id="recent-incidents-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
        {items.map((item) => (
          <li key={item.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3" data-recent-incident={item.slug}>
            <Link href={`/incidents/${item.slug}`} prefetch={false} className="font-semibold underline-offset-4 hover:underline">
              <BidiText text={item.title[locale]} />
            </Link>
            <span className="text-sm text-muted">
              <LocalTime iso={item.startUtc} format="date" />
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        <Link href="/incidents" prefetch={false} className="underline underline-offset-4">
          {t('all')}
        </Link>
      </p>
    </section>
  );
}
