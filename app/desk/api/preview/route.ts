// POST /desk/api/preview: an editor's text as it will be published, in both directions; writes nothing.
import { getTranslations } from 'next-intl/server';
import { preview } from '@/lib/desk/routes';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return preview(request, async (lang) => {
    const t = await getTranslations({ locale: lang, namespace: 'desk.preview' });
    return { title: t('title'), note: t('note'), arabic: t('arabic'), english: t('english'), arabicOnly: t('arabicOnly') };
  });
}
