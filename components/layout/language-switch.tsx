'use client';
// Keeps the visitor on the same page in the other language; the language lives in the URL only.
import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';

export function LanguageSwitch({ label, switchTo }: { label: string; switchTo: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <Link
      href={pathname}
      locale={other}
      prefetch={false}
      hrefLang={other}
      lang={other}
      aria-label={`${label}: ${switchTo}`}
      className="rounded border border-line px-3 py-2 text-sm hover:bg-bg"
    >
      {switchTo}
    </Link>
  );
}
