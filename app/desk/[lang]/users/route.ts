// GET /desk/{lang}/users: the team (admins only; an editor gets 403, no session goes to sign-in):
// every account with its role, state and open sessions; create an account (its password is shown
// once, on the answer to that form: created-page.ts), change a role, disable or enable an account.
import { getTranslations } from 'next-intl/server';
import { deskHtmlPage, escapeHtml } from '@/lib/desk/html-page';
import { deskUsers } from '@/lib/desk/team-routes';
import { formNotice, refuseUnlessAdmin, startAdminPage } from '../admin-page';

export const dynamic = 'force-dynamic';

const ERRORS = ['exists', 'last_admin', 'self', 'not_found', 'field'] as const;

export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const page = await startAdminPage(request, params, 'users');
  if (page instanceof Response) return page;
  const { lang, actor, words, format, otherHref } = page;
  const [t, td] = await Promise.all([getTranslations({ locale: lang, namespace: 'desk.users' }), getTranslations({ locale: lang, namespace: 'desk' })]);
  const refusal = refuseUnlessAdmin(page, t('title'), t('forbidden'));
  if (refusal) return refusal;
  const notice = formNotice(request, ERRORS, t);
  const users = await deskUsers();
  const hidden = `<input type="hidden" name="lang" value="${lang}">`;
  const action = (id: string, fields: string, label: string, danger = false) =>
    `<form method="post" action="/desk/api/users/${escapeHtml(id)}">${hidden}${fields}<button type="submit"${danger ? ' class="danger"' : ''}>${escapeHtml(label)}</button></form>`;
  const rows = users
    .map((u) => {
      const state = u.disabledAt ? t('disabledSince', { time: format.dateTime(u.disabledAt, 'long') }) : t('active');
      const buttons = [
        u.role === 'admin'
          ? action(u.id, '<input type="hidden" name="action" value="role"><input type="hidden" name="role" value="editor">', t('makeEditor'))
          : action(u.id, '<input type="hidden" name="action" value="role"><input type="hidden" name="role" value="admin">', t('makeAdmin')),
        u.id === actor.id
          ? ''
          : u.disabledAt
            ? action(u.id, '<input type="hidden" name="action" value="enable">', t('enable'))
            : action(u.id, '<input type="hidden" name="action" value="disable">', t('disable'), true),
      ].join('');
      return (
        `<li data-user="${escapeHtml(u.email)}" data-role="${u.role}" data-disabled="${u.disabledAt ? '1' : '0'}">` +
        `<p><bdi dir="ltr"><strong>${escapeHtml(u.email)}</strong></bdi>${u.id === actor.id ? ` (${escapeHtml(t('you'))})` : ''}</p>` +
        `<p class="muted">${escapeHtml(td(`roles.${u.role}`))} · ${escapeHtml(state)} · ${escapeHtml(t('sessions', { count: u.sessions }))}</p>` +
        `<div class="row">${buttons}</div></li>`
      );
    })
    .join('');
  const create =
    `<section class="box" aria-labelledby="create-heading"><h2 id="create-heading">${escapeHtml(t('createTitle'))}</h2>` +
    `<form method="post" action="/desk/api/users" class="grid">${hidden}` +
    `<label>${escapeHtml(t('email'))}<input type="email" name="email" required maxlength="254" dir="ltr" autocomplete="off"></label>` +
    `<label>${escapeHtml(t('name'))}<input name="name" maxlength="100" dir="auto" autocomplete="off"></label>` +
    `<label>${escapeHtml(t('role'))}<select name="role"><option value="editor">${escapeHtml(td('roles.editor'))}</option><option value="admin">${escapeHtml(td('roles.admin'))}</option></select></label>` +
    `<div><button type="submit" class="primary">${escapeHtml(t('createSubmit'))}</button></div></form></section>`;
  const body =
    `<p><a href="/desk/${lang}">${escapeHtml(td('audit.back'))}</a></p><h1>${escapeHtml(t('title'))}</h1><p class="muted">${escapeHtml(t('intro'))}</p>` +
    notice +
    `<ul class="users">${rows}</ul>` +
    create;
  return deskHtmlPage({ lang, title: t('title'), otherHref, words, signedIn: true, body });
}
