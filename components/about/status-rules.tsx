import { StatusBadge } from '@/components/status/status-badge';
import { BidiText } from '@/components/incidents/bidi-text';
import type { Status } from '@/lib/status/vocabulary';

/** Each status as the pages show it (icon + word + colour), and how it is decided. */
export function StatusRules({ rules, notMonitored }: { rules: { status: Status; rule: string }[]; notMonitored: string }) {
  return (
    <dl className="divide-y divide-line rounded-lg border border-line bg-surface">
      {rules.map(({ status, rule }) => (
        <div key={status} className="space-y-1 px-4 py-3" data-status-rule={status}>
          <dt>
            <StatusBadge status={status} />
          </dt>
          <dd className="text-sm leading-relaxed">
            <BidiText text={rule} />
          </dd>
        </div>
      ))}
      <div className="space-y-1 px-4 py-3" data-status-rule="not-monitored">
        <dt>
          <StatusBadge status="unknown" monitored={false} />
        </dt>
        <dd className="text-sm leading-relaxed">
          <BidiText text={notMonitored} />
        </dd>
      </div>
    </dl>
  );
}
