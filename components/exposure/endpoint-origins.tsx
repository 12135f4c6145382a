import { useTranslations } from 'next-intl';
import { useUnits } from '@/components/status/format-span';
import { LocalTime } from '@/components/ui/local-time';
import type { ExposureEndpoint } from '@/lib/view-types';
import { MappingText } from './mapping-text';

/** Where each endpoint of a service answered from: per vantage, the address, its mapping and when (measured). */
export function EndpointOrigins({ endpoints, windowHours }: { endpoints: readonly ExposureEndpoint[]; windowHours: number }) {
  const t = useTranslations('exposure.endpoints');
  const units = useUnits();
  if (endpoints.length === 0) return <p className="text-sm text-muted">{t('noEndpoints')}</p>;
  return (
    <ul className="space-y-2 text-sm">
      {endpoints.map((e) => (
        <li key={e.monitorId} className="space-y-1 rounded-lg border border-line bg-surface p-3" data-endpoint={e.monitorId}>
          <p className="flex flex-wrap items-baseline gap-x-2">
            <bdi dir="ltr" className="break-all font-mono text-xs">
              {e.host}
            </bdi>
            <span className="text-xs text-muted">{t(`role.${e.role}`)}</span>
          </p>
          {e.observations.length === 0 ? (
            <p className="text-muted">{t('notMeasured', { span: units.unit('hours', windowHours) })}</p>
          ) : (
            <ul className="space-y-1">
              {e.observations.map((o) => (
                <li key={o.vantage} data-vantage={o.vantage}>
                  {t.rich('observation', {
                    vantage: () => <bdi dir="ltr">{o.vantage}</bdi>,
                    address: () => (
                      <code dir="ltr" className="rounded bg-bg px-1 font-mono text-xs">
                        {o.address}
                      </code>
                    ),
                    time: () => <LocalTime iso={o.measuredAt} />,
                  })}{' '}
                  <MappingText mapping={o.mapping} />
                </li>
              ))}
            </ul>
          )}
          {e.role !== 'access' ? <p className="text-xs text-muted">{t(`notCounted.${e.role}`)}</p> : null}
        </li>
      ))}
    </ul>
  );
}
