// The home page's one sentence: what is happening now (see summarize.ts for how it is decided). Rendered by
// the server, and in the browser after a poll (live-banner.tsx).
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { STATUS_BORDER_CLASS, StatusIcon } from './status-icon';
import { summarizeNow, type Headline } from './summarize';
import type { LiveStatus, ServiceSnapshot } from './live-types';

/** Rich-text chunks as one string, so the digits script and React both see a single text child. */
function text(chunks: ReactNode): string {
  return Array.isArray(chunks) ? chunks.join('') : String(chunks ?? '');
}

export function Banner({ status }: { status: LiveStatus }) {
  const headline = summarizeNow(status);
  const t = useTranslations('status.banner');
  const format = useFormatter();
  const locale = useLocale();

  const list = (items: ReactNode[]) => format.list(items as never[], { type: 'conjunction' }) as unknown as ReactNode;
  const names = (services: ServiceSnapshot[], short = false) =>
    list(services.map((s) => <bdi key={s.id}>{short ? s.shortName : s.name[locale === 'ar' ? 'ar' : 'en']}</bdi>));
  const n = (chunks: ReactNode) => (
    <span data-num="" suppressHydrationWarning>
      {text(chunks)}
    </span>
  );

  function l1Clause(h: Extract<Headline, { l1: unknown }>): ReactNode {
    if (h.l1 === 'stalled') return t.rich('l1Stalled', { names: () => names(h.stalled) });
    return h.l1 === 'producing' ? t('l1Producing') : t('l1Unknown');
  }
  function total(count: number): ReactNode {
    return t.rich('total', { count, formatted: format.number(count, 'integer'), n });
  }
  function hitClause(count: number, measured: number): ReactNode {
    return t.rich('hit', { count, formatted: format.number(count, 'integer'), n, total: () => total(measured) });
  }

  let sentence: ReactNode;
  const tone = headline.kind === 'noData' || headline.kind === 'vantageImpaired' || headline.kind === 'unmeasured' ? 'unknown' : headline.tone;
  switch (headline.kind) {
    case 'noData':
    case 'vantageImpaired':
    case 'unmeasured':
      sentence = t(headline.kind);
      break;
    case 'allWorking':
      sentence = t.rich('allWorking', { total: () => total(headline.measured), l1: () => l1Clause(headline) });
      break;
    case 'servicesHit':
      sentence = t.rich('servicesHit', { hit: () => hitClause(headline.hit, headline.measured), l1: () => l1Clause(headline) });
      break;
    case 'cloudIncident':
      sentence = t.rich('cloudIncident', {
        cloudCount: headline.clouds.length,
        clouds: () => names(headline.clouds, true),
        where: () => (headline.regions.length ? t.rich('where', { regions: () => list(headline.regions.map((r) => <bdi key={r} className="whitespace-nowrap">{r}</bdi>)) }) : null),
        hit: () => hitClause(headline.hit, headline.measured),
        l1: () => l1Clause(headline),
      });
      break;
  }
  return (
    <div className={`flex items-start gap-3 rounded-lg border border-s-4 border-line bg-surface p-4 ${STATUS_BORDER_CLASS[tone]}`} data-banner={headline.kind} data-tone={tone}>
      <StatusIcon status={tone} className="mt-1" />
      <p className="text-base font-semibold sm:text-lg">{sentence}</p>
    </div>
  );
}
