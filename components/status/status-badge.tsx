import { useTranslations } from 'next-intl';
import type { Status } from '@/lib/status/vocabulary';
import { statusLabelKey } from '@/lib/i18n/status-label';
import { STATUS_TEXT_CLASS, StatusIcon } from './status-icon';
import type { ServiceSnapshot } from './live-types';

/** Icon + word + colour. `chain` says "block production stalled" for a chain's major outage. */
export function StatusBadge({ status, monitored = true, chain = false }: { status: Status; monitored?: boolean; chain?: boolean }) {
  const t = useTranslations('status');
  const label = t(statusLabelKey(status, { monitored, chain }));
  return (
    <span className={`inline-flex items-center gap-1.5 text-sm font-semibold ${STATUS_TEXT_CLASS[status]}`} data-status={status}>
      <StatusIcon status={status} />
      <span>{label}</span>
    </span>
  );
}

/** A service's badge from a snapshot. `reported`: what the company says (the clouds' strip), not Marsad's measurement. */
export function ServiceBadge({ service, chain = false, reported = false }: { service: ServiceSnapshot; chain?: boolean; reported?: boolean }) {
  const status = reported ? (service.reported?.status ?? service.status) : service.status;
  return <StatusBadge status={status} monitored={service.monitored} chain={chain} />;
}
