// Builders for the correlation rules' table tests: a few AWS-dependent services, their statuses in one
// line, a cloud's region reports, and a driver that runs the reducer round after round on a hand clock.
import {
  DEFAULT_CORRELATION_SETTINGS, stepCloudEvents, type ChainObservation, type CloudEvent, type CloudEventChange, type CloudRegionReport,
  type CorrelationSettings, type Dependency, type ServiceObservation,
} from '@/lib/correlation';
import type { Status } from '@/lib/status/vocabulary';

/** 20 October 2025, 06:50 UTC. */
export const T0 = Date.UTC(2025, 9, 20, 6, 50, 0);
export const MIN = 60_000;

export const stated = (serviceId: string, region = 'us-east-1', providerId = 'AWS'): Dependency => ({
  serviceId, providerId, region, basis: 'stated', source: `https://example.org/${serviceId}`,
});
export const measured = (serviceId: string, region = 'us-east-1', providerId = 'aws'): Dependency => ({
  serviceId, providerId, region, basis: 'measured', measuredAt: T0 - 60 * MIN,
});

/** `failing('coinbase', 2)`: a major outage whose first failing check was 2 minutes after T0. */
export const failing = (serviceId: string, atMin: number, status: Status = 'major_outage'): ServiceObservation => ({
  serviceId, status, since: T0 + atMin * MIN, incidentSlug: `${serviceId}-slug-${atMin}`,
});
export const up = (serviceId: string, sinceMin: number, status: Status = 'operational'): ServiceObservation => ({ serviceId, status, since: T0 + sinceMin * MIN });

export function report(over: Partial<CloudRegionReport> & { atMin: number }): CloudRegionReport {
  const { atMin, ...rest } = over;
  return {
    providerId: 'aws', region: 'us-east-1', open: true, createdAt: T0 + atMin * MIN, firstSeenAt: T0 + (atMin + 1) * MIN, resolvedAt: null,
    incidentIds: ['aws-1'], url: 'https://health.aws.amazon.com/health/status', impact: 'major', ...rest,
  };
}

export interface Round {
  atMin: number;
  services: ServiceObservation[];
  reports?: CloudRegionReport[];
  guardHealthy?: boolean;
  chains?: ChainObservation[];
}

/** Runs rounds in order through one reducer; returns the events and every change along the way. */
export function run(dependencies: Dependency[], rounds: Round[], settings: CorrelationSettings = DEFAULT_CORRELATION_SETTINGS, start: CloudEvent[] = []) {
  let events = start;
  const changes: CloudEventChange[] = [];
  for (const r of rounds) {
    const step = stepCloudEvents({
      now: T0 + r.atMin * MIN,
      settings,
      dependencies,
      services: r.services,
      reports: r.reports ?? [],
      guardHealthy: r.guardHealthy ?? true,
      chains: r.chains ?? [],
      events,
    });
    events = step.events;
    changes.push(...step.changes);
  }
  return { events, changes, open: events.filter((e) => e.endedAt === null) };
}

export const memberIds = (event: CloudEvent | undefined) => event?.members.map((m) => m.serviceId) ?? [];
