// The frame of every desk page: its title, the language switch, who is signed in and the sign-out
// buttons (plain forms: the desk works without JavaScript, on any phone).
import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';

export interface DeskUser {
  email: string;
  role: 'editor' | 'admin';
}

export function DeskShell({ lang, otherHref, user, children }: { lang: Locale; otherHref: string; user: DeskUser | null; children: React.ReactNode }) {
  const t = useTranslations('desk');
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only">{t('skip')}</a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <a href={`/desk/${lang}`} className="text-lg font-semibold">{t('title')}</a>
          <nav className="flex flex-wrap items-center gap-3 text-sm">
            <a href={otherHref} lang={lang === 'ar' ? 'en' : 'ar'} hrefLang={lang === 'ar' ? 'en' : 'ar'} className="underline underline-offset-4">
              {t('otherLanguage')}
            </a>
            {user ? (
              <>
                <form method="post" action="/desk/api/sign-out">
                  <input type="hidden" name="lang" value={lang} />
                  <button type="submit" className="rounded border border-line px-3 py-2">{t('home.signOut')}</button>
                </form>
                <form method="post" action="/desk/api/sign-out">
                  <input type="hidden" name="lang" value={lang} />
                  <input type="hidden" name="everywhere" value="1" />
                  <button type="submit" className="rounded border border-line px-3 py-2">{t('home.signOutEverywhere')}</button>
                </form>
              </>
            ) : null}
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
        {user ? <p className="text-sm text-muted">{t('home.signedInAs', { email: user.email, role: t(`roles.${user.role}`) })}</p> : null}
        {children}
      </main>
    </>
  );
}
