'use client';
// The regions a cloud's open incidents name, as its feed lists them now (Latin codes, isolated).
import { useFormatter, useTranslations } from 'next-intl';
import { useLive } from './live-status';

export function LiveCloudRegions({ id }: { id: string }) {
  const { status } = useLive();
  const t = useTranslations('status');
  const format = useFormatter();
  const regions = status.cloudIncidents[id]?.regions ?? [];
  if (regions.length === 0) return null;
  return (
    <p className="text-xs text-muted" data-regions="">
      {t.rich('cloudRegions', { regions: () => format.list(regions.map((r) => <bdi key={r} className="whitespace-nowrap">{r}</bdi>), { type: 'conjunction' }) })}
    </p>
  );
}
