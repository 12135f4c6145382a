import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { IncidentPhaseSpan } from '@/lib/incidents/types';
import { BidiText } from './bidi-text';
import { ChartAxis, ChartBar, ChartTrack, positionOf, type ChartWindow } from './chart';
import { SourceLinks, type SourceIndex } from './source-link';
import { LocalTime } from '@/components/ui/local-time';
import { CALENDAR, NUMBERING_SYSTEM } from '@/lib/i18n/formats';

/** The cloud provider's own phases, each drawn as a span on the incident's time axis. */
export function PhaseSpans({
  phases,
  window,
  provider,
  sources,
}: {
  phases: readonly IncidentPhaseSpan[];
  window: ChartWindow;
  provider: string;
  sources?: SourceIndex;
}) {
  const t = useTranslations('incident');
  const locale = useLocale();
  if (phases.length === 0) return null;
  return (
    <section aria-labelledby="phases-heading" className="space-y-3" data-section="phases">
      <h2 id="phases-heading" className="text-xl font-semibold">
        <BidiText text={t('phases.heading', { provider })} />
      </h2>
      <p className="text-sm text-muted">{t('phases.intro')}</p>
      <ChartAxis window={window} label={t('chart.axis')} />
      <ol className="space-y-4">
        {phases.map((phase, i) => {
          const end = phase.endUtc ? positionOf(phase.endUtc, window) : null;
          const start = phase.startUtc ? positionOf(phase.startUtc, window) : null;
          const beyond = phase.endUtc !== null && phase.endUtc > window.endUtc;
          return (
            <li key={i} className="space-y-1 print:break-inside-avoid" data-phase={i}>
              <p className="font-semibold">
                <BidiText text={phase.label[locale]} />
              </p>
              <PhaseTimes phase={phase} />
              {beyond ? <p className="text-xs text-muted">{t('phases.beyondChart')}</p> : null}
              <ChartTrack>
                {start !== null && end !== null ? <ChartBar from={start} to={end} className="bg-accent" /> : null}
                {start === null && end !== null ? <ChartBar from={Math.max(0, end - 0.8)} to={end} className={beyond ? 'bg-accent opacity-40' : 'bg-accent'} /> : null}
                {start !== null && end === null ? <ChartBar from={start} to={100} className="bg-accent opacity-50" /> : null}
              </ChartTrack>
              <ProviderLocalTimes phase={phase} provider={provider} />
              {phase.note ? (
                <p className="text-sm text-muted">
                  <BidiText text={phase.note[locale]} />
                </p>
              ) : null}
              <p className="text-xs text-muted">
                {t('event.confidence')}: {t(`confidence.${phase.confidence}`)} · {t('event.sources')}:{' '}
                <SourceLinks urls={phase.sources} separator={t('listSeparator')} index={sources} />
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The span in UTC on one line, and in the visitor's zone on the next (compact enough for a phone). */
function PhaseTimes({ phase }: { phase: IncidentPhaseSpan }) {
  const t = useTranslations('incident');
  const line = (fixed: boolean) => {
    const at = (iso: string) => () => <LocalTime iso={iso} fixed={fixed} />;
    if (phase.startUtc && phase.endUtc) return t.rich('phases.span', { start: at(phase.startUtc), end: at(phase.endUtc) });
    if (phase.endUtc) return t.rich('phases.endOnly', { end: at(phase.endUtc) });
    return t.rich('phases.startOnly', { start: at(phase.startUtc!) });
  };
  return (
    <>
      <p className="text-sm font-semibold">{line(true)}</p>
      <p className="text-xs text-muted">
        {t('time.yourTimeLabel')} {line(false)}
      </p>
    </>
  );
}

/**
 * The phase's times in the provider's own zone (AWS gave Pacific time), written by the formatters in the
 * page's language with the zone named: never the sources' English wording inside Arabic text.
 */
function ProviderLocalTimes({ phase, provider }: { phase: IncidentPhaseSpan; provider: string }) {
  const t = useTranslations('incident');
  const locale = useLocale();
  const format = useFormatter();
  const zone = phase.providerTimeZone;
  const at = phase.endUtc ?? phase.startUtc;
  if (!zone || !at) return null;
  const options = { timeZone: zone, calendar: CALENDAR, numberingSystem: NUMBERING_SYSTEM, day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  const zoneName =
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' }).formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value ?? zone;
  // data-num on the element that holds the text itself: the preferences script rewrites its text whole.
  const local = (iso: string) => () => (
    <bdi className="whitespace-nowrap" data-num="" suppressHydrationWarning>
      {format.dateTime(new Date(iso), options)}
    </bdi>
  );
  const span =
    phase.startUtc && phase.endUtc
      ? t.rich('phases.span', { start: local(phase.startUtc), end: local(phase.endUtc) })
      : phase.endUtc
        ? t.rich('phases.endOnly', { end: local(phase.endUtc) })
        : t.rich('phases.startOnly', { start: local(phase.startUtc!) });
  return (
    <p className="text-xs text-muted" data-provider-local={zone}>
      <BidiText text={t('phases.providerLocalZone', { provider, zone: zoneName })} /> {span}
    </p>
  );
}
