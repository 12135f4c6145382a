'use client';
// Keeps the visitor on the same page in the other language, with the query (filters) and the anchor
// (`#event-…`) they are reading; the language lives in the URL only. A plain link (the other language is a
// new document: its <html lang dir> changes), to the unprefixed Arabic path so there is no redirect. The
// server renders the path alone; the browser adds the query and anchor as they are now (at start, when the
// anchor or history changes, and again as the link is used).
import { useLocale } from 'next-intl';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { getPathname, usePathname } from '@/lib/i18n/navigation';
import { switchHref } from '@/lib/i18n/switch-href';

export function LanguageSwitch({ label, switchTo }: { label: string; switchTo: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'ar' ? 'en' : 'ar';
  const path = getPathname({ href: pathname, locale: other });
  const [href, setHref] = useState(path);
  useEffect(() => {
    const update = () => setHref(switchHref(path, window.location.search, window.location.hash));
    update();
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, [path]);
  // A client-side change of the query (a filter form) fires no event: read the address as the link is used.
  const refresh = (e: SyntheticEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = switchHref(path, window.location.search, window.location.hash);
  };
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      aria-label={`${label}: ${switchTo}`}
      className="rounded border border-line px-3 py-2 text-sm hover:bg-bg"
      data-language-switch=""
      onPointerDown={refresh}
      onFocus={refresh}
      onClick={refresh}
    >
      {switchTo}
    </a>
  );
}
