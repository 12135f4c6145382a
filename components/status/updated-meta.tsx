// "Updated N s ago", and the two plain warnings: the last poll failed (we show the last good data), or
// our own measurements are late (the statuses may not be current). Rendered by the server ("updated
// now", at render time), and in the browser once the clock ticks or a poll answers (live-meta.tsx).
import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import { useUnits } from './format-span';
import type { LiveStatus } from './live-types';

export function UpdatedMeta({ status, stale = false, ageSec = 0 }: { status: LiveStatus; stale?: boolean; ageSec?: number }) {
  const t = useTranslations('status.live');
  const units = useUnits();
  return (
    <div className="space-y-2 text-sm">
      <p className="text-muted" data-updated="">
        <span data-num="" suppressHydrationWarning>
          {ageSec < 5 ? t('updatedNow') : t('updated', { age: units.span(ageSec) })}
        </span>
        <span aria-hidden="true"> · </span>
        <LocalTime iso={status.generatedAt} />
      </p>
      {stale ? (
        <p role="status" className="rounded border border-degraded px-3 py-2 text-degraded" data-stale="">
          {t('stale')}
        </p>
      ) : null}
      {status.late && status.dataAsOf ? (
        <p className="rounded border border-degraded px-3 py-2 font-semibold text-degraded" data-late="">
          {t.rich('late', { time: () => <LocalTime iso={status.dataAsOf!} /> })}
        </p>
      ) : null}
    </div>
  );
}
