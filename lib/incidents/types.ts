// Past incidents as typed, validated data (docs/methodology.md § For journalists): every event carries its
// source, its confidence and its provenance; uncertain times stay null ("time not confirmed"); where
// sources disagree both figures are kept. The data lives in past.ts and is parsed with these schemas at
// module load, so a bad entry fails the unit tests instead of reaching a page.
import { z } from 'zod';
import {
  CONFIDENCES,
  INCIDENT_PHASES,
  PROVENANCES,
  STATUSES,
  type Confidence,
  type IncidentPhase,
  type Provenance,
  type Status,
} from '@/lib/status/vocabulary';

export type { Confidence, IncidentPhase, Provenance, Status };

/** Catalog ids an incident event may name (the catalog itself is written elsewhere; these must match it). */
export const INCIDENT_SERVICE_IDS = [
  'coinbase',
  'binance',
  'kraken',
  'okx',
  'bybit',
  'kucoin',
  'robinhood',
  'infura',
  'alchemy',
  'quicknode',
  'bitcoin',
  'ethereum',
  'solana',
  'sei',
  'base',
  'arbitrum-one',
  'op-mainnet',
  'polygon-pos',
  'zksync-era',
  'linea',
  'scroll',
  'aws',
  'google-cloud',
  'azure',
  'cloudflare',
  'metamask',
  'rabby',
  'debank',
  'opensea',
  'coinmarketcap',
  'gate-io',
  'coinstore',
  'mexc',
  'crypto-com',
] as const;
export type IncidentServiceId = (typeof INCIDENT_SERVICE_IDS)[number];

/** An event's state: the status codes of docs/methodology.md § Statuses plus `resolved` (the service is back to operational). */
export const EVENT_STATES = [...STATUSES, 'resolved'] as const;
export type EventState = (typeof EVENT_STATES)[number];

/**
 * How an event relates to the cloud incident (docs/methodology.md § Causes):
 * - `cloud_itself`: the event is the cloud provider's own failure or recovery;
 * - `named_by_company`: the company itself named the cloud; only then may the text say "caused by";
 * - `coincided`: the failure happened at the same time; the text says "coincided with", never "caused by";
 * - `none`: not a failure (a chain that kept producing blocks) or a bare claim.
 */
export const CLOUD_LINKS = ['cloud_itself', 'named_by_company', 'coincided', 'none'] as const;
export type CloudLink = (typeof CLOUD_LINKS)[number];

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** A UTC instant written as in facts.json: `2025-10-20T06:48:00Z`. */
export const utcSchema = z
  .string()
  .regex(ISO_UTC, 'UTC time as YYYY-MM-DDTHH:MM:SSZ')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'a real date');
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'a real date');
export const urlSchema = z.url({ protocol: /^https?$/ });
const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by dashes');
export const EVENT_ID_PATTERN = /^event-\d{4}-\d{2}-\d{2}(?:t\d{4}|-untimed)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Arabic first: both languages are required, neither may be blank. */
export const localizedSchema = z.object({ ar: z.string().trim().min(1), en: z.string().trim().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

export const serviceIdSchema = z.enum(INCIDENT_SERVICE_IDS);

/**
 * What kind of source a link is (facts version 2), strongest first: `primary` (the company or cloud
 * itself), `press` (an outlet with editorial standards), `analysis` (a named engineer or firm),
 * `secondary` (aggregators and republishers), `mirror` (a copy of another page).
 */
export const SOURCE_TYPES = ['primary', 'press', 'analysis', 'secondary', 'mirror'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
/** Types that are never enough on their own: an event resting only on them is said to be so, never stated as fact. */
export const WEAK_SOURCE_TYPES: readonly SourceType[] = ['secondary', 'mirror'];

/** A source as the facts describe it; a title or a date only where the facts give one (never invented). */
export const sourceDescriptionSchema = z
  .object({
    type: z.enum(SOURCE_TYPES),
    publisher: z.string().trim().min(1),
    title: z.string().trim().min(1).nullable(),
    published: dateSchema.nullable(),
    /** For a mirror: the page it copies. */
    originalUrl: urlSchema.optional(),
    /** For a page not read itself: the copies or quotations its wording was read in. */
    quotedBy: z.array(urlSchema).optional(),
  })
  .strict();
export type SourceDescription = z.infer<typeof sourceDescriptionSchema>;

export const sourceInfoSchema = z.object({ url: urlSchema }).extend(sourceDescriptionSchema.shape).strict();
/** A cited source with its description, as an incident carries it (`PastIncident.sourceInfo`). */
export type SourceInfo = z.infer<typeof sourceInfoSchema>;

export const incidentEventSchema = z
  .object({
    /** Stable anchor for permalinks, e.g. `event-2025-10-20t0648-aws` (see eventAnchorId in build.ts). */
    id: z.string().regex(EVENT_ID_PATTERN),
    /** null: the sources give no time ("time not confirmed"); the event is placed within the incident window. */
    timeUtc: utcSchema.nullable(),
    /** Why the time is missing or approximate (from the facts' time_note). */
    timeNote: localizedSchema.optional(),
    /** The sources give the time only approximately (e.g. "~12:38 AM PDT"). */
    timeApproximate: z.boolean().optional(),
    state: z.enum(EVENT_STATES),
    /** Catalog ids; empty for an aggregate row (it belongs to the incident, not to one service). */
    serviceIds: z.array(serviceIdSchema),
    /** The facts' own free text for the service, kept verbatim. */
    serviceLabel: z.string().min(1),
    summary: localizedSchema,
    source: urlSchema,
    extraSources: z.array(urlSchema),
    confidence: z.enum(CONFIDENCES),
    provenance: z.enum(PROVENANCES).exclude(['measured']),
    cloudLink: z.enum(CLOUD_LINKS),
    /** A claim that is not verified: published only as "claimed, not verified", never as a fact. */
    claimOnly: z.boolean().optional(),
    /**
     * The strongest type among the event's sources (derived from the facts' typing when the data is
     * built). `secondary` or `mirror`: the event is shown as "reported by secondary sources only" and
     * never counted in a headline, a summary sentence or the blast radius. Absent for measured events.
     */
    bestSourceType: z.enum(SOURCE_TYPES).optional(),
  })
  .strict()
  .refine((e) => !e.timeApproximate || e.timeUtc !== null, { message: 'only a known time can be approximate' })
  .refine((e) => new Set(e.serviceIds).size === e.serviceIds.length, { message: 'serviceIds repeat' })
  .refine((e) => !e.extraSources.includes(e.source), { message: 'extraSources repeats source' });
export type IncidentEvent = z.infer<typeof incidentEventSchema>;

/** One of the provider's own phases, as a span (either end may be unknown). */
export const incidentPhaseSpanSchema = z
  .object({
    label: localizedSchema,
    startUtc: utcSchema.nullable(),
    endUtc: utcSchema.nullable(),
    /** The provider's local times as the sources give them (Latin, verbatim; kept for traceability, not shown). */
    providerLocalTime: z.string().min(1).optional(),
    /**
     * The IANA zone the provider gave its times in (e.g. `America/Los_Angeles` for PDT): pages render the
     * phase's UTC times in that zone through the formatters, in the page's language, naming the zone.
     */
    providerTimeZone: z.string().min(1).optional(),
    note: localizedSchema.optional(),
    sources: z.array(urlSchema).min(1),
    confidence: z.enum(CONFIDENCES),
  })
  .strict()
  .refine((p) => p.startUtc === null || p.endUtc === null || p.startUtc <= p.endUtc, { message: 'phase ends before it starts' });
export type IncidentPhaseSpan = z.infer<typeof incidentPhaseSpanSchema>;

/** One side of a disagreement: a figure and who gives it. */
export const disagreementFigureSchema = z
  .object({
    figure: localizedSchema,
    /** Who gives the figure, in plain words (the sources name outlets the facts do not always link). */
    according: localizedSchema,
    /** Links given by the facts for this figure; may be empty when the facts name the outlet without a link. */
    sources: z.array(urlSchema),
  })
  .strict();

/** Where sources disagree: every figure is shown, never only one (at least two). */
export const disagreementSchema = z
  .object({
    topic: localizedSchema,
    figures: z.array(disagreementFigureSchema).min(2),
    /** Links for the disagreement as a whole, when the facts do not tie each figure to its own link. */
    sources: z.array(urlSchema).optional(),
    /** What Marsad makes of it (which figure the timeline uses, and why). */
    note: localizedSchema.optional(),
  })
  .strict();
export type Disagreement = z.infer<typeof disagreementSchema>;

export const NOT_VERIFIED_KINDS = ['claim', 'gap'] as const;
/**
 * Something Marsad could not verify: `claim`, a statement someone made that no source backs
 * ("claimed, not verified"); `gap`, a record that could not be found (a status-page time, an original URL).
 */
export const notVerifiedSchema = z
  .object({
    id: slugSchema,
    kind: z.enum(NOT_VERIFIED_KINDS),
    claim: localizedSchema,
    /** Where the claim was seen; null when the facts give no link (e.g. a remark in the source article). */
    source: urlSchema.nullable(),
    extraSources: z.array(urlSchema),
    /** Where the claim comes from when there is no link. */
    sourceNote: localizedSchema.optional(),
    whyNotVerified: localizedSchema,
    /** The facts.json `not_verified` line this item renders, verbatim (for traceability; not shown). */
    factsText: z.string().min(1).optional(),
    /** facts.json ids of the incidents it concerns (may be empty: a general claim). */
    incidents: z.array(z.string().min(1)),
  })
  .strict()
  .refine((n) => n.source !== null || n.sourceNote !== undefined, { message: 'a claim without a link says where it comes from' });
export type NotVerified = z.infer<typeof notVerifiedSchema>;

export const correctionSchema = z
  .object({
    date: dateSchema,
    text: localizedSchema,
    /** The event the correction concerns, if one. */
    eventId: z.string().regex(EVENT_ID_PATTERN).optional(),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;

export const scaleSchema = z
  .object({ summary: localizedSchema, sources: z.array(urlSchema).min(1), confidence: z.enum(CONFIDENCES) })
  .strict();

export const pastIncidentSchema = z
  .object({
    /** Stable, readable URL segment, e.g. `aws-us-east-1-2025-10-20`. Never change a published one. */
    slug: slugSchema,
    /** The incident's id in facts.json. */
    factsId: z.string().min(1),
    provider: z.string().min(1),
    region: z.string().min(1),
    regionName: localizedSchema.optional(),
    zone: z.string().min(1).optional(),
    title: localizedSchema,
    summary: localizedSchema,
    rootCause: localizedSchema,
    rootCauseConfidence: z.enum(CONFIDENCES),
    /** The incident's phase in Marsad's vocabulary: past incidents are `resolved`. */
    phase: z.enum(INCIDENT_PHASES),
    startUtc: utcSchema,
    /** null: the sources give no single end time (see endNote and the disagreements). */
    endUtc: utcSchema.nullable(),
    endNote: localizedSchema.optional(),
    /**
     * The range the end falls in where sources disagree or give only durations: the earliest and latest
     * end the sources support. Used for the "at most" side of durations.
     */
    endBounds: z.object({ earliestUtc: utcSchema, latestUtc: utcSchema, note: localizedSchema }).strict().optional(),
    durationNote: localizedSchema,
    phases: z.array(incidentPhaseSpanSchema),
    events: z.array(incidentEventSchema).min(1),
    scale: scaleSchema.optional(),
    disagreements: z.array(disagreementSchema),
    notVerified: z.array(notVerifiedSchema),
    sources: z.array(urlSchema).min(1),
    /** The sources of the root cause (facts `root_cause_sources`). */
    rootCauseSources: z.array(urlSchema),
    /**
     * Every source the incident cites anywhere (events, phases, scale, disagreements, root cause, the
     * incident's own list, the items not verified) with its type and publisher, strongest type first.
     * Derived when the data is built; the page's "all sources" list shows exactly this.
     */
    sourceInfo: z.array(sourceInfoSchema).min(1),
    sourceNotes: localizedSchema.optional(),
    /** Corrections are listed, never hidden (docs/methodology.md § For journalists). */
    corrections: z.array(correctionSchema),
    lastUpdated: dateSchema,
    /** Whether the source article covers it (facts.json in_scope); false is still a real incident. */
    inScope: z.boolean(),
    scopeNote: localizedSchema.optional(),
  })
  .strict()
  .superRefine((inc, ctx) => {
    if (inc.endUtc !== null && inc.endUtc < inc.startUtc) ctx.addIssue({ code: 'custom', message: 'ends before it starts', path: ['endUtc'] });
    if (inc.endUtc === null && !inc.endNote) ctx.addIssue({ code: 'custom', message: 'an unknown end needs an endNote', path: ['endNote'] });
    if (inc.endBounds) {
      const { earliestUtc, latestUtc } = inc.endBounds;
      if (earliestUtc > latestUtc) ctx.addIssue({ code: 'custom', message: 'earliest after latest', path: ['endBounds'] });
      if (earliestUtc < inc.startUtc) ctx.addIssue({ code: 'custom', message: 'end bound before start', path: ['endBounds'] });
    }
    const ids = new Set<string>();
    inc.events.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', message: `duplicate event id ${e.id}`, path: ['events', i, 'id'] });
      ids.add(e.id);
    });
    inc.corrections.forEach((c, i) => {
      if (c.eventId && !ids.has(c.eventId)) ctx.addIssue({ code: 'custom', message: 'correction names no event', path: ['corrections', i] });
    });
  });
export type PastIncident = z.infer<typeof pastIncidentSchema>;

/** Rank of a source type: 0 for primary … 4 for mirror; a source the facts do not type ranks last. */
export function sourceRank(type: SourceType | undefined): number {
  return type === undefined ? SOURCE_TYPES.length : SOURCE_TYPES.indexOf(type);
}

/** An event's sources in reading order: strongest type first (primary first), the facts' order within a type. */
export function orderSources(urls: readonly string[], typeOf: (url: string) => SourceType | undefined): string[] {
  return urls
    .map((url, i) => ({ url, i, rank: sourceRank(typeOf(url)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.url);
}

/** True when the event's best source is only secondary or a mirror (it is then never stated as fact). */
export function isSecondaryOnly(event: { bestSourceType?: SourceType }): boolean {
  return event.bestSourceType !== undefined && WEAK_SOURCE_TYPES.includes(event.bestSourceType);
}

/**
 * The site's name taken from a source's address (hostname without `www.`): the facts carry no titles or
 * publishers, and Marsad never invents one. An unparseable address is returned as given.
 */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '').toLowerCase();
  } catch {
    return url;
  }
}

/** A source ready to show: the link and the site's name. */
export function sourceLink(url: string): { url: string; site: string } {
  return { url, site: siteName(url) };
}
