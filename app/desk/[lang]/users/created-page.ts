// The answer to the "new account" form: the generated password, shown this once (never in a URL, never
// stored in clear), private and no-store like every desk answer.
import { getTranslations } from 'next-intl/server';
import type { CreatedAccount } from '@/lib/desk/team-routes';
import type { Actor } from '@/lib/desk/incidents';
import { deskHtmlPage, escapeHtml } from '@/lib/desk/html-page';
import type { Locale } from '@/lib/i18n/routing';
import { frameWords } from '../frame-words';

export async function createdAccountPage(lang: Locale, actor: Actor, account: CreatedAccount): Promise<Response> {
  const [t, td, words] = await Promise.all([getTranslations({ locale: lang, namespace: 'desk.users' }), getTranslations({ locale: lang, namespace: 'desk' }), frameWords(lang, actor)]);
  const body =
    `<h1>${escapeHtml(t('createdTitle'))}</h1>` +
    `<p role="status" class="alert">${escapeHtml(t('createdNote'))}</p>` +
    `<p>${escapeHtml(t('account'))}: <bdi dir="ltr"><strong data-created-email="">${escapeHtml(account.email)}</strong></bdi> (${escapeHtml(td(`roles.${account.role}`))})</p>` +
    `<p>${escapeHtml(t('password'))}:</p><p class="secret" dir="ltr" data-created-password="">${escapeHtml(account.password)}</p>` +
    `<p><a href="/desk/${lang}/users">${escapeHtml(t('backToUsers'))}</a></p>`;
  // The language switch goes to the team page: this answer cannot be shown again.
  return deskHtmlPage({ lang, status: 201, title: t('createdTitle'), otherHref: `/desk/${lang === 'ar' ? 'en' : 'ar'}/users`, words, signedIn: true, body });
}
