import { useLocale, useTranslations } from 'next-intl';
import type { IncidentPhaseSpan } from '@/lib/incidents/types';
import { BidiText } from './bidi-text';
import { ChartAxis, ChartBar, ChartTrack, positionOf, type ChartWindow } from './chart';
import { SourceLinks } from './source-link';
import { LocalTime } from '@/components/ui/local-time';

/** The cloud provider's own phases, each drawn as a span on the incident's time axis. */
export function PhaseSpans({ phases, window, provider }: { phases: readonly IncidentPhaseSpan[]; window: ChartWindow; provider: string }) {
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
              {phase.providerLocalTime ? (
                <p className="text-xs text-muted">
                  <BidiText text={t('phases.providerLocal', { provider })} /> <bdi dir="ltr">{phase.providerLocalTime}</bdi>
                </p>
              ) : null}
              {phase.note ? (
                <p className="text-sm text-muted">
                  <BidiText text={phase.note[locale]} />
                </p>
              ) : null}
              <p className="text-xs text-muted">
                {t('event.confidence')}: {t(`confidence.${phase.confidence}`)} · {t('event.sources')}:{' '}
                <SourceLinks urls={phase.sources} separator={t('listSeparator')} />
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
