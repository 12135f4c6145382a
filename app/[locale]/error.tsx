'use client';
// Shown instead of a stack trace when a page fails; the details go to the server log only.
import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('error');
  return (
    <div className="space-y-4 py-10" role="alert">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-muted">{t('body')}</p>
      <button type="button" onClick={reset} className="rounded border border-line px-3 py-2">
        {t('retry')}
      </button>
    </div>
  );
}
