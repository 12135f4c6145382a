// The public page of an incident an editor declared: labelled "from Marsad's editors" (never mixed with
// what the probes measured), its phase, affected services with their impact, and every update, newest
// first (the declaration's text is its first update).
import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { EditorIncident as EditorIncidentValue, EditorImpact } from '@/lib/view-types';
import { EditorText, EditorTitle } from './editor-text';
import type { Locale } from '@/lib/i18n/routing';

function Impacts({ impacts, locale }: { impacts: EditorImpact[]; locale: Locale }) {
  const ts = useTranslations('status');
  if (!impacts.length) return null;
  return (
    <ul className="flex flex-wrap gap-2 text-sm">
      {impacts.map((i) => (
        <li key={i.service.id} className="rounded border border-line px-2 py-0.5" data-impact={i.impact}>
          <bdi>{i.service.name[locale]}</bdi>: {ts(i.impact)}
        </li>
      ))}
    </ul>
  );
}

/** `inDesk`: shown inside the desk, which has its own way back (and no site navigation). */
export function EditorIncident({ incident, locale, inDesk = false }: { incident: EditorIncidentValue; locale: Locale; inDesk?: boolean }) {
  const t = useTranslations('editorIncident');
  const ti = useTranslations('incident');
  const format = useFormatter();
  const time = (iso: string) => format.dateTime(new Date(iso), 'long');
  return (
    <article className="space-y-8" data-incident={incident.slug} data-origin="editor">
      <header className="space-y-3">
        {inDesk ? null : (
          <p className="text-sm">
            <Link href="/incidents" className="underline underline-offset-4">
              {t('back')}
            </Link>
          </p>
        )}
        <h1 className="text-2xl font-semibold leading-snug">
          <EditorTitle text={incident.title} locale={locale} />
        </h1>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          <span data-phase={incident.phase}>{ti(`phase.${incident.phase}`)}</span>
          <span className="rounded border border-line px-1.5" data-provenance="editor">{t('label')}</span>
          <span>{t('started', { time: time(incident.startUtc) })}</span>
          <span>{incident.resolvedUtc ? t('resolved', { time: time(incident.resolvedUtc) }) : t('ongoing')}</span>
        </p>
        <p className="text-sm text-muted">{t('labelNote')}</p>
      </header>
      {incident.impacts.length ? (
        <section aria-labelledby="affected-heading" className="space-y-2">
          <h2 id="affected-heading" className="text-xl font-semibold">{t('affected')}</h2>
          <Impacts impacts={incident.impacts} locale={locale} />
        </section>
      ) : null}
      <section aria-labelledby="updates-heading" className="space-y-4">
        <h2 id="updates-heading" className="text-xl font-semibold">{t('updates')}</h2>
        <ol className="space-y-4 border-s border-line ps-4">
          {[...incident.updates].reverse().map((u, i) => (
            <li key={`${u.atUtc}-${i}`} className="space-y-1" data-update-phase={u.phase}>
              <p className="text-sm text-muted">
                <time dateTime={u.atUtc}>{time(u.atUtc)}</time> · <strong className="text-fg">{ti(`phase.${u.phase}`)}</strong>
              </p>
              <EditorText text={u.body} locale={locale} />
              <Impacts impacts={u.impacts} locale={locale} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

/** The editors' incidents on the incidents page, newest first, each labelled. */
export function EditorIncidentList({ incidents, locale }: { incidents: EditorIncidentValue[]; locale: Locale }) {
  const t = useTranslations('editorIncident');
  const ti = useTranslations('incident');
  const format = useFormatter();
  if (!incidents.length) return null;
  return (
    <section aria-labelledby="editor-incidents-heading" className="space-y-3" data-editor-incidents="">
      <h2 id="editor-incidents-heading" className="text-xl font-semibold">{t('listTitle')}</h2>
      <p className="text-sm text-muted">{t('listNote')}</p>
      <ul className="space-y-2">
        {incidents.map((incident) => (
          <li key={incident.slug} className="rounded-lg border border-line p-3" data-origin="editor">
            <Link href={`/incidents/${incident.slug}`} className="font-medium underline underline-offset-4">
              <EditorTitle text={incident.title} locale={locale} />
            </Link>
            <p className="text-sm text-muted">
              {ti(`phase.${incident.phase}`)} · <span data-provenance="editor">{t('label')}</span> ·{' '}
              <time dateTime={incident.startUtc}>{format.dateTime(new Date(incident.startUtc), 'long')}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
