// The line under a service's name: why (when not working), the figure that matters (the newest block's
// age for a chain, the response time otherwise), "failing from k of n vantages", and where the status
// comes from (measured, or reported by the company). Rendered by the server, and in the browser after a
// poll (live-figure.tsx). Digits may be switched by the visitor.
import { useTranslations } from 'next-intl';
import { isReasonShownWhenOperational } from '@/lib/status/exchange';
import { useUnits } from './format-span';
import type { ServiceSnapshot } from './live-types';

export function useFigureParts(service: ServiceSnapshot | undefined, chain: boolean): string[] {
  const t = useTranslations('status');
  const tReason = useTranslations('reason');
  const units = useUnits();
  if (!service) return [];
  const parts: string[] = [];
  if (service.reason && (service.status !== 'operational' || isReasonShownWhenOperational(service.reason))) parts.push(tReason(service.reason));
  if (chain && service.headAgeSec !== null) parts.push(t('figure.lastBlock', { age: units.span(service.headAgeSec) }));
  else if (service.latencyMs !== null) parts.push(t('figure.latency', { value: units.unit('ms', Math.round(service.latencyMs)) }));
  // Nothing to say when no vantage point was eligible ("failing from 0 of 0" says nothing).
  if (service.failing && service.failing.n > 0) {
    const { k, n } = service.failing;
    parts.push(t('figure.failing', { k: units.integer(k), n: units.integer(n) }));
  }
  if (service.measured) parts.push(t('provenance.measured'));
  else if (service.reported) parts.push(t('provenance.reported'));
  if (service.measured && service.reported && service.reported.status !== service.status) {
    parts.push(t('figure.companySays', { status: t(service.reported.status) }));
  }
  return parts;
}

export function ServiceFigure({ service, chain = false }: { service: ServiceSnapshot | undefined; chain?: boolean }) {
  const parts = useFigureParts(service, chain);
  if (parts.length === 0) return null;
  return (
    <p className="text-xs text-muted" data-figure="">
      <span data-num="" suppressHydrationWarning>
        {parts.join(' · ')}
      </span>
    </p>
  );
}
