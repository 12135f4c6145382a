import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { FilterProblems, IncidentFilterForm, ResultCount } from '@/components/incidents/incident-filter';
import { IncidentList } from '@/components/incidents/incident-list';
import { Link, getPathname } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/routing';
import { listIncidents } from '@/lib/read-models/incidents';
import { listEditorIncidents } from '@/lib/read-models/editor-incidents';
import { EditorIncidentList } from '@/components/incidents/editor-incident';

// Reads the database (past incidents seeded at start, detected ones as they come): per request.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/incidents'>): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'incidents' });
  return { title: t('title'), description: t('intro') };
}

export default async function IncidentsPage({ params, searchParams }: PageProps<'/[locale]/incidents'>) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, format, list, editors] = await Promise.all([getTranslations('incidents'), getFormatter(), listIncidents(await searchParams), listEditorIncidents()]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted">{t('intro')}</p>
      </div>
      <EditorIncidentList incidents={editors} locale={locale} />
      <IncidentFilterForm list={list} action={getPathname({ href: '/incidents', locale })} />
      <FilterProblems list={list} />
      <ResultCount count={list.items.length} formatted={format.number(list.items.length, 'integer')} />
      {list.items.length ? (
        <IncidentList items={list.items} />
      ) : (
        <div className="rounded-lg border border-line bg-surface p-4" data-empty="">
          <p>{t('empty')}</p>
          <Link href="/incidents" className="underline underline-offset-4">
            {t('filter.clear')}
          </Link>
        </div>
      )}
      <p className="text-sm text-muted">
        {t.rich('api', {
          link: (chunks) => (
            <a href="/api/incidents" className="underline underline-offset-4">
              {chunks}
            </a>
          ),
        })}
      </p>
    </div>
  );
}
