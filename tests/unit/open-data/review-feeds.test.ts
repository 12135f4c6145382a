// A detection the editors reviewed, in the feeds and the Statuspage incidents: the item stays, its title
// marked dismissed, the review labelled "editor" apart from what was measured, the reason as safe HTML
// (feeds) or plain text (Statuspage), and a dismissed detection's impact is none.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtom, buildRss, feedPath, type FeedContext } from '@/lib/open-data/feeds';
import { statuspageIncident, type StatuspageContext } from '@/lib/open-data/statuspage';
import { CATEGORIES, type Category } from '@/lib/catalog/schema';
import { STATUSES, type Status } from '@/lib/status/vocabulary';
import { EVENT_STATES, type EventState } from '@/lib/incidents/types';
import type { DetectionReview, IncidentRecord } from '@/lib/view-types';
import { PAST_RECORDS } from '../../helpers/snapshots';
import { spIncidentSchema } from '../../helpers/statuspage-schema';

const review: DetectionReview = {
  verdict: 'dismissed',
  verdictUtc: '2026-12-06T11:00:00.000Z',
  reason: { ar: 'أخطأ **المسبار** <script>alert(1)</script>', en: null },
  entries: [
    { atUtc: '2026-12-06T10:30:00.000Z', kind: 'update', text: { ar: 'نراجع القياس.', en: 'We are checking the measurement.' } },
    { atUtc: '2026-12-06T11:00:00.000Z', kind: 'dismiss', text: { ar: 'أخطأ **المسبار** <script>alert(1)</script>', en: null } },
  ],
  corrections: [{ atUtc: '2026-12-06T11:00:00.000Z', kind: 'dismiss', text: { ar: 'أخطأ **المسبار** <script>alert(1)</script>', en: null } }],
};
const base = PAST_RECORDS.find((i) => i.slug === 'aws-us-east-1-2025-10-20')!;
const detection: IncidentRecord = { ...base, origin: 'detected', slug: 'coinbase-2026-12-06-1000', title: { ar: 'Coinbase: انقطاع كبير', en: 'Coinbase: major outage' }, review };

const reviewWords = { label: 'من محرري مرصد', dismissedMark: 'رُفض: إنذار كاذب', dismissed: 'رفض المحررون هذا الرصد', confirmed: 'أكّده المحررون', reason: 'السبب', kinds: { update: 'تحديث', confirm: 'تأكيد', dismiss: 'رفض' } };

function context(format: 'rss' | 'atom'): FeedContext {
  return {
    lang: 'ar',
    format,
    siteUrl: 'https://marsad.test',
    selfUrl: `https://marsad.test${feedPath('ar', format)}`,
    incidentUrl: (slug) => `https://marsad.test/incidents/${slug}`,
    formatTime: (iso) => iso,
    now: new Date('2026-12-06T12:00:00Z'),
    labels: {
      title: 'مرصد', description: 'd', updatesHeading: 'Updates', source: 'Source', timeNotConfirmed: 't', claimedNotVerified: 'c',
      states: Object.fromEntries(EVENT_STATES.map((s) => [s, s])) as Record<EventState, string>,
      review: reviewWords,
    },
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('a reviewed detection in the feeds', () => {
  it('RSS: the item stays, its title marked, the review labelled and its Markdown safe', () => {
    const xml = buildRss([detection], context('rss'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = parser.parse(xml).rss.channel.item;
    expect(item.title).toContain('رُفض: إنذار كاذب');
    const html: string = item.description;
    expect(html).toContain('من محرري مرصد');
    expect(html).toContain('رفض المحررون هذا الرصد');
    expect(html).toContain('<strong>المسبار</strong>');
    expect(html).toContain('نراجع القياس.');
    expect(html).not.toMatch(/<script/);
  });

  it('Atom: the same, and nothing of the review without its words', () => {
    const xml = buildAtom([detection], context('atom'));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).feed.entry.content['#text']).toContain('رفض المحررون هذا الرصد');
    const bare = context('atom');
    delete bare.labels.review;
    expect(buildAtom([detection], bare)).not.toContain('من محرري مرصد');
  });
});

describe('a reviewed detection in the Statuspage incidents', () => {
  const sp: StatuspageContext = {
    lang: 'en',
    pageUrl: 'https://marsad.test/en',
    documentation: '/open-data',
    labels: {
      pageName: 'Marsad',
      groups: Object.fromEntries(CATEGORIES.map((c) => [c, c])) as Record<Category, string>,
      indicator: Object.fromEntries(STATUSES.map((s) => [s, s])) as Record<Status, string>,
      someUnknown: (n) => `${n}`,
      source: 'Source',
      review: { label: "From Marsad's editors", kinds: { update: 'Update', confirm: 'Confirmed', dismiss: 'Dismissed as a false positive' } },
    },
  };

  it('adds each review entry as a labelled update in time order, in Arabic when there is no English, and says no impact', () => {
    const incident = statuspageIncident(detection, sp, 'https://marsad.test/en/incidents/x');
    expect(spIncidentSchema.safeParse(incident).success).toBe(true);
    expect(incident.impact).toBe('none');
    const bodies = incident.incident_updates.filter((u) => u.id.includes('-review-')).map((u) => u.body);
    expect(bodies).toEqual([
      "From Marsad's editors: Dismissed as a false positive. أخطأ **المسبار** <script>alert(1)</script>",
      "From Marsad's editors: Update. We are checking the measurement.",
    ]);
    const times = incident.incident_updates.map((u) => u.created_at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
