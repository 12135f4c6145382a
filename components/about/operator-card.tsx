import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { OperatorInfo } from '@/lib/operator';

/**
 * Who runs this deployment, how to reach them and how to send a correction: from the operator's settings
 * (MARSAD_OPERATOR_NAME, MARSAD_CONTACT_EMAIL), never invented; unset, said plainly.
 */
export function OperatorCard({ operator }: { operator: OperatorInfo }) {
  const t = useTranslations('about.operator');
  const email = operator.email;
  const mail = () =>
    email ? (
      <a href={`mailto:${email}`} className="underline underline-offset-4">
        <bdi dir="ltr">{email}</bdi>
      </a>
    ) : null;
  const setting = (chunks: ReactNode) => (
    <code dir="ltr" className="rounded bg-bg px-1 font-mono text-xs">
      {chunks}
    </code>
  );
  return (
    <section id="operator" aria-labelledby="operator-heading" className="scroll-mt-4 space-y-2 rounded-lg border border-line bg-surface p-4" data-operator={operator.name ? 'named' : 'unnamed'}>
      <h2 id="operator-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p>{operator.name ? t.rich('named', { name: () => <bdi className="font-semibold">{operator.name}</bdi> }) : t('unnamed')}</p>
      <p>{email ? t.rich('contact', { email: mail }) : t('noContact')}</p>
      <p>{email ? t.rich('corrections', { email: mail }) : t('noCorrections')}</p>
      {!operator.name || !email ? <p className="text-sm text-muted">{t.rich('settings', { code: setting })}</p> : null}
    </section>
  );
}
