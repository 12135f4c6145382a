'use client';
// "Updated N s ago", and the two plain warnings: the last poll failed (we show the last good data), or
// our own measurements are late (the statuses may not be current).
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { LocalTime } from '@/components/ui/local-time';
import { useUnits } from './format-span';
import { useLive } from './live-status';

function useNow(): number | null {
  // null while hydrating, so the first render equals the server's.
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    // Every 5 s: fine enough for "updated N s ago", and each change makes the digits script walk the page.
    const timer = setInterval(tick, 5_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function LiveMeta() {
  const { status, stale, skewMs } = useLive();
  const t = useTranslations('status.live');
  const units = useUnits();
  const now = useNow();
  const ageSec = now === null ? 0 : Math.max(0, (now - skewMs - Date.parse(status.generatedAt)) / 1000);
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
