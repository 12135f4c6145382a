import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import { orderSources, siteName, type SourceInfo, type SourceType } from '@/lib/incidents/types';

// Sources as the facts describe them (version 2): each with its type (primary, press, analysis,
// secondary, copy) and its publisher, primary first; a title or a date only where the facts give one,
// never invented; a copy says what it copies and links the original too.

/** The described sources of an incident, by address. */
export type SourceIndex = ReadonlyMap<string, SourceInfo>;

export function sourceIndex(info: readonly SourceInfo[] | undefined): SourceIndex {
  return new Map((info ?? []).map((s) => [s.url, s]));
}

/** Addresses in reading order: strongest type first (primary first), the data's order within a type. */
export function ordered(urls: readonly string[], index: SourceIndex | undefined): string[] {
  return index ? orderSources(urls, (url) => index.get(url)?.type) : [...urls];
}

/** A source's link, named by its publisher (by its site's name when the data does not describe it). */
export function SourceLink({ url, info }: { url: string; info?: SourceInfo }) {
  return (
    <a
      href={url}
      className="break-words text-accent underline underline-offset-4"
      rel="noopener noreferrer"
      data-source={url}
      data-source-type={info?.type}
    >
      <bdi dir="ltr">{info?.publisher ?? siteName(url)}</bdi>
    </a>
  );
}

/** The type of a source, as a small word beside it (never colour alone). */
export function SourceTypeLabel({ type }: { type: SourceType }) {
  const t = useTranslations('incident.sourceType');
  const strong = type === 'primary' || type === 'press';
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-1 text-xs ${strong ? 'border-accent text-accent' : 'border-line text-muted'}`}
      data-source-type-label={type}
    >
      {t(type)}
    </span>
  );
}

/** A source with its type word: "Amazon Web Services [primary]". */
function TypedLink({ url, index }: { url: string; index?: SourceIndex }) {
  const info = index?.get(url);
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1">
      <SourceLink url={url} info={info} />
      {info ? <SourceTypeLabel type={info.type} /> : null}
    </span>
  );
}

/** Several sources inline, primary first, each with its type; separated in the page's language. */
export function SourceLinks({ urls, separator, index }: { urls: readonly string[]; separator: string; index?: SourceIndex }) {
  return (
    <>
      {ordered(urls, index).map((url, i) => (
        <span key={url}>
          {i > 0 ? separator : null}
          <TypedLink url={url} index={index} />
        </span>
      ))}
    </>
  );
}

/**
 * One source in full: its type, publisher, title and date where known; for a copy, the page it copies;
 * for a page read only through copies or quotations, where its wording was read.
 */
export function SourceEntry({ url, index, compact = false }: { url: string; index?: SourceIndex; compact?: boolean }) {
  const t = useTranslations('incident.source');
  const tc = useTranslations('incident');
  const info = index?.get(url);
  const original = info?.originalUrl;
  return (
    <span className="inline-flex min-w-0 flex-wrap items-baseline gap-x-1.5 gap-y-0.5" data-source-entry={url}>
      {info ? <SourceTypeLabel type={info.type} /> : <span className="text-xs text-muted">{t('untyped')}</span>}
      <SourceLink url={url} info={info} />
      {info?.title && !compact ? (
        <cite className="not-italic" dir="auto">
          “{info.title}”
        </cite>
      ) : null}
      {info?.published && !compact ? (
        <span className="text-xs text-muted">
          {t.rich('published', { date: () => <LocalTime iso={`${info.published}T00:00:00Z`} format="date" fixed /> })}
        </span>
      ) : null}
      {info?.type === 'mirror' ? (
        <span className="text-xs text-muted" data-copy-of={original ?? ''}>
          {original ? t.rich('copyOf', { original: () => <SourceLink url={original} info={index?.get(original)} /> }) : t('copyOfUnknown')}
        </span>
      ) : null}
      {info?.quotedBy?.length && !compact ? (
        <span className="text-xs text-muted">
          {t('readIn')}{' '}
          {info.quotedBy.map((q, i) => (
            <span key={q}>
              {i > 0 ? tc('listSeparator') : null}
              <SourceLink url={q} info={index?.get(q)} />
            </span>
          ))}
        </span>
      ) : null}
    </span>
  );
}

/**
 * An event's sources as a list, primary first, each with its type and publisher (and, for a copy, its
 * original); titles, dates and where a page was read are in the incident's list of all sources.
 */
export function SourceList({ urls, index, className = '' }: { urls: readonly string[]; index?: SourceIndex; className?: string }) {
  return (
    <ul className={`space-y-1 ${className}`}>
      {ordered(urls, index).map((url) => (
        <li key={url} className="min-w-0">
          <SourceEntry url={url} index={index} compact />
        </li>
      ))}
    </ul>
  );
}
