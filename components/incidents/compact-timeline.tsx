import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import { isSecondaryOnly } from '@/lib/incidents/types';
import type { EventRecord, ServiceRef } from '@/lib/view-types';
import { EventStateBadge } from './event-state-badge';
import { timelineOrder } from './event-timeline';

/** Catalog short names (Latin, isolated), the compact form the glossary allows inside Arabic. */
function ShortNames({ ids, services }: { ids: readonly string[]; services: Record<string, ServiceRef> }) {
  const t = useTranslations('incident');
  if (ids.length === 0) return <>{t('event.aggregate')}</>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? t('listSeparator') : null}
          <bdi dir="ltr">{services[id]?.shortName ?? id}</bdi>
        </span>
      ))}
    </>
  );
}

/**
 * The timeline at a glance, for long incident pages: one short line per timed event (time in UTC, who,
 * state) under its UTC date, then the events without a confirmed time in one paragraph; each a link to
 * the event in full with its sources. Nothing here says more than the full entry.
 */
export function CompactTimeline({ events, services }: { events: readonly EventRecord[]; services: Record<string, ServiceRef> }) {
  const t = useTranslations('incident');
  const { timed, untimed } = timelineOrder(events);
  const days = [...new Set(timed.map((e) => e.timeUtc!.slice(0, 10)))];
  const mark = (e: EventRecord) =>
    e.claimOnly ? (
      <span className="text-xs font-semibold text-unknown">{t('event.claimed')}</span>
    ) : (
      <>
        <EventStateBadge state={e.state} />
        {isSecondaryOnly(e) ? <span className="text-xs text-unknown">({t('event.secondaryOnlyShort')})</span> : null}
      </>
    );
  return (
    <section aria-labelledby="glance-heading" className="space-y-2" data-section="timeline-compact">
      <h2 id="glance-heading" className="text-xl font-semibold">
        {t('timeline.compactHeading')}
      </h2>
      <p className="text-sm text-muted">{t('timeline.compactIntro')}</p>
      <div className="space-y-3 rounded-lg border border-line bg-surface p-3 text-sm">
        {days.map((day) => (
          <div key={day}>
            <h3 className="text-xs font-semibold text-muted">
              <LocalTime iso={`${day}T00:00:00Z`} format="date" fixed /> <bdi dir="ltr">(UTC)</bdi>
            </h3>
            <ol>
              {timed
                .filter((e) => e.timeUtc!.startsWith(day))
                .map((e) => (
                  <li key={e.id} data-compact-event={e.id}>
                    <a href={`#${e.id}`} className="flex flex-wrap items-baseline gap-x-2 py-0.5 hover:underline focus-visible:outline-2 focus-visible:outline-accent">
                      <span className="w-11 shrink-0 font-semibold tabular-nums">
                        <bdi dir="ltr" data-num="" suppressHydrationWarning>
                          {e.timeUtc!.slice(11, 16)}
                        </bdi>
                      </span>
                      <span className="font-semibold">
                        <ShortNames ids={e.serviceIds} services={services} />
                      </span>
                      {mark(e)}
                    </a>
                  </li>
                ))}
            </ol>
          </div>
        ))}
        {untimed.length ? (
          <div>
            <h3 className="text-xs font-semibold text-muted">{t('time.notConfirmed')}</h3>
            <ul className="flex flex-wrap gap-x-4 gap-y-0.5">
              {untimed.map((e) => (
                <li key={e.id} data-compact-event={e.id}>
                  <a href={`#${e.id}`} className="inline-flex flex-wrap items-baseline gap-x-1.5 hover:underline focus-visible:outline-2 focus-visible:outline-accent">
                    <span className="font-semibold">
                      <ShortNames ids={e.serviceIds} services={services} />
                    </span>
                    {mark(e)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** Links to the sections of a long incident page (each id is the section's heading). */
export function IncidentContents({ items }: { items: readonly { id: string; label: string }[] }) {
  const t = useTranslations('incident');
  return (
    <nav aria-labelledby="contents-heading" className="rounded-lg border border-line p-3 print:hidden" data-section="contents">
      <h2 id="contents-heading" className="text-sm font-semibold text-muted">
        {t('contents')}
      </h2>
      <ol className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} className="underline underline-offset-4">
              {item.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
