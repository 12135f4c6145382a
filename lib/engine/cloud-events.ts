// The cloud-outage event step of the engine (docs/methodology.md § Cloud-outage events): after each
// evaluation round, the rules of lib/correlation run on the services' statuses, their stated and measured
// dependencies, the clouds' feeds (read back from the database, every vantage's readings) and the
// connectivity guard, and the events they open, update or resolve are written to the incident tables. The
// database is the state: each round starts from the events stored there, so several workers act as one.
import { CHAIN_CATEGORIES, isChainCategory } from '@/lib/catalog/categories';
import type { Catalog, Service } from '@/lib/catalog/schema';
import {
  chainLiveness, cloudEventTimeline, cloudEventTitle, correlationSettings, providerKey, statedDependencies, stepCloudEvents, stepCloudReports,
  type ChainObservation, type CloudEvent, type CloudEventChange, type CloudRegionReport, type CorrelationSettings, type FeedReading,
  type MeasuredDependency, type ServiceObservation,
} from '@/lib/correlation';
import { readCloudEvents, readCloudFeedReadings, writeCloudEvents, type CloudEventWrite } from '@/lib/db/cloud-events';
import type { Db } from '@/lib/db/client';
import type { CloudEventData } from '@/lib/db/incident-data';
import { readOpenDetectedIncidents } from '@/lib/db/queries';
import { detectedIncidentSlug } from '@/lib/incidents/slugs';
import type { Log } from '@/lib/scheduler/scheduler';
import type { EvaluationRound } from '@/lib/engine/evaluator';
import type { EngineWindows } from '@/lib/engine/windows';
import { enqueueNotifications, type OutboxTargets } from '@/lib/db/outbox';
import { notificationOfCloudEventChange } from '@/lib/notify/changes';

export interface CloudEventStepOptions {
  catalog: Catalog;
  /** This process's vantage: its guard decides whether anything may open. */
  vantage: string;
  windows: Pick<EngineWindows, 'recentMs' | 'readBackOverlapMs' | 'cloudEventMinServices' | 'cloudEventWindowMs' | 'cloudEventQuietMs' | 'cloudEventRejoinMs'> & Partial<Pick<EngineWindows, 'measuredRefreshMs'>>;
  /** Where each service was measured to answer from (the exposure map); stated dependencies alone when absent. */
  measuredDependencies?: () => readonly MeasuredDependency[] | Promise<readonly MeasuredDependency[]>;
  log: Log;
  /** Where the events' changes are announced (the outbox): the public origin for links and the Telegram channels. */
  notify?: OutboxTargets & { origin: string };
}

export interface CloudEventStep {
  /** After a round's statuses are written: correlate, write what changed, return it. */
  run(db: Db, round: EvaluationRound, at: number): Promise<CloudEventChange[]>;
  settings: CorrelationSettings;
}

/** The settings of the windows (K, W, quiet, rejoin). */
export function cloudEventSettings(windows: CloudEventStepOptions['windows']): CorrelationSettings {
  return correlationSettings({
    minServices: windows.cloudEventMinServices,
    windowMs: windows.cloudEventWindowMs,
    quietMs: windows.cloudEventQuietMs,
    rejoinMs: windows.cloudEventRejoinMs,
  });
}

/** How often the exposure map's dependencies are read again (the default of windows.measuredRefreshMs): they change when a provider moves a service, not by the round. */
export const MEASURED_REFRESH_MS = 5 * 60_000;

const isChain = (s: Service): s is Service & { chain: NonNullable<Service['chain']>; category: (typeof CHAIN_CATEGORIES)[number] } =>
  !!s.chain && isChainCategory(s.category);

export function createCloudEventStep(options: CloudEventStepOptions): CloudEventStep {
  const { catalog, log, notify } = options;
  const settings = cloudEventSettings(options.windows);
  const stated = statedDependencies(catalog.services);
  const byId = new Map(catalog.services.map((s) => [s.id, s]));
  const clouds = catalog.services.filter((s) => s.category === 'cloud');
  // A cloud's feed speaks for its provider keys: its short name's and its id's (`AWS` and `aws`, `Google Cloud` and `google-cloud`).
  const feedProviders = new Map(clouds.flatMap((s) => s.monitors.filter((m) => m.kind === 'cloud-feed').map((m) => [m.id, [...new Set([providerKey(s.shortName), providerKey(s.id)])]] as const)));
  const cloudOf = (providerId: string) => clouds.find((s) => providerKey(s.shortName) === providerId || providerKey(s.id) === providerId) ?? null;
  const displayName = (providerId: string) => cloudOf(providerId)?.shortName ?? catalog.services.flatMap((s) => s.cloudDependencies).find((d) => providerKey(d.provider) === providerId)?.provider ?? providerId;

  let events: CloudEvent[] = [];
  let reports: CloudRegionReport[] = [];
  const lastReading = new Map<string, number>();
  let readFrom: number | null = null;
  /** Each service's open detected incident, from the rounds' incident changes (seeded from the database). */
  let openIncidents: Map<string, string> | null = null;
  let warnedMeasured = false;

  async function readReports(db: Db, at: number): Promise<void> {
    const since = readFrom === null ? at - options.windows.recentMs : readFrom - options.windows.readBackOverlapMs;
    const rows = await readCloudFeedReadings(db, [...feedProviders.keys()], new Date(since));
    readFrom = at;
    const readings: FeedReading[] = [];
    for (const row of rows) {
      if ((lastReading.get(row.monitorId) ?? -Infinity) >= row.startedAt) continue;
      lastReading.set(row.monitorId, row.startedAt);
      for (const providerId of feedProviders.get(row.monitorId) ?? []) readings.push({ providerId, readAt: row.startedAt, incidents: row.incidents });
    }
    reports = stepCloudReports(reports, readings, at, settings.quietMs + settings.rejoinMs);
  }

  let measuredCache: { at: number; deps: readonly MeasuredDependency[] } | null = null;
  /** The exposure map's dependencies, read again every MEASURED_REFRESH_MS (the last good copy kept when a read fails). */
  async function measured(at: number): Promise<readonly MeasuredDependency[]> {
    if (!options.measuredDependencies) return [];
    if (measuredCache && at - measuredCache.at < (options.windows.measuredRefreshMs ?? MEASURED_REFRESH_MS) && at >= measuredCache.at) return measuredCache.deps;
    try {
      measuredCache = { at, deps: await options.measuredDependencies() };
      warnedMeasured = false;
    } catch (error) {
      if (!warnedMeasured) log('warn', 'measured dependencies unavailable; cloud-outage events use the stated ones and the last measured copy', { error });
      warnedMeasured = true;
    }
    return measuredCache?.deps ?? [];
  }

  return {
    settings,
    async run(db, round, at) {
      if (openIncidents === null) {
        openIncidents = new Map((await readOpenDetectedIncidents(db)).flatMap((r) => (r.serviceId ? [[r.serviceId, r.id] as const] : [])));
      }
      for (const { serviceId, type, incident } of round.incidentChanges) {
        if (type === 'resolved') openIncidents.delete(serviceId);
        else openIncidents.set(serviceId, incident.id);
      }
      await readReports(db, at);
      const stored = await readCloudEvents(db, new Date(at - settings.rejoinMs - options.windows.readBackOverlapMs));
      for (const id of stored.unreadable) log('warn', 'a cloud-outage event in the database is unreadable; it is not resumed', { id });
      // The database is the state (several workers); this process's own copy only when it holds nothing newer.
      const known = new Map(stored.events.map((e) => [e.id, e as CloudEvent]));
      for (const e of events) if (!known.has(e.id) && e.endedAt === null) known.set(e.id, e);

      const impaired = new Set(round.impairedVantages);
      const seen = new Set(round.services.flatMap((s) => s.vantages));
      const guardHealthy = !impaired.has(options.vantage) && !(seen.size > 0 && [...seen].every((v) => impaired.has(v)));

      const services: ServiceObservation[] = round.services.map((s) => ({
        serviceId: s.serviceId,
        status: s.status,
        since: s.since,
        incidentSlug: openIncidents!.get(s.serviceId) ?? detectedIncidentSlug(s.serviceId, s.since),
      }));
      const chains: ChainObservation[] = round.services.flatMap((s) => {
        const service = byId.get(s.serviceId);
        if (!service || !isChain(service)) return [];
        return [{ serviceId: s.serviceId, layer: service.category, liveness: chainLiveness({ status: s.status, reason: s.reason, headAgeSec: s.chain?.headAgeSec ?? null, hardLimitSec: service.chain.hardLimitSec }) }];
      });

      const step = stepCloudEvents({
        now: at,
        settings,
        dependencies: [...stated, ...(await measured(at))],
        services,
        reports,
        guardHealthy,
        chains,
        events: [...known.values()],
      });
      const writes: CloudEventWrite[] = step.changes.map(({ type, event }) => {
        const provider = displayName(event.providerId);
        const cloudServiceId = cloudOf(event.providerId)?.id ?? null;
        const data: CloudEventData = { kind: 'cloud-event', ...event, provider, cloudServiceId };
        return {
          data,
          title: cloudEventTitle(provider, event.region),
          entries: cloudEventTimeline(event, { provider, cloudServiceId, nameOf: (id) => byId.get(id)?.shortName ?? id }),
          opened: type === 'opened',
          at,
          ...(notify && {
            notify: (tx: Db) => enqueueNotifications(tx, [notificationOfCloudEventChange({ type, event }, { title: cloudEventTitle(provider, event.region), provider, at, origin: notify.origin })], notify),
          }),
        };
      });
      const { adopted } = await writeCloudEvents(db, writes);
      const dropped = new Set(adopted.map((a) => a.id));
      for (const a of adopted) log('info', 'cloud-outage event already opened by another worker; following it', { id: a.id, existing: a.existingId });
      for (const c of step.changes) {
        if (c.type !== 'updated' && !dropped.has(c.event.id)) log('info', `cloud-outage event ${c.type}`, { id: c.event.id, members: c.event.members.map((m) => m.serviceId) });
      }
      events = step.events.filter((e) => !dropped.has(e.id));
      return step.changes.filter((c) => !dropped.has(c.event.id));
    },
  };
}
