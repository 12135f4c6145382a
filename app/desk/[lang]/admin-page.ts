// What every HTML admin page of the desk starts with (lib/desk/html-page.ts writes the page): its language
// from the URL, the signed-in account (without one, the page answers with the way to the sign-in page),
// the frame's words, a formatter in the page's language and the link to the same page in the other
// language; then the 403 an editor gets from an admin-only page, and the line a form's answer leaves.
import { getFormatter } from 'next-intl/server';
import { deskHtmlPage, escapeHtml, type FrameWords } from '@/lib/desk/html-page';
import { seeOther, sessionActor } from '@/lib/desk/http';
import type { Actor } from '@/lib/desk/incidents';
import { routing, type Locale } from '@/lib/i18n/routing';
import { frameWords } from './frame-words';

export interface AdminPage {
  lang: Locale;
  actor: Actor;
  words: FrameWords;
  format: Awaited<ReturnType<typeof getFormatter>>;
  /** The same page in the other language. */
  otherHref: string;
}

/** `page`: the path after /desk/{lang}/. A Response (to the sign-in page) when no one is signed in. */
export async function startAdminPage(request: Request, params: Promise<{ lang: string }>, page: string): Promise<AdminPage | Response> {
  const raw = (await params).lang;
  const lang: Locale = routing.locales.find((l) => l === raw) ?? routing.defaultLocale;
  const actor = await sessionActor(request.headers);
  if (!actor) return seeOther(`/desk/${lang}/sign-in`);
  const [words, format] = await Promise.all([frameWords(lang, actor), getFormatter({ locale: lang })]);
  return { lang, actor, words, format, otherHref: `/desk/${lang === 'ar' ? 'en' : 'ar'}/${page}` };
}

/** The 403 an editor gets from an admin-only page, or null for an admin. */
export function refuseUnlessAdmin(page: AdminPage, title: string, forbidden: string): Response | null {
  if (page.actor.role === 'admin') return null;
  const body = `<h1>${escapeHtml(title)}</h1><p role="alert" class="alert bad">${escapeHtml(forbidden)}</p>`;
  return deskHtmlPage({ lang: page.lang, status: 403, title, otherHref: page.otherHref, words: page.words, signedIn: true, body });
}

/**
 * The line a form's answer leaves on the page it goes back to: `?error=<code>` (one of `errors`, with
 * `&field=` for a field's error) or `?done=1`; nothing for anything else. `t` is the page's namespace,
 * with `errors.<code>` (`errors.field` takes the field's name) and `done`.
 */
export function formNotice<E extends string>(request: Request, errors: readonly E[], t: (key: `errors.${E}` | 'done', values?: { field: string }) => string): string {
  const query = new URL(request.url).searchParams;
  const error = errors.find((e) => e === query.get('error'));
  if (error) return `<p role="alert" class="alert bad" data-error="${error}">${escapeHtml(t(`errors.${error}`, { field: (query.get('field') ?? '').slice(0, 40) }))}</p>`;
  return query.get('done') === '1' ? `<p role="status" class="alert">${escapeHtml(t('done'))}</p>` : '';
}
