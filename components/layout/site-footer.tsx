import { useTranslations } from 'next-intl';

export function SiteFooter() {
  const t = useTranslations('layout');
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-muted">
        <p>{t('footer.about')}</p>
        <p>
          <a href="/api/status" className="underline underline-offset-4">
            {t('footer.data')}
          </a>
        </p>
      </div>
    </footer>
  );
}
