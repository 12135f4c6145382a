import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';

/** A time for journalists: in UTC always, and in the visitor's own zone beside it. */
export function TimePair({ iso }: { iso: string }) {
  const t = useTranslations('incident.time');
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span className="font-semibold">
        <LocalTime iso={iso} fixed />
      </span>
      <span className="text-sm text-muted">{t.rich('yourTime', { time: () => <LocalTime iso={iso} /> })}</span>
    </span>
  );
}
