// The subscribe pages' bodies, one per step (app/[locale]/(site)/subscribe/[[...step]]/page.tsx picks one).
// Buttons are plain forms posting to the uncached routes: a link scanner that opens a mailed link
// confirms or unsubscribes nothing, and no JavaScript is needed.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { SUBSCRIBE_API } from '@/lib/notify/email-links';
import type { SubscribeOptions } from '@/lib/notify/email-settings';
import { deepLink, type SubscriptionScope } from '@/lib/notify/subscriptions';
import { EmailForm, subscribeError } from './email-form';

const bdi = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;
const button = 'rounded bg-accent px-4 py-2 font-medium text-bg';
const box = 'space-y-3 rounded-lg border border-line bg-surface p-4';

export async function StepShell({ title, children }: { title: string; children: React.ReactNode }) {
  const t = await getTranslations('subscribe');
  return (
    <article className="mx-auto max-w-2xl space-y-6" data-subscribe-step="">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
      <p className="text-sm">
        <Link href="/" prefetch={false} className="underline underline-offset-4">
          {t('page.back')}
        </Link>
      </p>
    </article>
  );
}

export function ErrorNote({ message }: { message: string }) {
  return (
    <p role="alert" className="rounded border border-major px-3 py-2 text-sm text-major">
      {message}
    </p>
  );
}

/** Everything in one place: the scope, email, Telegram and webhooks. */
export async function SubscribeChoices({ locale, scope, scopes, options, error }: { locale: Locale; scope: SubscriptionScope; scopes: { value: SubscriptionScope; label: string }[]; options: SubscribeOptions; error: string | null }) {
  const t = await getTranslations('subscribe');
  const current = scopes.find((s) => s.value === scope) ?? scopes[0]!;
  return (
    <>
      <p>{t('page.lead')}</p>
      <section aria-labelledby="by-email" className={box}>
        <h2 id="by-email" className="text-lg font-semibold">{t('page.emailHeading')}</h2>
        <p className="text-sm">
          {t('scope.label')}: <bdi className="font-medium" data-scope={current.value}>{current.label}</bdi>
        </p>
        {options.email ? <EmailForm scope={current.value} locale={locale} error={error ? subscribeError(error) : null} /> : <p className="text-sm text-muted">{t('block.emailOff')}</p>}
        {current.value !== 'all' && options.email ? (
          <p className="text-sm">
            <Link href={{ pathname: '/subscribe', query: { scope: 'all' } }} prefetch={false} className="underline underline-offset-4">
              {t('scope.switchAll')}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="by-telegram" className={box}>
        <h2 id="by-telegram" className="text-lg font-semibold">{t.rich('page.telegramHeading', { app: bdi })}</h2>
        {options.telegramBot ? (
          <p>
            <a href={deepLink(options.telegramBot, current.value, locale)} rel="noopener noreferrer" className="underline underline-offset-4">
              {t.rich('block.telegram', { app: bdi })}
            </a>
          </p>
        ) : (
          <p className="text-sm text-muted">{t.rich('page.telegramOff', { app: bdi })}</p>
        )}
        {options.telegramChannels[locale] ? (
          <p>
            <a href={`https://t.me/${options.telegramChannels[locale]}`} rel="noopener noreferrer" className="underline underline-offset-4" data-subscribe-channel="">
              {t.rich('page.telegramChannel', { app: bdi })}
            </a>
          </p>
        ) : null}
        {options.telegramBot ? <p className="text-sm text-muted" data-telegram-pace="">{t.rich(options.telegramChannels[locale] ? 'page.telegramPace' : 'page.telegramPaceNoChannel', { app: bdi })}</p> : null}
      </section>
      <section aria-labelledby="by-webhook" className={box}>
        <h2 id="by-webhook" className="text-lg font-semibold">{t.rich('page.webhookHeading', { term: bdi })}</h2>
        <p>
          <Link href="/subscribe/webhook" prefetch={false} className="underline underline-offset-4">
            {t('page.webhookLink')}
          </Link>
        </p>
      </section>
      <p className="text-sm text-muted">{t('page.privacy')}</p>
    </>
  );
}

/** A token's page: what it does, and the button that does it (posting the token). */
export function TokenButton({ action, token, locale, label, extra = {} }: { action: string; token: string; locale: Locale; label: string; extra?: Record<string, string> }) {
  return (
    <form method="post" action={action}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={button}>
        {label}
      </button>
    </form>
  );
}

export async function WebhookForm({ locale, error, emailOn }: { locale: Locale; error: string | null; emailOn: boolean }) {
  const t = await getTranslations('subscribe');
  const field = error ? subscribeError(error) : null;
  return (
    <>
      <p>{t.rich('webhook.lead', { term: bdi })}</p>
      {emailOn ? (
        <form method="post" action={SUBSCRIBE_API.webhook} className={box} data-subscribe-form="webhook">
          <input type="hidden" name="locale" value={locale} />
          {field ? <ErrorNote message={t(`errors.${field}`)} /> : null}
          <div className="space-y-1">
            <label htmlFor="webhook-url" className="block text-sm font-medium">{t('webhook.urlLabel')}</label>
            <input id="webhook-url" name="url" type="url" required dir="ltr" maxLength={2000} placeholder="https://example.com/marsad" aria-invalid={field === 'url' ? true : undefined} className="w-full rounded border border-line bg-bg px-3 py-2 text-start" />
          </div>
          <div className="space-y-1">
            <label htmlFor="webhook-email" className="block text-sm font-medium">{t('webhook.emailLabel')}</label>
            <input id="webhook-email" name="email" type="email" required dir="ltr" autoComplete="email" maxLength={254} placeholder="name@example.com" aria-invalid={field === 'email' ? true : undefined} aria-describedby="webhook-email-hint" className="w-full rounded border border-line bg-bg px-3 py-2 text-start" />
            <p id="webhook-email-hint" className="text-xs text-muted">{t('webhook.emailHint')}</p>
          </div>
          <button type="submit" className={button}>{t('webhook.button')}</button>
        </form>
      ) : (
        <p className="text-sm text-muted">{t('webhook.off')}</p>
      )}
      <p className="text-sm">
        <a href="/api/v1/openapi.json" className="underline underline-offset-4">{t('webhook.docs')}</a>
      </p>
    </>
  );
}
