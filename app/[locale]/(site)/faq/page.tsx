import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { BidiText } from '@/components/incidents/bidi-text';
import { FaqList, type FaqEntry } from '@/components/faq/faq-list';
import { findPastIncident } from '@/lib/incidents/past';
import { asLocale, routing } from '@/lib/i18n/routing';
import { DEFAULT_INTERVAL_SEC } from '@/lib/catalog/schema';

// No database: rendered once per language at build time.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/faq'>): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'faq' });
  return { title: t('title'), description: t('intro') };
}

const OCT = 'aws-us-east-1-2025-10-20';
const APR = 'aws-ap-northeast-1-2025-04-15';
const MAY = 'aws-us-east-1-2026-05-07';

/** The article's three questions first, then the ones Arabic-speaking readers ask. */
const QUESTIONS = [
  { id: 'aws-and-crypto', fromArticle: true, more: `/incidents/${OCT}` },
  { id: 'paradox', fromArticle: true, more: `/incidents/${OCT}` },
  { id: 'solution', fromArticle: true, more: '/about' },
  { id: 'l1-l2', fromArticle: false, more: '/' },
  { id: 'exchange-not-bitcoin', fromArticle: false, more: `/incidents/${MAY}` },
  { id: 'decentralised', fromArticle: false, more: '/about' },
  { id: 'coins-safe', fromArticle: false, more: `/incidents/${APR}` },
  { id: 'how-marsad-knows', fromArticle: false, more: '/about' },
  { id: 'up-but-zero', fromArticle: false, more: `/incidents/${OCT}` },
  { id: 'not-first-time', fromArticle: false, more: '/incidents' },
] as const;

function moreKey(href: string): 'incident' | 'about' | 'incidents' | 'home' {
  return href.startsWith('/incidents/') ? 'incident' : href === '/about' ? 'about' : href === '/incidents' ? 'incidents' : 'home';
}

export default async function FaqPage({ params }: PageProps<'/[locale]/faq'>) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, format] = await Promise.all([getTranslations('faq'), getFormatter()]);
  const oct = findPastIncident(OCT)!;
  const apr = findPastIncident(APR)!;
  const may = findPastIncident(MAY)!;
  const date = (iso: string) => format.dateTime(new Date(iso), 'date');
  const time = (iso: string) => format.dateTime(new Date(iso), 'time');
  const args = {
    octDate: date(oct.startUtc),
    octStart: time(oct.startUtc),
    octEnd: time(oct.endUtc!),
    aprDate: date(apr.startUtc),
    mayDate: date(may.startUtc),
    ethDate: format.dateTime(new Date('2022-08-15T00:00:00Z'), 'date'),
    interval: t('seconds', { count: DEFAULT_INTERVAL_SEC, formatted: format.number(DEFAULT_INTERVAL_SEC, 'integer') }),
    claimShare: format.number(0.37, 'percent'),
  };
  const entries: FaqEntry[] = QUESTIONS.map((q) => ({
    id: q.id,
    fromArticle: q.fromArticle,
    question: t(`items.${q.id}.q`),
    answer: t(`items.${q.id}.a`, args),
    more: { href: q.more, label: t(`more.${moreKey(q.more)}`) },
  }));
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      '@id': `#${e.id}`,
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: e.answer.replace(/\n\s*\n/g, ' ') },
    })),
  };
  return (
    <div className="space-y-6">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted">{t('intro')}</p>
        <p className="text-sm text-muted" data-credit="">
          <BidiText text={t('credit')} />
        </p>
      </div>
      <nav aria-labelledby="faq-toc" className="print:hidden">
        <h2 id="faq-toc" className="text-sm font-semibold text-muted">
          {t('contents')}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 ps-5 text-sm">
          {entries.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`} className="underline-offset-4 hover:underline">
                <BidiText text={e.question} />
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <FaqList entries={entries} />
    </div>
  );
}
