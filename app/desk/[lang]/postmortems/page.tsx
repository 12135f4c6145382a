// /desk/{lang}/postmortems: the incidents a postmortem can be written for (the editors' own, and those
// Marsad detected or rebuilt), each with its postmortem's state: none, draft, or published and when.
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskShell } from '@/components/desk/desk-shell';
import { deskLang, deskPageActor } from '@/lib/desk/pages';
import { allPostmortems } from '@/lib/desk/team-routes';
import { listEditorIncidents } from '@/lib/read-models/editor-incidents';
import { listIncidents } from '@/lib/read-models/incidents';

export const dynamic = 'force-dynamic';

const SHOWN = 40;

export default async function DeskPostmortems({ params }: { params: Promise<{ lang: string }> }) {
  const lang = deskLang((await params).lang);
  setRequestLocale(lang);
  const actor = await deskPageActor(lang);
  const [t, format, editors, others, postmortems] = await Promise.all([
    getTranslations('desk.postmortems'),
    getFormatter(),
    listEditorIncidents(SHOWN),
    listIncidents({}),
    allPostmortems(),
  ]);
  const stateOf = (slug: string) => postmortems.find((p) => p.incidentSlug === slug) ?? null;
  const list = (items: { slug: string; title: string; startUtc: string }[]) =>
    items.length ? (
      <ul className="space-y-2">
        {items.map((item) => {
          const pm = stateOf(item.slug);
          return (
            <li key={item.slug} className="rounded border border-line p-3" data-incident={item.slug} data-postmortem-state={pm ? (pm.publishedAt ? 'published' : 'draft') : 'none'}>
              <a href={`/desk/${lang}/postmortems/${item.slug}`} className="font-medium underline underline-offset-4">
                <bdi dir="auto">{item.title}</bdi>
              </a>
              <p className="text-sm text-muted">
                <time dateTime={item.startUtc}>{format.dateTime(new Date(item.startUtc), 'long')}</time> ·{' '}
                {pm ? (pm.publishedAt ? t('publishedOn', { time: format.dateTime(pm.publishedAt, 'long') }) : t('draft')) : t('write')}
              </p>
            </li>
          );
        })}
      </ul>
    ) : (
      <p>{t('none')}</p>
    );
  return (
    <DeskShell lang={lang} otherHref={`/desk/${lang === 'ar' ? 'en' : 'ar'}/postmortems`} user={actor}>
      <p className="text-sm">
        <a href={`/desk/${lang}`} className="underline underline-offset-4">{(await getTranslations('desk.audit'))('back')}</a>
      </p>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-sm text-muted">{t('intro')}</p>
      <section aria-labelledby="pm-editor" className="space-y-3">
        <h2 id="pm-editor" className="text-xl font-semibold">{t('editorIncidents')}</h2>
        {list(editors.map((e) => ({ slug: e.slug, title: e.title[lang] ?? e.title.ar, startUtc: e.startUtc })))}
      </section>
      <section aria-labelledby="pm-other" className="space-y-3">
        <h2 id="pm-other" className="text-xl font-semibold">{t('otherIncidents')}</h2>
        {list(others.items.slice(0, SHOWN).map((i) => ({ slug: i.slug, title: i.title[lang], startUtc: i.startUtc })))}
      </section>
    </DeskShell>
  );
}
