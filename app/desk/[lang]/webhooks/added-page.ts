// The answer to the "register an endpoint" form: the generated secret, shown this once (never in a URL,
// never stored in the audit log), private and no-store like every desk answer.
import { getTranslations } from 'next-intl/server';
import type { AddedWebhook } from '@/lib/desk/webhook-routes';
import type { Actor } from '@/lib/desk/incidents';
import { deskHtmlPage, escapeHtml } from '@/lib/desk/html-page';
import type { Locale } from '@/lib/i18n/routing';
import { frameWords } from '../frame-words';

export async function addedWebhookPage(lang: Locale, actor: Actor, added: AddedWebhook): Promise<Response> {
  const [t, words] = await Promise.all([getTranslations({ locale: lang, namespace: 'desk.webhooks' }), frameWords(lang, actor)]);
  const body =
    `<h1>${escapeHtml(t('addedTitle'))}</h1>` +
    `<p role="status" class="alert">${escapeHtml(t('addedNote'))}</p>` +
    `<p>${escapeHtml(t('id'))}: <bdi dir="ltr"><strong data-added-id="">${escapeHtml(added.id)}</strong></bdi></p>` +
    `<p>${escapeHtml(t('url'))}: <bdi dir="ltr">${escapeHtml(added.url)}</bdi></p>` +
    `<p>${escapeHtml(t('secret'))}:</p><p class="secret" dir="ltr" data-added-secret="">${escapeHtml(added.secret)}</p>` +
    `<p><a href="/desk/${lang}/webhooks">${escapeHtml(t('back'))}</a></p>`;
  // The language switch goes to the list: this answer cannot be shown again.
  return deskHtmlPage({ lang, status: 201, title: t('addedTitle'), otherHref: `/desk/${lang === 'ar' ? 'en' : 'ar'}/webhooks`, words, signedIn: true, body });
}
