// The email subscription form: plain HTML that POSTs (no JavaScript needed) to the uncached subscribe
// route, which answers with a redirect to a result page. The scope and the language ride along hidden.
import { getTranslations } from 'next-intl/server';
import { SUBSCRIBE_API } from '@/lib/notify/email-links';
import type { Locale } from '@/lib/i18n/routing';

/** The `error` a subscribe route sends back (lib/notify/email-routes.ts), as a message key; anything else reads as a bad address. */
export const SUBSCRIBE_ERRORS = ['email', 'scope', 'rate_limited', 'email_off', 'mail_failed', 'url', 'token'] as const;
export type SubscribeError = (typeof SUBSCRIBE_ERRORS)[number];
export function subscribeError(raw: string | null | undefined): SubscribeError {
  return (SUBSCRIBE_ERRORS as readonly string[]).includes(raw ?? '') ? (raw as SubscribeError) : 'email';
}

export async function EmailForm({ scope, locale, error, id = 'subscribe-email' }: { scope: string; locale: Locale; error?: string | null; id?: string }) {
  const t = await getTranslations('subscribe');
  const errorId = `${id}-error`;
  return (
    <form method="post" action={SUBSCRIBE_API.email} className="max-w-xl space-y-2" data-subscribe-form="email">
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor={id} className="block text-sm font-medium">
        {t('block.emailLabel')}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          name="email"
          type="email"
          required
          autoComplete="email"
          inputMode="email"
          dir="ltr"
          maxLength={254}
          placeholder="name@example.com"
          aria-invalid={error === 'email' ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="min-w-0 flex-1 basis-56 rounded border border-line bg-bg px-3 py-2 text-start"
        />
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-bg">
          {t('block.emailButton')}
        </button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-major">
          {t(`errors.${subscribeError(error)}`)}
        </p>
      ) : null}
      <p className="text-xs text-muted">{t('block.emailNote')}</p>
    </form>
  );
}
