import { siteName } from '@/lib/incidents/types';

/** A source as the facts give it: the link, named by its site (the facts carry no titles; none is invented). */
export function SourceLink({ url }: { url: string }) {
  return (
    <a href={url} className="break-words text-accent underline underline-offset-4" rel="noopener noreferrer" data-source={url}>
      <bdi dir="ltr">{siteName(url)}</bdi>
    </a>
  );
}

/** Several sources, separated in the page's language. */
export function SourceLinks({ urls, separator }: { urls: readonly string[]; separator: string }) {
  return (
    <>
      {urls.map((url, i) => (
        <span key={url}>
          {i > 0 ? separator : null}
          <SourceLink url={url} />
        </span>
      ))}
    </>
  );
}
