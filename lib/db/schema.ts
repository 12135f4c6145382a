// Marsad's one PostgreSQL schema, used on PGlite (embedded) and on a real PostgreSQL server alike.
// Services live in code (lib/catalog); tables refer to them by id. Vocabularies come from lib/status.
// jsonb columns carry their TypeScript type for writers ($type); readers parse them with the zod
// schemas beside them (check-facts.ts, state-detail.ts, incident-data.ts), never trust the type.
import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ProbeKind } from '@/lib/catalog/schema';
import type { Locale } from '@/lib/i18n/routing';
import { CONFIDENCES, PROVENANCES, REASONS, STATUSES } from '@/lib/status/vocabulary';
import { OUTCOMES, type ProbeFacts } from '@/lib/probes/types';
import type { EventDetail, IncidentData } from './incident-data';
import type { StateDetail } from './state-detail';

export const statusEnum = pgEnum('status', STATUSES);
export const reasonEnum = pgEnum('reason', REASONS);
export const outcomeEnum = pgEnum('outcome', OUTCOMES);
export const provenanceEnum = pgEnum('provenance', PROVENANCES);
export const confidenceEnum = pgEnum('confidence', CONFIDENCES);

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One probe run: kept 14 days, then only its rollups remain. */
export const checkResults = pgTable(
  'check_results',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    serviceId: text('service_id').notNull(),
    monitorId: text('monitor_id').notNull(),
    vantage: text('vantage').notNull(),
    startedAt: tz('started_at').notNull(),
    latencyMs: integer('latency_ms').notNull(),
    outcome: outcomeEnum('outcome').notNull(),
    reason: reasonEnum('reason'),
    /**
     * The probe kind that produced the result (catalog ProbeKind), so a result describes itself even
     * if the catalog changes. Plain text, so a new kind needs no migration; readers check it. Rows from
     * before this column say 'unrecorded' (migration 0001).
     */
    kind: text('kind').$type<ProbeKind>().notNull(),
    facts: jsonb('facts').$type<ProbeFacts>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    // A result written twice (a retried batch, two workers) is the same row.
    uniqueIndex('check_results_once').on(t.monitorId, t.vantage, t.startedAt),
    index('check_results_service_time').on(t.serviceId, t.startedAt),
    // Reads by time across services: health and metrics (the newest success, the last 5 minutes), the
    // evaluator's read-back and the retention job, which scanned the whole table without it.
    index('check_results_started').on(t.startedAt),
  ],
);

/** Hourly and daily aggregates of a service's confirmed timeline (lib/status Rollup): the bars read these. */
export const rollups = pgTable(
  'rollups',
  {
    serviceId: text('service_id').notNull(),
    resolution: text('resolution', { enum: ['hour', 'day'] }).notNull(),
    periodStart: tz('period_start').notNull(),
    /** Exclusive; for a period still in progress, the time it was built up to. */
    periodEnd: tz('period_end').notNull(),
    operationalMs: doublePrecision('operational_ms').notNull(),
    degradedMs: doublePrecision('degraded_ms').notNull(),
    partialMs: doublePrecision('partial_ms').notNull(),
    majorMs: doublePrecision('major_ms').notNull(),
    maintenanceMs: doublePrecision('maintenance_ms').notNull(),
    unknownMs: doublePrecision('unknown_ms').notNull(),
    checks: integer('checks').notNull(),
    checksUp: integer('checks_up').notNull(),
    checksDegraded: integer('checks_degraded').notNull(),
    checksDown: integer('checks_down').notNull(),
    checksIneligible: integer('checks_ineligible').notNull(),
    latencySumMs: doublePrecision('latency_sum_ms').notNull(),
    latencyCount: integer('latency_count').notNull(),
    latencyMaxMs: doublePrecision('latency_max_ms').notNull(),
    worst: statusEnum('worst').notNull(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.resolution, t.periodStart] })],
);

/** Every change of a service's confirmed status: the timeline that rollups and uptime are built from. */
export const statusChanges = pgTable(
  'status_changes',
  {
    serviceId: text('service_id').notNull(),
    at: tz('at').notNull(),
    status: statusEnum('status').notNull(),
    reason: reasonEnum('reason'),
    /** For maintenance: announced in advance (unannounced maintenance counts as an outage). */
    announced: boolean('announced').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.at] })],
);

/** The current derived status of each service, as the last evaluation set it. */
export const serviceStates = pgTable('service_states', {
  serviceId: text('service_id').primaryKey(),
  status: statusEnum('status').notNull(),
  reason: reasonEnum('reason'),
  since: tz('since').notNull(),
  checkedAt: tz('checked_at').notNull(),
  detail: jsonb('detail').$type<StateDetail>().notNull().default(sql`'{}'::jsonb`),
});

/** Past incidents (reconstructed from reports) and incidents Marsad detects live. */
export const incidents = pgTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    origin: text('origin', { enum: ['past', 'detected'] }).notNull(),
    provider: text('provider'),
    region: text('region'),
    title: jsonb('title').$type<{ ar: string; en: string }>().notNull(),
    startedAt: tz('started_at').notNull(),
    endedAt: tz('ended_at'),
    confirmedAt: tz('confirmed_at'),
    /** Detected incidents: the target (service or monitor) and the vantage that saw it. */
    serviceId: text('service_id'),
    data: jsonb('data').$type<IncidentData>().notNull().default(sql`'{}'::jsonb`),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('incidents_started').on(t.startedAt)],
);

export const incidentEvents = pgTable(
  'incident_events',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** Null: the time is not confirmed by any source. */
    timeUtc: tz('time_utc'),
    state: text('state').notNull(),
    serviceIds: text('service_ids').array().notNull().default(sql`'{}'::text[]`),
    provenance: provenanceEnum('provenance').notNull(),
    confidence: confidenceEnum('confidence').notNull(),
    claimOnly: boolean('claim_only').notNull().default(false),
    summary: jsonb('summary').$type<{ ar: string; en: string }>().notNull(),
    /**
     * What the columns above do not hold, per origin: for a past event its facts label, its link to the
     * cloud ("coincided with" / "caused by") and its time note; for a detected one, what the scheduler keeps.
     */
    detail: jsonb('detail').$type<EventDetail>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('incident_events_incident').on(t.incidentId, t.position)],
);

export const sources = pgTable('sources', {
  url: text('url').primaryKey(),
  siteName: text('site_name').notNull(),
});

export const incidentEventSources = pgTable(
  'incident_event_sources',
  {
    eventId: text('event_id').notNull().references(() => incidentEvents.id, { onDelete: 'cascade' }),
    url: text('url').notNull().references(() => sources.url),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.url] })],
);

/**
 * Editors' reviews of a detection (a detected incident or a cloud-outage event, both `incidents` rows of
 * origin 'detected'): an update, a confirmation, or a dismissal as a false positive with its reason.
 * Append-only (migration 0009): the newest confirm or dismiss is the verdict, the older ones stay listed.
 */
export const detectionReviews = pgTable(
  'detection_reviews',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    incidentId: text('incident_id').notNull().references(() => incidents.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['update', 'confirm', 'dismiss'] }).notNull(),
    at: tz('at').notNull(),
    /** The update's text, or the dismissal's reason (Arabic required), or a confirmation's optional note. */
    body: jsonb('body').$type<{ ar: string; en: string | null }>(),
    authorId: text('author_id').notNull(),
  },
  (t) => [index('detection_reviews_incident').on(t.incidentId, t.at)],
);

/**
 * The transactional outbox of notifications (docs/notifications.md): one row per (incident change, channel
 * target), written in the transaction that writes the change, so a change is never notified without being
 * stored nor stored without being notified. Unique on that key: workers evaluating the same change queue it
 * once. Senders claim rows with FOR UPDATE SKIP LOCKED and a lease (lib/db/outbox.ts).
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The incident change: `<incident id>:<change>:<digest of the state notified>`. */
    changeKey: text('change_key').notNull(),
    channel: text('channel', { enum: ['webhook', 'telegram-channel', 'telegram-dm', 'email'] }).notNull(),
    /** A webhook endpoint's id, a Telegram channel's language, a bot subscriber's chat, or an email subscription's id. */
    target: text('target').notNull(),
    /** The incident the change belongs to: a target receives one incident's changes in order. */
    subjectId: text('subject_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    state: text('state', { enum: ['pending', 'sending', 'delivered', 'failed', 'cancelled'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When the change happened (delivery latency is measured from here). */
    createdAt: tz('created_at').notNull(),
    nextAttemptAt: tz('next_attempt_at').notNull(),
    /** While `sending`: a sender killed mid-delivery leaves the row to be claimed again after this. */
    leaseUntil: tz('lease_until'),
    deliveredAt: tz('delivered_at'),
    lastError: text('last_error'),
  },
  (t) => [
    uniqueIndex('notification_outbox_once').on(t.changeKey, t.channel, t.target),
    index('notification_outbox_due').on(t.state, t.nextAttemptAt),
    index('notification_outbox_order').on(t.subjectId, t.channel, t.target, t.id),
  ],
);

/** Webhook endpoints (Standard Webhooks): registered by an operator; disabled on 410 or after failing too long. */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  /** `whsec_…` secrets, newest first: every one signs during a rotation. Never shown or exported. */
  secrets: text('secrets').array().notNull(),
  enabled: boolean('enabled').notNull().default(true),
  disabledReason: text('disabled_reason', { enum: ['gone', 'failing', 'operator'] }),
  /** The first failure since the last success: an endpoint failing for too long is disabled. */
  failingSince: tz('failing_since'),
  createdAt: tz('created_at').notNull().defaultNow(),
  /** Who registered it through the email-confirmed form (migration 0012), to be told when it is disabled. Never shown. */
  ownerEmail: text('owner_email'),
});

/** The Telegram channel post of each incident, edited in place as the incident moves. */
export const telegramPosts = pgTable(
  'telegram_posts',
  {
    subjectId: text('subject_id').notNull(),
    chatId: text('chat_id').notNull(),
    messageId: integer('message_id').notNull(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.subjectId, t.chatId] })],
);

// ---------------------------------------------------------------------------------------------------
// The editorial desk (issue 16): accounts and sessions in better-auth's shape (its drizzle adapter
// maps these by their JavaScript field names), the editors' incidents and their updates, the audit
// log, the desk's own settings and the sign-in attempt counters.

/** An editor or admin. `role` is better-auth's additional field; only `desk:admin` and admins set it. */
export const deskUsers = pgTable('desk_users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  role: text('role', { enum: ['editor', 'admin'] }).notNull().default('editor'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  /** Set by an admin (lib/desk/users.ts): no sign-in, every session revoked. Null: active. */
  disabledAt: tz('disabled_at'),
});

/** One signed-in browser: its token is what the cookie carries (signed); revoked by deleting the row. */
export const deskSessions = pgTable(
  'desk_sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id').notNull().references(() => deskUsers.id, { onDelete: 'cascade' }),
    expiresAt: tz('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('desk_sessions_user').on(t.userId)],
);

/** How a user signs in: for a password, its hash (better-auth's scrypt), never the password. */
export const deskAccounts = pgTable('desk_accounts', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull(),
  providerId: text('provider_id').notNull(),
  userId: text('user_id').notNull().references(() => deskUsers.id, { onDelete: 'cascade' }),
  accessToken: text('access_token'),
  refreshToken: text('refresh_token'),
  idToken: text('id_token'),
  accessTokenExpiresAt: tz('access_token_expires_at'),
  refreshTokenExpiresAt: tz('refresh_token_expires_at'),
  scope: text('scope'),
  password: text('password'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const deskVerifications = pgTable('desk_verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: tz('expires_at').notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

/** The desk's settings shared by every instance (the signing secret, made once when none is given). */
export const deskSettings = pgTable('desk_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Failed sign-ins per account (`account:…`) and per address (`address:…`) in the current window. */
export const deskSignInAttempts = pgTable('desk_sign_in_attempts', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStart: tz('window_start').notNull(),
});

/** An incident an editor declared: bilingual (English may be empty), its phase and affected services. */
export const deskIncidents = pgTable(
  'desk_incidents',
  {
    id: text('id').primaryKey(),
    title: jsonb('title').$type<{ ar: string; en: string | null }>().notNull(),
    body: jsonb('body').$type<{ ar: string; en: string | null }>().notNull(),
    phase: text('phase', { enum: ['investigating', 'identified', 'monitoring', 'resolved'] }).notNull(),
    impacts: jsonb('impacts').$type<{ serviceId: string; impact: string }[]>().notNull().default(sql`'[]'::jsonb`),
    startedAt: tz('started_at').notNull(),
    resolvedAt: tz('resolved_at'),
    createdBy: text('created_by').notNull(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('desk_incidents_started').on(t.startedAt)],
);

/**
 * The postmortem of an incident (an editor's, a detected or a rebuilt one, by its slug): bilingual
 * Markdown (English may be null), a draft until `published_at` is set (lib/desk/postmortems.ts).
 */
export const deskPostmortems = pgTable(
  'desk_postmortems',
  {
    incidentSlug: text('incident_slug').primaryKey(),
    body: jsonb('body').$type<{ ar: string; en: string | null }>().notNull(),
    publishedAt: tz('published_at'),
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('desk_postmortems_published').on(t.publishedAt)],
);

/** One update of an editor's incident: its time, phase, text in both languages and the impact it sets. */
export const deskIncidentUpdates = pgTable(
  'desk_incident_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    incidentId: text('incident_id').notNull().references(() => deskIncidents.id, { onDelete: 'cascade' }),
    at: tz('at').notNull(),
    phase: text('phase', { enum: ['investigating', 'identified', 'monitoring', 'resolved'] }).notNull(),
    body: jsonb('body').$type<{ ar: string; en: string | null }>().notNull(),
    impacts: jsonb('impacts').$type<{ serviceId: string; impact: string }[]>().notNull().default(sql`'[]'::jsonb`),
    authorId: text('author_id').notNull(),
  },
  (t) => [index('desk_incident_updates_incident').on(t.incidentId, t.at)],
);

/**
 * An announced maintenance window (lib/maintenance): an editor's (`editor`) or one a company declared on its own
 * status page (`company`, id `sp-<monitor>-<notice>`). `announced_at` is when it became known: the desk's write,
 * or the notice's own created_at bounded by Marsad's first poll that saw it. Cancelled windows are kept.
 */
export const maintenanceWindows = pgTable(
  'maintenance_windows',
  {
    id: text('id').primaryKey(),
    source: text('source', { enum: ['editor', 'company'] }).notNull(),
    serviceIds: jsonb('service_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    startsAt: tz('starts_at').notNull(),
    endsAt: tz('ends_at').notNull(),
    announcedAt: tz('announced_at').notNull(),
    description: jsonb('description').$type<{ ar: string | null; en: string | null }>().notNull(),
    sourceUrl: text('source_url'),
    createdBy: text('created_by'),
    updatedAt: tz('updated_at').notNull().defaultNow(),
    cancelledAt: tz('cancelled_at'),
  },
  (t) => [index('maintenance_windows_ends').on(t.endsAt)],
);

/** Every write on the desk: who, when, what, before and after. Append-only: nothing updates or deletes it. */
export const deskAudit = pgTable(
  'desk_audit',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: tz('at').notNull().defaultNow(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    target: text('target').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('desk_audit_at').on(t.at)],
);

/** People who follow incidents through the bot (a private chat each): the language they chose. Never shown or exported. */
export const telegramSubscribers = pgTable('telegram_subscribers', {
  chatId: text('chat_id').primaryKey(),
  locale: text('locale').$type<Locale>().notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
});

/** What each follows: `all`, a group (`group:exchange`) or a service (`service:coinbase`). /stop deletes them with the subscriber. */
export const telegramSubscriptions = pgTable(
  'telegram_subscriptions',
  {
    chatId: text('chat_id').notNull().references(() => telegramSubscribers.chatId, { onDelete: 'cascade' }),
    scope: text('scope').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.scope] }), index('telegram_subscriptions_scope').on(t.scope)],
);

/**
 * Email subscriptions (migration 0012): one row per address and scope (`all`, `group:exchange`,
 * `service:coinbase`), active once the emailed link is followed (double opt-in). The confirmation token is
 * kept only as its SHA-256 and expires; the unsubscribe token goes in every message (RFC 8058) and deletes
 * every row of the address. Addresses are never shown or exported (lib/db/email-subscribers.ts).
 */
export const emailSubscribers = pgTable(
  'email_subscribers',
  {
    id: text('id').primaryKey(),
    /** Lowercased. */
    email: text('email').notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    scope: text('scope').notNull(),
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: tz('confirm_expires_at'),
    /** When the last confirmation mail went out: another is sent only after a pause. */
    confirmSentAt: tz('confirm_sent_at'),
    /** Null until confirmed: nothing is sent to an unconfirmed address but the confirmation itself. */
    confirmedAt: tz('confirmed_at'),
    unsubscribeToken: text('unsubscribe_token').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('email_subscribers_email_scope').on(t.email, t.scope),
    uniqueIndex('email_subscribers_confirm_token').on(t.confirmTokenHash),
    uniqueIndex('email_subscribers_unsubscribe_token').on(t.unsubscribeToken),
    index('email_subscribers_scope').on(t.scope, t.confirmedAt),
  ],
);

/** A webhook endpoint a person registered, waiting for the emailed link (then it becomes a webhook_endpoints row). */
export const webhookRegistrations = pgTable(
  'webhook_registrations',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    locale: text('locale').$type<Locale>().notNull(),
    url: text('url').notNull(),
    confirmTokenHash: text('confirm_token_hash').notNull(),
    confirmExpiresAt: tz('confirm_expires_at').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('webhook_registrations_confirm_token').on(t.confirmTokenHash)],
);
