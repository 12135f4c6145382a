// The parameters of the open-data routes, as zod schemas: the routes validate with them and the
// OpenAPI document (openapi.ts) describes them from the same constants, so the two cannot drift.
import { z } from 'zod';
import { CATEGORIES } from '@/lib/catalog/schema';
import { STATUSES } from '@/lib/status/vocabulary';
import { routing } from '@/lib/i18n/routing';
import { INCIDENT_ORIGIN_FILTERS, PROVIDER_PATTERN } from '@/lib/read-models/incidents';
import { GROUP_IDS } from '@/lib/read-models/group-status';
import { HISTORY_RANGES, HISTORY_RESOLUTIONS, historyOptionsSchema } from '@/lib/read-models/service-history';

/** The languages of the open-data routes: the site's locales (lib/i18n/routing.ts). */
export const LANGS = routing.locales;

export const serviceIdSchema = z.string().max(64, 'at most 64 characters').regex(/^[a-z0-9][a-z0-9-]*$/, 'a service id is lowercase letters, digits and dashes');
export const slugSchema = z
  .string()
  .max(120, 'at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an incident slug is lowercase words joined by dashes');
export const groupIdSchema = z.enum(GROUP_IDS);

export const servicesQuery = {
  keys: ['category', 'status'],
  schema: z.object({ category: z.enum(CATEGORIES).optional(), status: z.enum(STATUSES).optional() }),
} as const;

export const historyQuery = { keys: ['range', 'resolution'], schema: historyOptionsSchema } as const;

export const incidentsQuery = {
  keys: ['provider', 'year', 'origin'],
  schema: z.object({
    /** measured: detected by Marsad itself; reconstructed: rebuilt from public reports. */
    origin: z.enum(INCIDENT_ORIGIN_FILTERS).optional(),
    provider: z.string().regex(PROVIDER_PATTERN, 'a provider name: letters, digits, spaces, dots and dashes, at most 40').optional(),
    year: z
      .string()
      .regex(/^\d{4}$/, 'a four-digit year')
      .transform(Number)
      .pipe(z.number().int().min(2000, 'from 2000').max(2100, 'up to 2100'))
      .optional(),
  }),
} as const;

/** Routes that take no query parameter still reject unknown ones (a typo must not pass silently). */
export const noQuery = { keys: [] as string[], schema: z.object({}) } as const;

/** Statuspage-compatible routes, badges, share images: the language, Arabic by default. */
export const langQuery = { keys: ['lang'], schema: z.object({ lang: z.enum(LANGS).default(routing.defaultLocale) }) } as const;

export { CATEGORIES, HISTORY_RANGES, HISTORY_RESOLUTIONS, STATUSES };
