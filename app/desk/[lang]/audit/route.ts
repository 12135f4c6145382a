// GET /desk/{lang}/audit[?page=N]: the audit log for admins, newest first, 50 entries a page, each
// with who, when, what and a readable diff (before → after). Without a session: to the sign-in page;
// an editor: 403. Written as HTML (lib/desk/html-page.ts) so the refusal is a real 403.
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { AuditChange } from '@/lib/desk/audit';
import { auditPageOf } from '@/lib/desk/team-routes';
import { deskError } from '@/lib/desk/http';
import { deskHtmlPage, escapeHtml } from '@/lib/desk/html-page';
import { refuseUnlessAdmin, startAdminPage } from '../admin-page';

export const dynamic = 'force-dynamic';

const pageParam = z.coerce.number().int().min(1).max(100000).default(1);

export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const start = await startAdminPage(request, params, 'audit');
  if (start instanceof Response) return start;
  const { lang, words, format, otherHref } = start;
  const t = await getTranslations({ locale: lang, namespace: 'desk.audit' });
  const refusal = refuseUnlessAdmin(start, t('title'), t('forbidden'));
  if (refusal) return refusal;
  const pageRaw = new URL(request.url).searchParams.get('page');
  const parsed = pageParam.safeParse(pageRaw ?? undefined);
  if (!parsed.success) return deskError(400, 'invalid_input', 'page: a whole number from 1', 'page');
  const page = parsed.data;
  const { entries, hasOlder } = await auditPageOf(page);

  const value = (v: unknown) =>
    v === undefined || v === null || v === '' ? `<span class="muted">${escapeHtml(t('empty'))}</span>` : typeof v === 'string' ? `<pre dir="auto">${escapeHtml(v)}</pre>` : `<code dir="ltr">${escapeHtml(JSON.stringify(v))}</code>`;
  const diff = (changes: AuditChange[]) =>
    changes.length
      ? `<table class="diff"><thead><tr><th scope="col">${escapeHtml(t('change'))}</th><th scope="col">${escapeHtml(t('before'))}</th><th scope="col">${escapeHtml(t('after'))}</th></tr></thead><tbody>` +
        changes
          .map(
            (c) =>
              `<tr><td><code dir="ltr">${escapeHtml(c.field)}</code></td>` +
              `<td class="was"><span class="label">${escapeHtml(t('before'))}</span>${value(c.before)}</td>` +
              `<td class="now"><span class="label">${escapeHtml(t('after'))}</span>${value(c.after)}</td></tr>`,
          )
          .join('') +
        '</tbody></table>'
      : `<p class="muted">${escapeHtml(t('unchanged'))}</p>`;
  const actionKey = (action: string) => `actions.${action.replace(/\./g, '_')}`;
  const items = entries
    .map((e) => {
      const who = e.actorEmail ? `<bdi dir="ltr">${escapeHtml(e.actorEmail)}</bdi>` : escapeHtml(e.actorId ? t('unknownActor') : t('command'));
      const label = t.has(actionKey(e.action) as never) ? t(actionKey(e.action) as never) : e.action;
      const target = e.targetEmail ?? e.target;
      return (
        `<li data-audit-id="${e.id}" data-action="${escapeHtml(e.action)}">` +
        `<p><strong>${escapeHtml(label)}</strong> · <bdi dir="ltr" class="mono">${escapeHtml(target)}</bdi></p>` +
        `<p class="muted"><time datetime="${e.at.toISOString()}">${escapeHtml(format.dateTime(e.at, 'long'))}</time> · ${escapeHtml(t('who'))}: ${who}</p>` +
        diff(e.changes) +
        '</li>'
      );
    })
    .join('');
  const pager =
    page > 1 || hasOlder
      ? `<nav class="pager" aria-label="${escapeHtml(t('page', { page }))}">` +
        (page > 1 ? `<a href="/desk/${lang}/audit${page > 2 ? `?page=${page - 1}` : ''}" rel="prev">${escapeHtml(t('newer'))}</a>` : '<span></span>') +
        `<span class="muted">${escapeHtml(t('page', { page }))}</span>` +
        (hasOlder ? `<a href="/desk/${lang}/audit?page=${page + 1}" rel="next">${escapeHtml(t('older'))}</a>` : '<span></span>') +
        '</nav>'
      : '';
  const body =
    `<p><a href="/desk/${lang}">${escapeHtml(t('back'))}</a></p><h1>${escapeHtml(t('title'))}</h1><p class="muted">${escapeHtml(t('intro'))}</p>` +
    (entries.length ? `<ol class="entries">${items}</ol>` : `<p>${escapeHtml(t('none'))}</p>`) +
    pager;
  return deskHtmlPage({ lang, title: t('title'), otherHref: page > 1 ? `${otherHref}?page=${page}` : otherHref, words, signedIn: true, body });
}
