// GET /desk/{lang}/audit: the audit log, for admins only (403 for an editor).
import { getTranslations } from 'next-intl/server';
import { auditPage } from '@/lib/desk/routes';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const lang = (await params).lang === 'en' ? 'en' : 'ar';
  const t = await getTranslations({ locale: lang, namespace: 'desk.audit' });
  return auditPage(request, lang, {
    title: t('title'), back: t('back'), forbidden: t('forbidden'), when: t('when'), who: t('who'), what: t('what'), before: t('before'), after: t('after'),
  });
}
