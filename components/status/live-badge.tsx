'use client';
// A service's status badge that follows the live snapshot. `reported`: show what the company says
// (the clouds' strip), not Marsad's measurement.
import { StatusBadge } from './status-badge';
import { useLiveService } from './live-status';

export function LiveStatusBadge({ id, chain = false, reported = false }: { id: string; chain?: boolean; reported?: boolean }) {
  const service = useLiveService(id);
  if (!service) return null;
  const status = reported ? (service.reported?.status ?? service.status) : service.status;
  return <StatusBadge status={status} monitored={service.monitored} chain={chain} />;
}
