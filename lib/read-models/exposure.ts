// The exposure map as pages read it: for each service, where each endpoint answered from (the newest
// address recorded per monitor and vantage, mapped with the range data in use) beside the dependencies
// public sources state, and the services × (provider, region) matrix. Also the measured dependencies
// the cloud-outage rules consume. The logic is lib/exposure/exposure.ts (pure); this file reads.
import { getCatalog } from '@/lib/catalog';
import type { Catalog } from '@/lib/catalog/schema';
import { getDatabase, type Db } from '@/lib/db/client';
import { readLatestAddresses } from '@/lib/db/exposure-queries';
import { getActiveFeeds, getAddressMapper } from '@/lib/exposure/active';
import { buildExposure, measuredDependencies, type AddressObservation, type MeasuredDependency } from '@/lib/exposure/exposure';
import type { ExposureView, ServiceExposure, ExposureFeedInfo } from '@/lib/view-types';

/**
 * How far back a recorded address counts. Every monitor runs at least hourly; older addresses would say
 * where an endpoint answered from once, not where it answers from now. The page says "not measured in
 * the last 6 hours" for the rest.
 */
export const EXPOSURE_WINDOW_HOURS = 6;
const HOUR_MS = 3_600_000;

async function readObservations(db: Db, now: number, serviceId?: string): Promise<AddressObservation[]> {
  const rows = await readLatestAddresses(db, new Date(now - EXPOSURE_WINDOW_HOURS * HOUR_MS), serviceId);
  return rows.map((r) => ({ serviceId: r.serviceId, monitorId: r.monitorId, vantage: r.vantage, address: r.address, measuredAt: r.measuredAt.getTime() }));
}

export interface ExposureOptions {
  now?: number;
  catalog?: Catalog;
  db?: Db;
}

/** The whole map: every service of the catalog, the matrix and the range data dates. */
export async function getExposure(options: ExposureOptions = {}): Promise<ExposureView> {
  const db = options.db ?? (await getDatabase()).db;
  const observations = await readObservations(db, options.now ?? Date.now());
  return buildExposure({ catalog: options.catalog ?? getCatalog(), observations, map: getAddressMapper(), feeds: getActiveFeeds(), windowHours: EXPOSURE_WINDOW_HOURS });
}

/** One service's part of the map (its page): null for an id the catalog does not have. */
export async function getServiceExposure(serviceId: string, options: ExposureOptions = {}): Promise<{ service: ServiceExposure; feeds: ExposureFeedInfo[]; windowHours: number } | null> {
  const catalog = options.catalog ?? getCatalog();
  const service = catalog.services.find((s) => s.id === serviceId);
  if (!service) return null;
  const db = options.db ?? (await getDatabase()).db;
  const observations = await readObservations(db, options.now ?? Date.now(), serviceId);
  const view = buildExposure({ catalog: { services: [service] }, observations, map: getAddressMapper(), feeds: getActiveFeeds(), windowHours: EXPOSURE_WINDOW_HOURS });
  return { service: view.services[0]!, feeds: view.feeds, windowHours: view.windowHours };
}

/**
 * The measured dependencies of every service (lib/exposure/exposure.ts measuredDependencies over the
 * newest addresses of the last EXPOSURE_WINDOW_HOURS): for the cloud-outage rules, beside the stated ones.
 */
export async function getMeasuredDependencies(options: ExposureOptions = {}): Promise<MeasuredDependency[]> {
  const db = options.db ?? (await getDatabase()).db;
  const observations = await readObservations(db, options.now ?? Date.now());
  return measuredDependencies(options.catalog ?? getCatalog(), observations, getAddressMapper());
}
