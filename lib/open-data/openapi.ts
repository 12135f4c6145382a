// The OpenAPI 3.1 document of Marsad's public API, written by hand as typed data and served at
// /api/v1/openapi.json. Enumerations come from the same constants the routes validate with.
import { CATEGORIES, HISTORY_RANGES, HISTORY_RESOLUTIONS, LANGS, STATUSES } from '@/lib/open-data/api-params';
import { DEFAULT_RESOLUTION, MAX_HISTORY_POINTS } from '@/lib/read-models/service-history';
import { INCIDENT_ORIGIN_FILTERS } from '@/lib/read-models/incidents';
import { REASONS, INCIDENT_PHASES, CONFIDENCES, PROVENANCES } from '@/lib/status/vocabulary';
import { EVENT_STATES, SOURCE_TYPES } from '@/lib/incidents/types';
import { UPTIME_WINDOWS } from '@/lib/status/uptime';
import { INCIDENT_CHANGES, NOTIFICATION_EVENT_TYPES, NOTIFICATION_VERSION } from '@/lib/notify/notification';
import { SP_COMPONENT_STATUSES, SP_INCIDENT_STATUSES, SP_INDICATORS } from '@/lib/open-data/statuspage';
import { SP_MAINTENANCE_STATUSES } from '@/lib/open-data/statuspage-maintenance';

type Schema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  description: string;
  schema: Schema;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters: OpenApiParameter[];
  responses: Record<string, Record<string, unknown>>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; summary: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: OpenApiOperation }>;
  /** What Marsad sends to registered endpoints (OpenAPI 3.1 webhooks), signed per Standard Webhooks. */
  webhooks: Record<string, { post: Record<string, unknown> }>;
  components: { schemas: Record<string, Schema>; parameters: Record<string, OpenApiParameter>; responses: Record<string, unknown>; headers: Record<string, unknown> };
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = (description?: string, extra: Schema = {}): Schema => ({ type: 'string', ...(description ? { description } : {}), ...extra });
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: 'null' }] });
const dateTime = (description?: string): Schema => str(description, { format: 'date-time' });
const int = (description?: string): Schema => ({ type: 'integer', ...(description ? { description } : {}) });
const obj = (properties: Record<string, Schema>, required: string[] = Object.keys(properties), extra: Schema = {}): Schema => ({ type: 'object', properties, required, ...extra });
const localized = ref('Localized');

export const STATUSPAGE_UNKNOWN_MAPPING =
  'Statuspage has no "unknown" status, and Marsad never reports a status it did not measure. A service whose status is unknown ' +
  '(no trustworthy recent data, not monitored live, or Marsad\'s own measurements are late) is omitted from `components` and listed under ' +
  'the extension key `marsad.unknown_components` (or `marsad.not_monitored`); a group lists only its known services and is omitted when none is known. ' +
  'The page indicator is never `none` without data: with nothing known it is `minor`, described as "status unknown". ' +
  'Other statuses map one to one: operational → operational, degraded → degraded_performance, partial_outage → partial_outage, ' +
  'major_outage → major_outage, maintenance → under_maintenance. The indicator is the worst known status: degraded → minor, ' +
  'partial_outage → major, major_outage → critical, operational or maintenance → none.';

const CACHING =
  'Every response carries Cache-Control and a strong ETag; send it back in If-None-Match to get 304 Not Modified when nothing changed. ' +
  'Responses are the same for everyone (no cookies) and open to any origin (CORS).';

const ERRORS =
  'Errors are JSON: `{"error": {"code", "message", "parameter"}}`. A missing, malformed, repeated or unknown query parameter, or a malformed path ' +
  'parameter, is a 400 whose `parameter` names it; an unknown id or slug is a 404. Nothing else is ever sent as an error body.';

const langParam: OpenApiParameter = {
  name: 'lang',
  in: 'query',
  description: 'Language of names and texts: `ar` (default) or `en`.',
  schema: { type: 'string', enum: [...LANGS], default: 'ar' },
};

const ok = (description: string, schema: Schema, contentType = 'application/json') => ({
  description,
  headers: { ETag: { $ref: '#/components/headers/ETag' }, 'Cache-Control': { $ref: '#/components/headers/CacheControl' } },
  content: { [contentType]: { schema } },
});
const errors = (...codes: ('400' | '404')[]) => ({
  ...(codes.includes('400') ? { '400': { $ref: '#/components/responses/BadRequest' } } : {}),
  ...(codes.includes('404') ? { '404': { $ref: '#/components/responses/NotFound' } } : {}),
  '304': { $ref: '#/components/responses/NotModified' },
  '503': { $ref: '#/components/responses/Unavailable' },
});

const op = (operation: Omit<OpenApiOperation, 'parameters'> & { parameters?: OpenApiParameter[] }): { get: OpenApiOperation } => ({
  get: { parameters: [], ...operation },
});

const schemas: Record<string, Schema> = {
  WebhookEvent: obj(
    {
      type: str('The event type: an incident opened, changed (worsened, reopened, acknowledged by the company, members changed), or resolved.', { enum: [...NOTIFICATION_EVENT_TYPES] }),
      version: { const: NOTIFICATION_VERSION, description: 'The payload version: read it before `data`; a breaking change raises it.' },
      timestamp: dateTime('When Marsad recorded the change.'),
      data: ref('WebhookIncident'),
    },
    undefined,
    { additionalProperties: false },
  ),
  WebhookIncident: obj(
    {
      id: str('The incident slug; its page is /incidents/{id} (Arabic) and /en/incidents/{id}.'),
      kind: str('`service`: one service Marsad measured failing; `cloud-event`: services on one cloud region failing together.', { enum: ['service', 'cloud-event'] }),
      change: str('What changed.', { enum: [...INCIDENT_CHANGES] }),
      title: localized,
      serviceId: nullable(str('The service (kind service).')),
      provider: nullable(str('The cloud (kind cloud-event).')),
      region: nullable(str('The cloud region (kind cloud-event).')),
      status: str('The service status now (a cloud-outage event: its worst member still failing).', { enum: [...STATUSES] }),
      startedAt: dateTime('The first failing check.'),
      endedAt: nullable(dateTime('The first good check after it; null while open.')),
      url: obj({ ar: str(undefined, { format: 'uri' }), en: str(undefined, { format: 'uri' }) }, undefined, { additionalProperties: false }),
      api: str('The incident in API v1.', { format: 'uri' }),
    },
    undefined,
    { additionalProperties: false },
  ),
  Localized: obj({ ar: str('Arabic'), en: str('English') }),
  ApiIndex: obj({
    name: str(),
    version: str('Major version of the API'),
    openapi: str('Path of this document'),
    documentation: localized,
    status: str(),
    services: str(),
    incidents: str(),
    statuspage: { type: 'array', items: str(), description: 'The Statuspage v2 compatible paths' },
    feeds: { type: 'array', items: str(), description: 'RSS 2.0 and Atom 1.0 incident feeds, Arabic and English' },
  }),
  Status: { type: 'string', enum: [...STATUSES], description: 'One status vocabulary everywhere. `unknown`: no trustworthy recent data (never shown as operational).' },
  Reason: nullable({ type: 'string', enum: [...REASONS] }),
  Error: obj({ error: obj({ code: str('Machine-readable code'), message: str('What went wrong, in English'), parameter: str('The parameter at fault (400 only)') }, ['code', 'message']) }),
  Service: obj({
    id: str('Stable service id'),
    category: { type: 'string', enum: [...CATEGORIES] },
    name: localized,
    shortName: str('Latin short name'),
    monitored: { type: 'boolean', description: 'false: no public endpoint to measure ("not monitored live"); the status is then unknown.' },
    status: ref('Status'),
    reason: ref('Reason'),
    since: nullable(dateTime('Start of the current status')),
    checkedAt: nullable(dateTime('Newest check behind the status')),
    measured: { type: 'boolean', description: "The status comes from Marsad's own probes." },
    failing: nullable(obj({ k: int(), n: int() })),
    reported: nullable(obj({ status: ref('Status'), reason: ref('Reason') })),
    latencyMs: nullable(int('Median response time of the access checks, in whole milliseconds (rounded)')),
    headAgeSec: nullable(int('Chains: age of the newest block, in whole seconds (rounded; block times have one-second resolution)')),
    bestHeight: nullable(int()),
    cloudDependencies: { type: 'array', items: obj({ provider: str(), region: nullable(str()) }) },
    links: { type: 'object' },
  }),
  UptimeFigure: obj({
    uptimePercent: nullable({ type: 'number', description: 'Rounded down, never up' }),
    coverage: { type: 'number', description: 'Share of the period with a known status (0–1)' },
    notEnoughData: { type: 'boolean' },
    worst: ref('Status'),
    checksSuccessShare: nullable({ type: 'number' }),
  }),
  SetSummary: obj({
    status: ref('Status'),
    counts: { type: 'object', additionalProperties: int() },
    known: int('Monitored services with a known status'),
    total: int('Monitored services'),
    atWorst: int('Services at the worst status'),
  }),
  StatusSummary: obj({
    generatedAt: dateTime(),
    dataAsOf: nullable(dateTime()),
    late: { type: 'boolean', description: "Marsad's own measurements are late: statuses are not current (counted as unknown below)." },
    methodologyVersion: str(),
    overall: ref('SetSummary'),
    groups: { type: 'array', items: { allOf: [ref('SetSummary'), obj({ id: { type: 'string', enum: [...CATEGORIES] }, services: { type: 'array', items: str() }, links: { type: 'object' } })] } },
    links: { type: 'object' },
  }),
  ServiceList: obj({ generatedAt: dateTime(), dataAsOf: nullable(dateTime()), late: { type: 'boolean' }, methodologyVersion: str(), filter: { type: 'object' }, services: { type: 'array', items: ref('Service') } }),
  ServiceDetail: obj({
    generatedAt: dateTime(),
    dataAsOf: nullable(dateTime()),
    late: { type: 'boolean' },
    methodologyVersion: str(),
    service: { allOf: [ref('Service'), obj({ uptime: nullable(obj(Object.fromEntries(UPTIME_WINDOWS.map((w) => [w, ref('UptimeFigure')])))) })] },
  }),
  HistoryPoint: obj({
    t: dateTime('Start of the bucket'),
    checks: int(),
    failures: int(),
    answered: int(),
    latencyAvgMs: nullable(int()),
    latencyP95Ms: nullable(int()),
    latencyMaxMs: nullable(int()),
    headAgeSec: nullable(int('Chains: head age in the bucket, in whole seconds (rounded)')),
  }),
  ServiceHistory: obj({
    serviceId: str(),
    range: { type: 'string', enum: [...HISTORY_RANGES] },
    resolution: { type: 'string', enum: [...HISTORY_RESOLUTIONS] },
    from: dateTime(),
    to: dateTime(),
    bucketSec: int(),
    source: { type: 'string', enum: ['checks', 'rollups'] },
    monitorIds: { type: 'array', items: str() },
    headAge: { type: 'boolean' },
    points: { type: 'array', items: ref('HistoryPoint') },
    links: { type: 'object' },
  }),
  IncidentListItem: obj({
    slug: str(),
    origin: { type: 'string', enum: ['past', 'detected'] },
    provider: nullable(str()),
    region: nullable(str()),
    zone: nullable(str()),
    regionName: nullable(localized),
    title: localized,
    startUtc: dateTime(),
    endUtc: nullable(dateTime()),
    endBounds: nullable(obj({ earliestUtc: dateTime(), latestUtc: dateTime() })),
    affectedServiceCount: int(),
    inScope: { type: 'boolean' },
    review: nullable({
      type: 'string',
      enum: ['confirmed', 'dismissed'],
      description: "A detection's verdict by Marsad's editors: `dismissed` is a false positive, kept listed (its failing time is unknown time in uptime, methodology 1.4). Null when not judged, and for rebuilt incidents.",
    }),
    links: { type: 'object' },
  }),
  IncidentList: obj({
    filter: obj({ provider: nullable(str()), year: nullable(int()), origin: nullable(str()) }),
    incidents: { type: 'array', items: ref('IncidentListItem') },
    editorIncidents: {
      type: 'array',
      description: "Incidents declared by Marsad's editors (provenance `editor`), listed when no provider or origin filter is given; each links to its own resource.",
      items: { type: 'object' },
    },
  }),
  IncidentEvent: obj({
    id: str('Permalink anchor'),
    timeUtc: nullable(dateTime('null: time not confirmed')),
    timeConfirmed: { type: 'boolean' },
    timeApproximate: { type: 'boolean' },
    timeNote: nullable(localized),
    state: { type: 'string', enum: [...EVENT_STATES] },
    serviceIds: { type: 'array', items: str() },
    services: str(),
    summary: localized,
    source: str('URL (empty for a measured event)'),
    sourceSite: str(),
    extraSources: { type: 'array', items: str() },
    confidence: { type: 'string', enum: [...CONFIDENCES] },
    provenance: { type: 'string', enum: [...PROVENANCES] },
    claimOnly: { type: 'boolean', description: 'Published only as "claimed, not verified"' },
    bestSourceType: nullable({ type: 'string', enum: [...SOURCE_TYPES], description: 'The strongest type among the event\'s sources (null for a measured event)' }),
    secondarySourcesOnly: { type: 'boolean', description: 'Resting only on secondary sources or copies: never counted as services hit nor stated as fact' },
  }),
  Incident: obj({
    incident: obj(
      {
        format: str(),
        slug: str(),
        origin: { type: 'string', enum: ['past', 'detected'] },
        phase: { type: 'string', enum: [...INCIDENT_PHASES] },
        title: localized,
        summary: nullable(localized),
        rootCause: nullable(localized),
        provider: str(),
        region: str(),
        zone: nullable(str()),
        startUtc: dateTime(),
        endUtc: nullable(dateTime()),
        endNote: nullable(localized),
        endBounds: nullable({ type: 'object' }),
        measured: nullable({
          type: 'object',
          description:
            'An incident Marsad detected itself: its service, the precision of both ends (± one check interval, seconds), the worst status, how often it reopened, and the company\'s acknowledgement (kind acknowledged with the vendor lag as a range in seconds, pending, none_within_24h or no_feed). Null otherwise.',
        }),
        review: nullable({
          type: 'object',
          description:
            "A detection's review by Marsad's editors (provenance `editor`, apart from what was measured and what the company reported): `verdict` (`confirmed`, `dismissed` or null), `verdictUtc`, `reason` (the dismissal's, bilingual Markdown, English null when Arabic only), `entries` (every update, confirmation and dismissal, oldest first: `atUtc`, `kind`, `text`) and `corrections` (each dismissal, and a confirmation that undid one). Null for rebuilt incidents.",
          properties: {
            provenance: { type: 'string', enum: ['editor'] },
            verdict: nullable({ type: 'string', enum: ['confirmed', 'dismissed'] }),
            verdictUtc: nullable(dateTime()),
            reason: nullable({ type: 'object' }),
            entries: { type: 'array', items: { type: 'object' } },
            corrections: { type: 'array', items: { type: 'object' } },
          },
          required: ['provenance', 'verdict', 'verdictUtc', 'reason', 'entries', 'corrections'],
        }),
        lastUpdated: str(),
        corrections: { type: 'array', items: { type: 'object' } },
        sources: { type: 'array', items: str() },
        sourceInfo: {
          type: 'array',
          description: 'Every source the incident cites, with its type, publisher, and title and date where the facts give them',
          items: {
            type: 'object',
            properties: {
              url: str(),
              type: { type: 'string', enum: [...SOURCE_TYPES] },
              publisher: str(),
              title: nullable(str()),
              published: nullable(str()),
              originalUrl: str('For a copy: the page it copies'),
              quotedBy: { type: 'array', items: str() },
            },
            required: ['url', 'type', 'publisher'],
          },
        },
        events: { type: 'array', items: ref('IncidentEvent') },
        services: { type: 'object' },
        methodologyVersion: str(),
        license: obj({ id: str(), url: str() }),
        postmortem: nullable(
          obj(
            {
              provenance: { type: 'string', enum: ['editor'] },
              body: obj({ ar: str('Markdown'), en: nullable(str('Markdown; null when written in Arabic only')) }),
              publishedUtc: dateTime(),
              revisedUtc: nullable(dateTime('Set when the text changed after it was published')),
            },
            ['provenance', 'body', 'publishedUtc', 'revisedUtc'],
            { description: "The incident's postmortem, written and published by Marsad's editors (null when none is published)." },
          ),
        ),
        links: { type: 'object' },
      },
      ['slug', 'origin', 'phase', 'title', 'startUtc', 'events'],
    ),
  }),
  StatuspagePage: obj({ id: str(), name: str(), url: str(), time_zone: str(), updated_at: dateTime() }),
  StatuspageStatus: obj({ indicator: { type: 'string', enum: [...SP_INDICATORS] }, description: str() }),
  StatuspageComponent: obj(
    {
      id: str(),
      name: str(),
      status: { type: 'string', enum: [...SP_COMPONENT_STATUSES] },
      created_at: dateTime('Marsad keeps no creation date: the start of the current status'),
      updated_at: dateTime('Start of the current status'),
      position: int(),
      description: nullable(str()),
      showcase: { type: 'boolean' },
      start_date: nullable(str()),
      group_id: nullable(str()),
      page_id: str(),
      group: { type: 'boolean' },
      only_show_if_degraded: { type: 'boolean' },
      components: { type: 'array', items: str(), description: 'Groups only' },
    },
    ['id', 'name', 'status', 'created_at', 'updated_at', 'position', 'group_id', 'page_id', 'group'],
  ),
  StatuspageIncident: obj(
    {
      id: str(),
      name: str(),
      status: { type: 'string', enum: [...SP_INCIDENT_STATUSES] },
      created_at: dateTime(),
      updated_at: dateTime(),
      monitoring_at: nullable(dateTime()),
      resolved_at: nullable(dateTime()),
      impact: { type: 'string', enum: [...SP_INDICATORS] },
      shortlink: str(),
      started_at: dateTime(),
      page_id: str(),
      incident_updates: {
        type: 'array',
        description: 'Newest first. Each is one event of the timeline (its source in the body).',
        items: obj({ id: str(), status: { type: 'string', enum: [...SP_INCIDENT_STATUSES] }, body: str(), incident_id: str(), created_at: dateTime(), updated_at: dateTime(), display_at: dateTime() }),
      },
      components: { type: 'array', items: ref('StatuspageComponent') },
    },
    ['id', 'name', 'status', 'created_at', 'updated_at', 'impact', 'shortlink', 'incident_updates'],
  ),
  StatuspageScheduledMaintenance: obj(
    {
      id: str('`mw-…` for an editor\'s window, `sp-…` for one the company declared on its own status page.'),
      name: str('The first line of the description, in the chosen language (else the other, said so in the update).'),
      status: { type: 'string', enum: [...SP_MAINTENANCE_STATUSES], description: 'A cancelled window is `completed`, with `resolved_at` at its cancellation and `marsad.cancelled_at` set.' },
      created_at: dateTime('When it was announced.'),
      updated_at: dateTime(),
      monitoring_at: { type: 'null' },
      resolved_at: nullable(dateTime()),
      impact: { type: 'string', enum: ['maintenance'] },
      shortlink: str('The first affected service\'s page.'),
      started_at: dateTime(),
      page_id: str(),
      incident_updates: {
        type: 'array',
        items: obj({ id: str(), status: { type: 'string', enum: [...SP_MAINTENANCE_STATUSES] }, body: str('The description as text, then who announced it.'), incident_id: str(), created_at: dateTime(), updated_at: dateTime(), display_at: dateTime() }),
      },
      components: { type: 'array', items: ref('StatuspageComponent'), description: 'The affected services whose status is known now.' },
      scheduled_for: dateTime(),
      scheduled_until: dateTime(),
      marsad: obj({
        source: { type: 'string', enum: ['editor', 'company'], description: 'Marsad\'s editors, or the company on its own status page.' },
        announced_by: str(),
        announced_at: dateTime('A window counts as maintenance only for failures that began after this and inside the window; past its end it is an outage.'),
        service_ids: { type: 'array', items: str() },
        cancelled_at: nullable(dateTime()),
        source_url: nullable(str('The company\'s notice.')),
      }),
    },
    ['id', 'name', 'status', 'created_at', 'updated_at', 'impact', 'shortlink', 'incident_updates', 'scheduled_for', 'scheduled_until', 'marsad'],
  ),
  MarsadExtension: obj({
    late: { type: 'boolean' },
    data_as_of: nullable(dateTime()),
    methodology_version: str(),
    unknown_components: { type: 'array', items: obj({ id: str(), name: str(), group_id: str(), reason: nullable(str()) }) },
    not_monitored: { type: 'array', items: obj({ id: str(), name: str(), group_id: str() }) },
    documentation: str(),
  }),
};

const idParam: OpenApiParameter = { name: 'id', in: 'path', required: true, description: 'A service id (lowercase letters, digits, dashes), e.g. `bitcoin`.', schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 } };
const slugParam: OpenApiParameter = { name: 'slug', in: 'path', required: true, description: 'An incident slug, e.g. `aws-us-east-1-2025-10-20`.', schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 120 } };

const statuspageTag = 'Statuspage v2';

export const OPENAPI_DOCUMENT: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Marsad (مرصد) public API',
    version: '1.0.0',
    summary: 'Status of exchanges, blockchains, infrastructure providers and clouds; incidents with sources.',
    description: `${CACHING}\n\n${ERRORS}\n\n## Statuspage compatibility\n\n${STATUSPAGE_UNKNOWN_MAPPING}`,
    license: { name: 'CC BY 4.0', identifier: 'CC-BY-4.0' },
  },
  servers: [{ url: '/' }],
  tags: [
    { name: 'Status', description: 'The status now, from one snapshot shared with the site.' },
    { name: 'Incidents', description: 'Past incidents rebuilt from public reports, and incidents Marsad detected.' },
    { name: statuspageTag, description: `Atlassian Statuspage v2 format, for tools that read Statuspage pages. ${STATUSPAGE_UNKNOWN_MAPPING}` },
  ],
  paths: {
    '/api/v1': op({
      operationId: 'getApiIndex',
      summary: 'Where everything in the API is',
      tags: ['Status'],
      responses: { '200': ok('The index', ref('ApiIndex')), ...errors('400') },
    }),
    '/api/v1/status': op({
      operationId: 'getStatusSummary',
      summary: 'Everything at a glance: one status overall and one per group',
      description: 'The worst known status wins; unknown only when nothing is known. Services not monitored live are not counted; when Marsad is late, every status counts as unknown.',
      tags: ['Status'],
      responses: { '200': ok('The summary', ref('StatusSummary')), ...errors('400') },
    }),
    '/api/v1/services': op({
      operationId: 'listServices',
      summary: 'Every service with its status now',
      tags: ['Status'],
      parameters: [
        { name: 'category', in: 'query', description: 'Only this group.', schema: { type: 'string', enum: [...CATEGORIES] } },
        { name: 'status', in: 'query', description: 'Only services with this status.', schema: { type: 'string', enum: [...STATUSES] } },
      ],
      responses: { '200': ok('The services', ref('ServiceList')), ...errors('400') },
    }),
    '/api/v1/services/{id}': op({
      operationId: 'getService',
      summary: "One service's status now and its uptime over 24 h, 7, 30 and 90 days",
      description: 'Uptime: 1 − (major + 0.3 × partial) / (known time − announced maintenance), rounded down, with its coverage. `uptime` is null for a service not monitored live.',
      tags: ['Status'],
      parameters: [idParam],
      responses: { '200': ok('The service', ref('ServiceDetail')), ...errors('400', '404') },
    }),
    '/api/v1/services/{id}/history': op({
      operationId: 'getServiceHistory',
      summary: "One service's response time, failures and head age over time",
      description: `One point per bucket, oldest first, empty buckets included; at most ${MAX_HISTORY_POINTS} points. Five-minute points exist only while raw checks are kept. Rate-limited.`,
      tags: ['Status'],
      parameters: [
        idParam,
        { name: 'range', in: 'query', description: 'How far back.', schema: { type: 'string', enum: [...HISTORY_RANGES], default: '24h' } },
        {
          name: 'resolution',
          in: 'query',
          description: `Bucket size; must be finer than the range. Default by range: ${Object.entries(DEFAULT_RESOLUTION).map(([r, d]) => `${r} → ${d}`).join(', ')}.`,
          schema: { type: 'string', enum: [...HISTORY_RESOLUTIONS] },
        },
      ],
      responses: { '200': ok('The history', ref('ServiceHistory')), ...errors('400', '404'), '429': { description: 'Too many requests; see Retry-After.' } },
    }),
    '/api/v1/incidents': op({
      operationId: 'listIncidents',
      summary: 'Incidents, newest first',
      tags: ['Incidents'],
      parameters: [
        { name: 'provider', in: 'query', description: 'Cloud provider, compared without case (e.g. `aws`).', schema: { type: 'string', pattern: '^[a-zA-Z0-9][a-zA-Z0-9 .-]{0,39}$' } },
        { name: 'year', in: 'query', description: 'UTC year the incident started.', schema: { type: 'string', pattern: '^\\d{4}$' } },
        {
          name: 'origin',
          in: 'query',
          description: '`measured`: incidents Marsad detected itself; `reconstructed`: past incidents rebuilt from public reports.',
          schema: { type: 'string', enum: [...INCIDENT_ORIGIN_FILTERS] },
        },
      ],
      responses: { '200': ok('The incidents', ref('IncidentList')), ...errors('400') },
    }),
    '/api/v1/incidents/{slug}': op({
      operationId: 'getIncident',
      summary: 'One incident: every event with its time, state, source, confidence and provenance',
      tags: ['Incidents'],
      parameters: [slugParam],
      responses: { '200': ok('The incident', ref('Incident')), ...errors('400', '404') },
    }),
    '/api/v1/openapi.json': op({
      operationId: 'getOpenApi',
      summary: 'This document',
      tags: ['Status'],
      responses: { '200': ok('OpenAPI 3.1', { type: 'object' }) },
    }),
    '/api/v2/summary.json': op({
      operationId: 'statuspageSummary',
      summary: 'Statuspage v2 summary: page, components, unresolved incidents, status',
      tags: [statuspageTag],
      parameters: [langParam],
      responses: {
        '200': ok(
          'Statuspage summary',
          obj({
            page: ref('StatuspagePage'),
            components: { type: 'array', items: ref('StatuspageComponent') },
            incidents: { type: 'array', items: ref('StatuspageIncident') },
            scheduled_maintenances: { type: 'array', items: { type: 'object' } },
            status: ref('StatuspageStatus'),
            marsad: ref('MarsadExtension'),
          }),
        ),
        ...errors('400'),
      },
    }),
    '/api/v2/status.json': op({
      operationId: 'statuspageStatus',
      summary: 'Statuspage v2 status: the page indicator',
      tags: [statuspageTag],
      parameters: [langParam],
      responses: { '200': ok('Statuspage status', obj({ page: ref('StatuspagePage'), status: ref('StatuspageStatus') })), ...errors('400') },
    }),
    '/api/v2/components.json': op({
      operationId: 'statuspageComponents',
      summary: 'Statuspage v2 components: groups and their known services',
      tags: [statuspageTag],
      parameters: [langParam],
      responses: {
        '200': ok('Statuspage components', obj({ page: ref('StatuspagePage'), components: { type: 'array', items: ref('StatuspageComponent') }, marsad: ref('MarsadExtension') })),
        ...errors('400'),
      },
    }),
    '/api/v2/scheduled-maintenances.json': op({
      operationId: 'statuspageScheduledMaintenances',
      summary: 'Statuspage v2 scheduled maintenances: the 50 newest windows, every phase',
      tags: [statuspageTag],
      parameters: [langParam],
      responses: { '200': ok('Statuspage scheduled maintenances', obj({ page: ref('StatuspagePage'), scheduled_maintenances: { type: 'array', items: ref('StatuspageScheduledMaintenance') } })), ...errors('400') },
    }),
    '/api/v2/scheduled-maintenances/upcoming.json': op({
      operationId: 'statuspageUpcomingMaintenances',
      summary: 'Statuspage v2: the maintenance windows still scheduled, soonest first',
      tags: [statuspageTag],
      parameters: [langParam],
      responses: { '200': ok('Upcoming maintenances', obj({ page: ref('StatuspagePage'), scheduled_maintenances: { type: 'array', items: ref('StatuspageScheduledMaintenance') } })), ...errors('400') },
    }),
    '/api/v2/scheduled-maintenances/active.json': op({
      operationId: 'statuspageActiveMaintenances',
      summary: 'Statuspage v2: the maintenance windows under way now',
      tags: [statuspageTag],
      parameters: [langParam],
      responses: { '200': ok('Active maintenances', obj({ page: ref('StatuspagePage'), scheduled_maintenances: { type: 'array', items: ref('StatuspageScheduledMaintenance') } })), ...errors('400') },
    }),
    '/api/v2/incidents.json': op({
      operationId: 'statuspageIncidents',
      summary: 'Statuspage v2 incidents: the 50 newest, with their updates',
      tags: [statuspageTag],
      parameters: [langParam],
      responses: { '200': ok('Statuspage incidents', obj({ page: ref('StatuspagePage'), incidents: { type: 'array', items: ref('StatuspageIncident') } })), ...errors('400') },
    }),
  },
  webhooks: {
    incident: {
      post: {
        operationId: 'incidentWebhook',
        summary: 'An incident opened, changed or resolved',
        description:
          'Sent to each endpoint an operator registered, per the Standard Webhooks specification (https://www.standardwebhooks.com): ' +
          '`webhook-signature` is `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the secret after `whsec_`, ' +
          'several separated by spaces while a secret is rotated; verify it with any Standard Webhooks library and refuse timestamps older than 5 minutes. ' +
          '`webhook-id` is the same at every attempt of one change: drop a repeat (a sender restarted mid-delivery may send one again). ' +
          'Answer 2xx within 15 s; anything else is tried again with exponential backoff for about 3 days. 410 removes the endpoint; ' +
          'redirects are not followed; an endpoint failing for 5 days is disabled. Each endpoint receives an incident\'s changes in order.',
        parameters: [
          { name: 'webhook-id', in: 'header', required: true, description: 'The message id: the idempotency key.', schema: { type: 'string' } },
          { name: 'webhook-timestamp', in: 'header', required: true, description: 'Seconds since the epoch when this attempt was signed.', schema: { type: 'string', pattern: '^[0-9]+$' } },
          { name: 'webhook-signature', in: 'header', required: true, description: 'One or more `v1,<base64>` signatures, separated by spaces.', schema: { type: 'string' } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: ref('WebhookEvent') } } },
        responses: { '200': { description: 'Received (any 2xx).' }, '410': { description: 'Gone: Marsad disables the endpoint and sends nothing more.' } },
      },
    },
  },
  components: {
    schemas,
    parameters: { lang: langParam },
    headers: {
      ETag: { description: 'Strong validator of the body; send it in If-None-Match.', schema: { type: 'string' } },
      CacheControl: { description: 'How long caches may keep the response.', schema: { type: 'string' } },
    },
    responses: {
      BadRequest: { description: 'A parameter is missing, malformed, repeated or unknown; `error.parameter` names it.', content: { 'application/json': { schema: ref('Error') } } },
      NotFound: { description: 'No such id or slug.', content: { 'application/json': { schema: ref('Error') } } },
      NotModified: { description: 'The ETag in If-None-Match is current; no body.' },
      Unavailable: { description: 'The data cannot be read at the moment.', content: { 'application/json': { schema: ref('Error') } } },
    },
  },
};
