import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('notFound');
  return (
    <div className="space-y-4 py-10">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-muted">{t('body')}</p>
      <Link href="/" className="underline underline-offset-4">
        {t('back')}
      </Link>
    </div>
  );
}
