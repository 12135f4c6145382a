import { useTranslations } from 'next-intl';
import { EventItem } from './event-item';
import type { SourceIndex } from './source-link';
import type { EventRecord, ServiceRef } from '@/lib/view-types';

/** Timed events in time order (ties keep the data's order), then those without a confirmed time. */
export function timelineOrder(events: readonly EventRecord[]): { timed: EventRecord[]; untimed: EventRecord[] } {
  const timed = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.timeUtc !== null)
    .sort((a, b) => (a.e.timeUtc! < b.e.timeUtc! ? -1 : a.e.timeUtc! > b.e.timeUtc! ? 1 : a.i - b.i))
    .map(({ e }) => e);
  return { timed, untimed: events.filter((e) => e.timeUtc === null) };
}

/** Timed events in time order; then those without a confirmed time, which the data places in the window. */
export function EventTimeline({
  events,
  services,
  provider,
  sources,
}: {
  events: readonly EventRecord[];
  services: Record<string, ServiceRef>;
  provider: string;
  sources?: SourceIndex;
}) {
  const t = useTranslations('incident.timeline');
  const { timed, untimed } = timelineOrder(events);
  return (
    <section aria-labelledby="timeline-heading" className="space-y-4">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm text-muted">{t('intro')}</p>
      {timed.length ? (
        <ol className="space-y-3" aria-label={t('timedLabel')}>
          {timed.map((e) => (
            <EventItem key={e.id} event={e} services={services} provider={provider} sources={sources} />
          ))}
        </ol>
      ) : null}
      {untimed.length ? (
        <>
          <h3 className="pt-2 text-lg font-semibold">{t('untimedHeading')}</h3>
          <p className="text-sm text-muted">{t('untimedIntro')}</p>
          <ul className="space-y-3">
            {untimed.map((e) => (
              <EventItem key={e.id} event={e} services={services} provider={provider} sources={sources} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
