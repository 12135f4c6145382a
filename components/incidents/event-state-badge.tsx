import { useTranslations } from 'next-intl';
import { STATUS_TEXT_CLASS, StatusIcon } from '@/components/status/status-icon';
import type { EventState } from '@/lib/incidents/types';
import type { Status } from '@/lib/status/vocabulary';

/** `resolved` is drawn as operational (the service is back), with its own word. */
export function eventStatus(state: EventState): Status {
  return state === 'resolved' ? 'operational' : state;
}

/** An event's state as icon + word + colour; `label` replaces the word (e.g. "kept producing blocks"). */
export function EventStateBadge({ state, label }: { state: EventState; label?: string }) {
  const t = useTranslations('incident.state');
  const status = eventStatus(state);
  return (
    <span className={`inline-flex items-center gap-1.5 text-sm font-semibold ${STATUS_TEXT_CLASS[status]}`} data-state={state}>
      <StatusIcon status={status} />
      <span>{label ?? t(state)}</span>
    </span>
  );
}

/** Background colour of a state on the charts (always beside a word: never colour alone). */
export const STATE_BAR_CLASS: Record<EventState, string> = {
  operational: 'bg-operational',
  resolved: 'bg-operational',
  degraded: 'bg-degraded',
  partial_outage: 'bg-partial',
  major_outage: 'bg-major',
  maintenance: 'bg-maintenance',
  unknown: 'bg-unknown',
};
