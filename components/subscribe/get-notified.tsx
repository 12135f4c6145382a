// "Get notified": a small, quiet block on the home, service and incident pages. The page stays the same for
// everyone (cached, cookie-free): the Telegram deep link when a bot is configured, the email form when SMTP
// is (a plain form posting to an uncached route), and the webhook registration page.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import type { SubscribeOptions } from '@/lib/notify/email-settings';
import { deepLink, type SubscriptionScope } from '@/lib/notify/subscriptions';
import { subscribePath } from '@/lib/notify/email-links';
import { EmailForm } from './email-form';

export async function GetNotified({ scope, locale, options, serviceName }: { scope: SubscriptionScope; locale: Locale; options: SubscribeOptions; serviceName?: string }) {
  const t = await getTranslations('subscribe');
  const bdi = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;
  return (
    <section aria-labelledby="get-notified" className="space-y-3 rounded-lg border border-line bg-surface p-4" data-get-notified={scope}>
      <h2 id="get-notified" className="text-lg font-semibold">
        {t('block.title')}
      </h2>
      <p className="text-sm">
        {serviceName ? t.rich('block.leadService', { name: () => <bdi>{serviceName}</bdi> }) : t('block.leadAll')}
      </p>
      {options.telegramBot ? (
        <p>
          <a href={deepLink(options.telegramBot, scope, locale)} rel="noopener noreferrer" className="underline underline-offset-4" data-subscribe-telegram="">
            {t.rich('block.telegram', { app: bdi })}
          </a>
        </p>
      ) : null}
      {options.email ? <EmailForm scope={scope} locale={locale} /> : <p className="text-sm text-muted">{t('block.emailOff')}</p>}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span>{t.rich('block.webhook', { link: (chunks) => <Link href="/subscribe/webhook" prefetch={false} className="underline underline-offset-4">{chunks}</Link>, term: bdi })}</span>
        <a href={subscribePath(locale, '', { scope })} className="underline underline-offset-4">
          {t('block.more')}
        </a>
      </p>
    </section>
  );
}
