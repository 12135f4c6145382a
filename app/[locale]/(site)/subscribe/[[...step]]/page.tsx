// The subscribe pages (never cached: they read a token or an error from the address; lib/route-table.ts):
// the choices (/subscribe), "check your inbox", the confirmation and unsubscribe buttons for a mailed
// token, their results, and the webhook registration. Unknown steps are 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ErrorNote, StepShell, SubscribeChoices, TokenButton, WebhookForm } from '@/components/subscribe/steps';
import { CATEGORIES } from '@/lib/catalog/schema';
import { getCatalog } from '@/lib/catalog';
import { asLocale, type Locale } from '@/lib/i18n/routing';
import { parseScope, SUBSCRIBE_API } from '@/lib/notify/email-links';
import { readSubscribeOptions } from '@/lib/notify/email-settings';
import { describeScope } from '@/lib/notify/email-text';
import { pendingConfirmation, pendingWebhook, unsubscribeTarget } from '@/lib/subscribe/pages';
import type { SubscriptionScope } from '@/lib/notify/subscriptions';

export const dynamic = 'force-dynamic';

const STEPS = ['', 'sent', 'confirm', 'confirmed', 'unsubscribe', 'unsubscribed', 'webhook', 'webhook/sent', 'webhook/confirm'] as const;
type Step = (typeof STEPS)[number];
const TITLE: Record<Step, string> = {
  '': 'page.title', sent: 'sent.title', confirm: 'confirm.title', confirmed: 'confirmed.title', unsubscribe: 'unsubscribe.title',
  unsubscribed: 'unsubscribed.title', webhook: 'webhook.title', 'webhook/sent': 'webhookSent.title', 'webhook/confirm': 'webhookConfirm.title',
};

function stepOf(parts: string[] | undefined): Step | null {
  const joined = (parts ?? []).join('/');
  return (STEPS as readonly string[]).includes(joined) ? (joined as Step) : null;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe/[[...step]]'>): Promise<Metadata> {
  const { locale, step } = await params;
  const t = await getTranslations({ locale: asLocale(locale), namespace: 'subscribe' });
  const s = stepOf(step);
  return { title: t((TITLE[s ?? ''] ?? 'page.title') as 'page.title'), robots: { index: false, follow: false } };
}

/** Every scope the form offers: all incidents, each group, each service (their names in this language). */
function scopeChoices(locale: Locale, t: (key: `category.${string}`) => string): { value: SubscriptionScope; label: string }[] {
  return [
    { value: 'all', label: describeScope('all', locale) },
    ...CATEGORIES.map((c) => ({ value: `group:${c}` as SubscriptionScope, label: t(`category.${c}`) })),
    ...getCatalog().services.map((s) => ({ value: `service:${s.id}` as SubscriptionScope, label: s.shortName })),
  ];
}

export default async function SubscribePage({ params, searchParams }: PageProps<'/[locale]/subscribe/[[...step]]'>) {
  const { locale: raw, step: parts } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const step = stepOf(parts);
  if (step === null) notFound();
  const query = await searchParams;
  const error = one(query.error);
  const token = one(query.token) ?? '';
  const [t, all] = await Promise.all([getTranslations('subscribe'), getTranslations()]);
  const title = t(TITLE[step] as 'page.title');
  const options = readSubscribeOptions();
  const what = (scope: string) => <bdi className="font-medium">{describeScope(scope, locale)}</bdi>;

  switch (step) {
    case '': {
      const scope = parseScope(one(query.scope) ?? undefined) ?? 'all';
      return (
        <StepShell title={title}>
          {error && error !== 'email' ? <ErrorNote message={t(`errors.${error === 'scope' || error === 'rate_limited' || error === 'email_off' || error === 'mail_failed' ? error : 'email'}`)} /> : null}
          <SubscribeChoices locale={locale} scope={scope} scopes={scopeChoices(locale, (k) => all(k as 'category.exchange'))} options={options} error={error === 'email' ? 'email' : null} />
        </StepShell>
      );
    }
    case 'sent':
      return (
        <StepShell title={title}>
          <p data-subscribe-sent="">{t('sent.body')}</p>
          <p className="text-sm text-muted">{t('sent.spam')}</p>
        </StepShell>
      );
    case 'confirm': {
      const pending = await pendingConfirmation(token);
      return (
        <StepShell title={title}>
          {pending ? (
            <>
              <p>{t.rich('confirm.body', { what: () => what(pending.scope) })}</p>
              <TokenButton action={SUBSCRIBE_API.confirm} token={token} locale={locale} label={t('confirm.button')} />
            </>
          ) : (
            <>
              <ErrorNote message={t('errors.token')} />
              <p>
                <a href={locale === 'ar' ? '/subscribe' : '/en/subscribe'} className="underline underline-offset-4">{t('confirm.again')}</a>
              </p>
            </>
          )}
        </StepShell>
      );
    }
    case 'confirmed':
      return (
        <StepShell title={title}>
          <p data-subscribe-confirmed="">{t('confirmed.body')}</p>
          {parseScope(one(query.scope) ?? undefined) ? <p className="text-sm">{t('scope.label')}: {what(parseScope(one(query.scope) ?? undefined)!)}</p> : null}
        </StepShell>
      );
    case 'unsubscribe': {
      const subscriber = await unsubscribeTarget(token);
      return (
        <StepShell title={title}>
          {subscriber ? (
            <>
              <p>{t('unsubscribe.body')}</p>
              <TokenButton action={`${SUBSCRIBE_API.unsubscribe}?token=${encodeURIComponent(token)}`} token={token} locale={locale} label={t('unsubscribe.button')} extra={{ from: 'page' }} />
            </>
          ) : (
            <p>{t('unsubscribe.unknown')}</p>
          )}
        </StepShell>
      );
    }
    case 'unsubscribed':
      return (
        <StepShell title={title}>
          <p data-subscribe-unsubscribed="">{t('unsubscribed.body')}</p>
        </StepShell>
      );
    case 'webhook':
      return (
        <StepShell title={title}>
          <WebhookForm locale={locale} error={error} emailOn={options.email} />
        </StepShell>
      );
    case 'webhook/sent':
      return (
        <StepShell title={title}>
          <p>{t('webhookSent.body')}</p>
        </StepShell>
      );
    case 'webhook/confirm': {
      const registration = await pendingWebhook(token);
      return (
        <StepShell title={title}>
          {registration ? (
            <>
              <p>{t('webhookConfirm.body')}</p>
              <p><bdi dir="ltr" className="break-all font-mono text-sm">{registration.url}</bdi></p>
              <p className="text-sm text-muted">{t('webhookConfirm.note')}</p>
              <TokenButton action={SUBSCRIBE_API.webhookConfirm} token={token} locale={locale} label={t('webhookConfirm.button')} />
            </>
          ) : (
            <ErrorNote message={t('errors.token')} />
          )}
        </StepShell>
      );
    }
  }
}
