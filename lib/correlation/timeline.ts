// A cloud-outage event as a title and a timeline in both languages, for the incident tables (the feeds, the
// API and the event page read them like any incident's). Names stay in Latin script; the pages isolate them
// (components/incidents/bidi-text.tsx). Failing together is "coincided with", never "caused by". Pure.
import type { CloudLink, EventState, Localized } from '@/lib/incidents/types';
import type { Status } from '@/lib/status/vocabulary';
import { ALL_REGIONS } from './reports';
import type { CloudEvent } from './events';

export const CLOUD_EVENT_ENTRY_KINDS = ['member_failed', 'member_recovered', 'cloud_reported', 'cloud_resolved', 'chain_producing', 'chain_stalled'] as const;
export type CloudEventEntryKind = (typeof CLOUD_EVENT_ENTRY_KINDS)[number];

export interface CloudEventEntry {
  /** Stable across rounds and workers: the event, the kind, the service and the spell. */
  id: string;
  kind: CloudEventEntryKind;
  at: number;
  state: EventState;
  serviceIds: string[];
  /** Marsad's probes, or the cloud's own word. */
  provenance: 'measured' | 'reported';
  cloudLink: CloudLink;
  summary: Localized;
  /** Why the time is what it is, when it is not a measured check. */
  timeNote?: Localized;
}

export interface CloudEventNames {
  /** The cloud's short name, e.g. `AWS`. */
  provider: string;
  /** A service's short Latin name (catalog `shortName`), e.g. `Coinbase`. */
  nameOf: (serviceId: string) => string;
  /** The cloud's own catalog id (`aws`), named by its report rows; null when the catalog has none. */
  cloudServiceId: string | null;
}

const STATUS_WORDS: Record<Status, Localized> = {
  operational: { ar: 'يعمل بشكل طبيعي', en: 'operational' },
  degraded: { ar: 'أداء متدهور', en: 'degraded performance' },
  partial_outage: { ar: 'انقطاع جزئي', en: 'partial outage' },
  major_outage: { ar: 'انقطاع كبير', en: 'major outage' },
  maintenance: { ar: 'صيانة', en: 'maintenance' },
  unknown: { ar: 'غير معروف', en: 'unknown' },
};

export function cloudEventTitle(provider: string, region: string): Localized {
  return {
    ar: `${provider} ${region}: تعطّل متزامن لخدمات تعمل عليها`,
    en: `${provider} ${region}: services that run on it failing together`,
  };
}

const hhmm = (at: number) => `${new Date(at).toISOString().slice(11, 16)} UTC`;

export function cloudEventTimeline(event: CloudEvent, names: CloudEventNames): CloudEventEntry[] {
  const { provider } = names;
  const cloudIds = names.cloudServiceId ? [names.cloudServiceId] : [];
  const entries: CloudEventEntry[] = [];
  for (const member of event.members) {
    const name = names.nameOf(member.serviceId);
    const words = STATUS_WORDS[member.worstStatus];
    member.spells.forEach((spell, i) => {
      entries.push({
        id: `${event.id}:failed:${member.serviceId}:${i}`,
        kind: 'member_failed',
        at: spell.failedAt,
        state: member.worstStatus,
        serviceIds: [member.serviceId],
        provenance: 'measured',
        cloudLink: 'coincided',
        summary:
          i === 0
            ? { ar: `بدأ تعطّل ${name} (${words.ar})`, en: `${name} started failing (${words.en})` }
            : { ar: `عاد ${name} إلى التعطّل (${words.ar})`, en: `${name} failed again (${words.en})` },
      });
      if (spell.recoveredAt !== null) {
        entries.push({
          id: `${event.id}:recovered:${member.serviceId}:${i}`,
          kind: 'member_recovered',
          at: spell.recoveredAt,
          state: 'resolved',
          serviceIds: [member.serviceId],
          provenance: 'measured',
          cloudLink: 'coincided',
          summary: { ar: `عاد ${name} إلى العمل`, en: `${name} recovered` },
        });
      }
    });
  }
  const ack = event.acknowledgement;
  if (ack) {
    const where = ack.region === ALL_REGIONS ? { ar: 'تشمل كل المناطق', en: 'for all regions' } : { ar: `في ${ack.region}`, en: `in ${ack.region}` };
    entries.push({
      id: `${event.id}:cloud-reported`,
      kind: 'cloud_reported',
      at: ack.createdAt ?? ack.firstSeenAt,
      state: ack.impact === 'major' || ack.impact === 'critical' ? 'major_outage' : 'degraded',
      serviceIds: cloudIds,
      provenance: 'reported',
      cloudLink: 'cloud_itself',
      summary: { ar: `أعلنت ${provider} عن حادثة ${where.ar}`, en: `${provider} reported an incident ${where.en}` },
      timeNote:
        ack.createdAt !== null
          ? { ar: `الوقت الذي تذكره ${provider} نفسها (قد تعدّله)؛ وقرأه مرصد أول مرة في ${hhmm(ack.firstSeenAt)}.`, en: `The time ${provider} itself gives (it can edit it); Marsad first read it at ${hhmm(ack.firstSeenAt)}.` }
          : { ar: `أول قراءة لمرصد لموجز ${provider} تذكر الحادثة.`, en: `Marsad's first reading of ${provider}'s feed that lists it.` },
    });
  }
  if (ack && event.cloudResolvedAt !== null) {
    entries.push({
      id: `${event.id}:cloud-resolved`,
      kind: 'cloud_resolved',
      at: event.cloudResolvedAt,
      state: 'resolved',
      serviceIds: cloudIds,
      provenance: 'reported',
      cloudLink: 'cloud_itself',
      summary: { ar: `أعلنت ${provider} انتهاء الحادثة`, en: `${provider} reported the incident resolved` },
      timeNote: { ar: `أول قراءة لمرصد لموجز ${provider} لم تعد تذكر الحادثة.`, en: `Marsad's first reading of ${provider}'s feed that no longer lists it.` },
    });
  }
  for (const chain of event.chains) {
    const name = names.nameOf(chain.serviceId);
    if (chain.producingSince !== null && chain.stalledAt === null) {
      entries.push({
        id: `${event.id}:chain:${chain.serviceId}`,
        kind: 'chain_producing',
        at: chain.producingSince,
        state: 'operational',
        serviceIds: [chain.serviceId],
        provenance: 'measured',
        cloudLink: 'none',
        summary: { ar: `واصلت ${name} إنتاج الكتل`, en: `${name} kept producing blocks` },
      });
    }
    if (chain.stalledAt !== null) {
      entries.push({
        id: `${event.id}:chain-stalled:${chain.serviceId}`,
        kind: 'chain_stalled',
        at: chain.stalledAt,
        state: 'major_outage',
        serviceIds: [chain.serviceId],
        provenance: 'measured',
        cloudLink: 'coincided',
        summary: { ar: `توقّف إنتاج الكتل على ${name}`, en: `${name}: block production stalled` },
      });
    }
  }
  return entries.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}
