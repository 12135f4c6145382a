// The incidents Marsad has detected and not yet seen end: listed first on the home page, each linking to
// its page. Nothing when there are none. Rendered by the server, and in the browser after a poll
// (live-active-incidents.tsx: GET /api/status carries them).
import { useLocale, useTranslations } from 'next-intl';
import { BidiText } from '@/components/incidents/bidi-text';
import { LocalTime } from '@/components/ui/local-time';
import { Link } from '@/lib/i18n/navigation';
import type { LiveStatus } from './live-types';

export function ActiveIncidents({ status }: { status: LiveStatus }) {
  const t = useTranslations('home.active');
  const locale = useLocale() === 'en' ? 'en' : 'ar';
  const items = status.activeIncidents ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="active-incidents-heading" className="space-y-2 rounded-lg border-2 border-major p-4" data-active-incidents={items.length}>
      <h2 id="active-incidents-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <ul className="space-y-2">
        {items.map((item) => (
          <li key={item.slug} className="flex flex-wrap items-baseline gap-x-3 gap-y-1" data-active-incident={item.slug}>
            <Link href={`/incidents/${item.slug}`} className="font-semibold underline underline-offset-4">
              <BidiText text={item.title[locale]} />
            </Link>
            {item.kind === 'cloud-event' ? <span className="rounded border border-line px-1.5 text-sm">{t('cloudEvent')}</span> : null}
            {item.dismissed ? (
              <span className="rounded border border-line px-1.5 text-sm" data-provenance="editor" data-review-mark="dismissed">
                {t('dismissed')}
              </span>
            ) : null}
            {item.kind === 'editor' ? (
              <span className="rounded border border-line px-1.5 text-sm" data-provenance="editor">
                {t('editor')}
              </span>
            ) : null}
            <span className="text-sm text-muted">{t.rich('since', { time: () => <LocalTime iso={item.startUtc} /> })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
