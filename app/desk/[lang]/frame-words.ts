// The words of the desk's HTML admin pages' frame (lib/desk/html-page.ts), in the page's language.
import { getTranslations } from 'next-intl/server';
import type { FrameWords } from '@/lib/desk/html-page';
import type { Actor } from '@/lib/desk/incidents';
import type { Locale } from '@/lib/i18n/routing';

export async function frameWords(lang: Locale, actor: Actor): Promise<FrameWords> {
  const t = await getTranslations({ locale: lang, namespace: 'desk' });
  return {
    deskTitle: t('title'),
    skip: t('skip'),
    otherLanguage: t('otherLanguage'),
    signOut: t('home.signOut'),
    signOutEverywhere: t('home.signOutEverywhere'),
    signedInAs: t('home.signedInAs', { email: actor.email, role: t(`roles.${actor.role}`) }),
  };
}
