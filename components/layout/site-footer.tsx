import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export function SiteFooter() {
  const t = useTranslations('layout');
  const exposure = useTranslations('exposure');
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-muted">
        <p>{t('footer.about')}</p>
        <p>
          <Link href="/open-data" prefetch={false} className="underline underline-offset-4">
            {t('footer.data')}
          </Link>
        </p>
        <p>
          <Link href="/exposure" prefetch={false} className="underline underline-offset-4">
            {exposure('footerLink')}
          </Link>
        </p>
      </div>
    </footer>
  );
}
