// GET /desk/{lang}/webhooks: webhook endpoints (editors and admins; no session goes to sign-in): each
// with its URL and state (never a secret nor its owner's address), disable or enable it, and register
// one (its secret is shown once, on the answer to that form: added-page.ts). The same endpoints as
// `npm run webhooks` and the public, email-confirmed form.
import { getTranslations } from 'next-intl/server';
import { deskHtmlPage, escapeHtml } from '@/lib/desk/html-page';
import { deskWebhooks } from '@/lib/desk/webhook-routes';
import { formNotice, startAdminPage } from '../admin-page';

export const dynamic = 'force-dynamic';

const ERRORS = ['exists', 'target', 'not_found', 'field'] as const;

export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const page = await startAdminPage(request, params, 'webhooks');
  if (page instanceof Response) return page;
  const { lang, words, format, otherHref } = page;
  const [t, td] = await Promise.all([getTranslations({ locale: lang, namespace: 'desk.webhooks' }), getTranslations({ locale: lang, namespace: 'desk' })]);
  const notice = formNotice(request, ERRORS, t);
  const hidden = `<input type="hidden" name="lang" value="${lang}">`;
  const action = (id: string, value: 'disable' | 'enable') =>
    `<form method="post" action="/desk/api/webhooks/${escapeHtml(id)}">${hidden}<input type="hidden" name="action" value="${value}"><button type="submit"${value === 'disable' ? ' class="danger"' : ''}>${escapeHtml(t(value))}</button></form>`;
  const endpoints = await deskWebhooks();
  const rows = endpoints
    .map((e) => {
      const state = e.enabled
        ? e.failingSince
          ? t('failingSince', { time: format.dateTime(e.failingSince, 'long') })
          : t('enabled')
        : t(`disabled.${e.disabledReason ?? 'operator'}`);
      return (
        `<li data-webhook="${escapeHtml(e.id)}" data-enabled="${e.enabled ? '1' : '0'}">` +
        `<p><bdi dir="ltr"><strong>${escapeHtml(e.id)}</strong></bdi> · <bdi dir="ltr">${escapeHtml(e.url)}</bdi></p>` +
        `<p class="muted">${escapeHtml(state)} · ${escapeHtml(t('secrets', { count: e.secrets }))}</p>` +
        `<div class="row">${action(e.id, e.enabled ? 'disable' : 'enable')}</div></li>`
      );
    })
    .join('');
  const add =
    `<section class="box" aria-labelledby="add-heading"><h2 id="add-heading">${escapeHtml(t('addTitle'))}</h2>` +
    `<form method="post" action="/desk/api/webhooks" class="grid">${hidden}` +
    `<label>${escapeHtml(t('id'))}<input name="id" required maxlength="63" pattern="[a-z0-9][a-z0-9\\-]{0,62}" dir="ltr" autocomplete="off"></label>` +
    `<label>${escapeHtml(t('url'))}<input type="url" name="url" required maxlength="2000" dir="ltr" autocomplete="off"></label>` +
    `<p class="muted">${escapeHtml(t('addNote'))}</p>` +
    `<div><button type="submit" class="primary">${escapeHtml(t('addSubmit'))}</button></div></form></section>`;
  const body =
    `<p><a href="/desk/${lang}">${escapeHtml(td('audit.back'))}</a></p><h1>${escapeHtml(t('title'))}</h1><p class="muted">${escapeHtml(t('intro'))}</p>` +
    notice +
    (endpoints.length ? `<ul class="users">${rows}</ul>` : `<p>${escapeHtml(t('none'))}</p>`) +
    add;
  return deskHtmlPage({ lang, title: t('title'), otherHref, words, signedIn: true, body });
}
