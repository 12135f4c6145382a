// The published past incidents match facts.json event for event: same times, states, sources and
// confidence; nothing timed that the facts leave untimed; stable, unique anchors.
import { describe, expect, it } from 'vitest';
import { PAST_INCIDENTS, findPastEvent, findPastIncident, pastEventsForService } from '@/lib/incidents/past';
import { AGGREGATE_LABELS, SERVICE_LABEL_MAP, serviceIdsFor } from '@/lib/incidents/service-map';
import { EVENT_ID_PATTERN, EVENT_STATES, INCIDENT_SERVICE_IDS, type PastIncident } from '@/lib/incidents/types';
import { FACTS, type FactsEvent } from '../../helpers/facts';

function incidentFor(factsId: string): PastIncident {
  const inc = PAST_INCIDENTS.find((i) => i.factsId === factsId);
  if (!inc) throw new Error(`no past incident for ${factsId}`);
  return inc;
}

const key = (e: { service: string; time: string | null; state: string; source: string; confidence: string }) =>
  JSON.stringify([e.service, e.time, e.state, e.source, e.confidence]);

describe('PAST_INCIDENTS against facts.json', () => {
  it('has exactly one incident per facts incident', () => {
    expect(PAST_INCIDENTS.map((i) => i.factsId).sort()).toEqual(FACTS.incidents.map((i) => i.id).sort());
  });

  for (const fi of FACTS.incidents) {
    describe(fi.id, () => {
      const inc = incidentFor(fi.id);

      it('keeps the window, provider, scope and root-cause confidence', () => {
        expect(inc.startUtc).toBe(fi.start_utc);
        expect(inc.endUtc).toBe(fi.end_utc);
        expect(inc.provider).toBe(fi.provider);
        expect(fi.region.startsWith(inc.region)).toBe(true);
        if (inc.zone) expect(fi.region).toContain(inc.zone);
        expect(inc.inScope).toBe(fi.in_scope);
        expect(inc.rootCauseConfidence).toBe(fi.root_cause_confidence);
        expect(Boolean(inc.endNote)).toBe(Boolean(fi.end_note));
        expect(Boolean(inc.scopeNote)).toBe(Boolean(fi.scope_note));
        expect(Boolean(inc.sourceNotes)).toBe(Boolean(fi.source_notes));
        expect(inc.phase).toBe('resolved');
      });

      it('lists the same incident sources', () => {
        expect([...inc.sources].sort()).toEqual([...fi.sources].sort());
      });

      it('has every event, in order, with the same time, state, service, source, extra sources and confidence', () => {
        expect(inc.events).toHaveLength(fi.events.length);
        fi.events.forEach((fe: FactsEvent, i) => {
          const e = inc.events[i]!;
          expect(e.serviceLabel, `event ${i}`).toBe(fe.service);
          expect(e.timeUtc, `event ${i} time`).toBe(fe.time_utc);
          expect(e.state, `event ${i} state`).toBe(fe.state);
          expect(e.source, `event ${i} source`).toBe(fe.source);
          expect(e.extraSources, `event ${i} extra sources`).toEqual(fe.extra_sources ?? []);
          expect(e.confidence, `event ${i} confidence`).toBe(fe.confidence);
          expect(e.serviceIds).toEqual(serviceIdsFor(fe.service));
          // A facts time note is always carried over (translated).
          if (fe.time_note) expect(e.timeNote, `event ${i} time note`).toBeDefined();
        });
      });

      it('has no event beyond the facts (as a multiset, whatever the order)', () => {
        const ours = inc.events.map((e) =>
          key({ service: e.serviceLabel, time: e.timeUtc, state: e.state, source: e.source, confidence: e.confidence }),
        );
        const theirs = fi.events.map((e) =>
          key({ service: e.service, time: e.time_utc, state: e.state, source: e.source, confidence: e.confidence }),
        );
        expect(ours.sort()).toEqual(theirs.sort());
      });

      it('gives no time the facts do not give', () => {
        const factTimes = new Set(fi.events.map((e) => e.time_utc).filter((t): t is string => t !== null));
        for (const e of inc.events) if (e.timeUtc !== null) expect(factTimes.has(e.timeUtc)).toBe(true);
        // And approximate/undated flags never invent precision.
        for (const e of inc.events) if (e.timeApproximate) expect(e.timeUtc).not.toBeNull();
      });

      it('has every phase with the same span, sources and confidence', () => {
        const phases = fi.phases ?? [];
        expect(inc.phases).toHaveLength(phases.length);
        phases.forEach((fp, i) => {
          const p = inc.phases[i]!;
          expect(p.startUtc).toBe(fp.start_utc);
          expect(p.endUtc).toBe(fp.end_utc);
          expect(p.sources).toEqual(fp.sources);
          expect(p.confidence).toBe(fp.confidence);
          expect(p.providerLocalTime).toBe(fp.aws_local);
          expect(Boolean(p.note)).toBe(Boolean(fp.note));
        });
      });

      it('keeps every disagreement, each with at least two figures', () => {
        expect(inc.disagreements.length).toBeGreaterThanOrEqual(fi.disagreements.length);
        for (const d of inc.disagreements) expect(d.figures.length).toBeGreaterThanOrEqual(2);
        // Every link the facts give inside a disagreement is kept.
        const links = fi.disagreements.flatMap((d) => d.match(/https?:\/\/[^\s)]+/g) ?? []);
        const ours = new Set(inc.disagreements.flatMap((d) => [...(d.sources ?? []), ...d.figures.flatMap((f) => f.sources)]));
        for (const l of links) expect(ours.has(l), l).toBe(true);
      });

      it('keeps the scale figure with its sources', () => {
        if (!fi.scale) return expect(inc.scale).toBeUndefined();
        expect(inc.scale?.sources).toEqual(fi.scale.sources);
        expect(inc.scale?.confidence).toBe(fi.scale.confidence);
      });

      it('starts with no corrections and a last-updated date', () => {
        expect(inc.corrections).toEqual([]);
        expect(inc.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });

      it('places every timed event inside the incident window (or its end bounds)', () => {
        const end = inc.endBounds?.latestUtc ?? inc.endUtc;
        for (const e of inc.events) {
          if (e.timeUtc === null) continue;
          expect(e.timeUtc >= inc.startUtc).toBe(true);
          // The April aggregate row (09:30) is a later snapshot of effects, so only the start is checked
          // strictly; nothing may be more than a day after the end.
          if (end) expect(Date.parse(e.timeUtc) - Date.parse(end)).toBeLessThan(24 * 3600_000);
        }
      });
    });
  }
});

describe('events', () => {
  const all = PAST_INCIDENTS.flatMap((i) => i.events);

  it('all have a source link and a known state', () => {
    for (const e of all) {
      expect(e.source).toMatch(/^https?:\/\//);
      expect(EVENT_STATES).toContain(e.state);
    }
  });

  it('use only the catalog ids', () => {
    for (const e of all) for (const id of e.serviceIds) expect(INCIDENT_SERVICE_IDS).toContain(id);
  });

  it('aggregate rows have no service ids', () => {
    const aggregates = all.filter((e) => AGGREGATE_LABELS.includes(e.serviceLabel));
    expect(aggregates.length).toBeGreaterThan(0);
    for (const e of aggregates) expect(e.serviceIds).toEqual([]);
    for (const e of all.filter((x) => x.serviceIds.length === 0)) expect(AGGREGATE_LABELS).toContain(e.serviceLabel);
  });

  it('map every facts service label, and several-service labels to several ids', () => {
    for (const fi of FACTS.incidents) for (const fe of fi.events) expect(SERVICE_LABEL_MAP[fe.service], fe.service).toBeDefined();
    expect(serviceIdsFor('Polygon PoS / Arbitrum One / OP Mainnet / Linea / Scroll')).toEqual([
      'polygon-pos',
      'arbitrum-one',
      'op-mainnet',
      'linea',
      'scroll',
    ]);
    expect(serviceIdsFor('Gate.io / Coinstore')).toEqual(['gate-io', 'coinstore']);
    expect(serviceIdsFor('Rabby Wallet / DeBank')).toEqual(['rabby', 'debank']);
    expect(serviceIdsFor('Crypto sector (aggregate)')).toEqual([]);
    expect(() => serviceIdsFor('Some new exchange')).toThrow(/No catalog mapping/);
  });

  it('have unique anchor ids that follow the permalink pattern', () => {
    const ids = all.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(EVENT_ID_PATTERN);
  });

  it('keep stable anchor ids (changing one breaks published permalinks)', () => {
    expect(findPastIncident('aws-us-east-1-2025-10-20')?.events.map((e) => e.id)).toEqual([
      'event-2025-10-20t0648-aws',
      'event-2025-10-20t0711-aws',
      'event-2025-10-20t0738-aws',
      'event-2025-10-20t0925-aws',
      'event-2025-10-20t1035-aws',
      'event-2025-10-20t1230-aws',
      'event-2025-10-20t2050-aws',
      'event-2025-10-20t2109-aws',
      'event-2025-10-20t2120-aws',
      'event-2025-10-20t0711-infura',
      'event-2025-10-20-untimed-infura',
      'event-2025-10-20-untimed-metamask',
      'event-2025-10-20-untimed-coinbase',
      'event-2025-10-20-untimed-coinbase-2',
      'event-2025-10-20-untimed-base',
      'event-2025-10-20-untimed-base-2',
      'event-2025-10-20-untimed-robinhood',
      'event-2025-10-20-untimed-alchemy',
      'event-2025-10-20-untimed-opensea',
      'event-2025-10-20-untimed-crypto-com',
      'event-2025-10-20-untimed-coinmarketcap',
      'event-2025-10-20-untimed-polygon-pos-arbitrum-one-op-mainnet-linea-scroll',
      'event-2025-10-20-untimed-ethereum',
      'event-2025-10-20-untimed-bitcoin',
      'event-2025-10-20-untimed-solana',
      'event-2025-10-20-untimed-ethereum-claim',
    ]);
    expect(findPastIncident('aws-ap-northeast-1-2025-04-15')?.events.map((e) => e.id)).toEqual([
      'event-2025-04-15t0740-aws',
      'event-2025-04-15t0815-aws',
      'event-2025-04-15t0821-aws',
      'event-2025-04-15t0843-aws',
      'event-2025-04-15-untimed-binance',
      'event-2025-04-15-untimed-binance-2',
      'event-2025-04-15-untimed-kucoin',
      'event-2025-04-15-untimed-mexc',
      'event-2025-04-15-untimed-gate-io-coinstore',
      'event-2025-04-15-untimed-rabby-debank',
      'event-2025-04-15t0930-sector',
    ]);
    expect(findPastIncident('aws-us-east-1-2026-05-07')?.events.map((e) => e.id)).toEqual(['event-2026-05-07t2348-coinbase']);
  });

  it('have readable, unique incident slugs', () => {
    expect(PAST_INCIDENTS.map((i) => i.slug)).toEqual([
      'aws-us-east-1-2026-05-07',
      'aws-us-east-1-2025-10-20',
      'aws-ap-northeast-1-2025-04-15',
    ]);
  });

  it('publish the 37% node claim only as a claim', () => {
    const claims = all.filter((e) => e.claimOnly);
    expect(claims.map((e) => e.serviceLabel)).toEqual(['Ethereum nodes (claim)']);
    for (const c of claims) {
      expect(c.state).toBe('unknown');
      expect(c.summary.en).toMatch(/^Claimed, not verified/);
      expect(c.summary.ar).toMatch(/^ادعاء غير مُتحقَّق منه/);
    }
    // No other event states the figure as fact.
    for (const e of all.filter((x) => !x.claimOnly)) expect(e.summary.en).not.toMatch(/37%/);
  });

  it('say "coincided", never "caused by", unless the company itself named the cloud', () => {
    const causal = { en: /\b(caused by|due to|because of|blamed|triggered by)\b/i, ar: /(بسبب|نتيجة|جرّاء|جراء|تسبّب|تسبب)/ };
    for (const e of all.filter((x) => x.cloudLink === 'coincided' || x.cloudLink === 'none')) {
      expect(e.summary.en, e.id).not.toMatch(causal.en);
      expect(e.summary.ar, e.id).not.toMatch(causal.ar);
    }
    // Companies that named AWS themselves, per the facts.
    const named = all.filter((x) => x.cloudLink === 'named_by_company').map((x) => x.serviceIds.join('+'));
    expect(new Set(named)).toEqual(new Set(['infura', 'coinbase', 'binance', 'kucoin']));
  });

  it('mark a quoted company statement as reported and the rest as reconstructed', () => {
    for (const e of all) expect(['reported', 'reconstructed']).toContain(e.provenance);
    const byId = (id: string) => all.find((e) => e.id === id)!;
    expect(byId('event-2025-10-20t0648-aws').provenance).toBe('reported');
    expect(byId('event-2025-04-15-untimed-binance').provenance).toBe('reported');
    expect(byId('event-2025-10-20-untimed-metamask').provenance).toBe('reconstructed');
  });

  it('write Arabic and English for every text', () => {
    for (const inc of PAST_INCIDENTS) {
      for (const e of inc.events) {
        expect(e.summary.ar).toMatch(/[\u0600-\u06FF]/);
        expect(e.summary.en).not.toMatch(/[\u0600-\u06FF]/);
      }
      expect(inc.title.ar).toMatch(/[\u0600-\u06FF]/);
      expect(inc.summary.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('contain no invisible direction marks (the UI isolates Latin runs itself)', () => {
    const text = JSON.stringify(PAST_INCIDENTS);
    expect(text).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it('finds events by permalink and by service', () => {
    expect(findPastEvent('event-2025-10-20t0648-aws')?.incident.slug).toBe('aws-us-east-1-2025-10-20');
    expect(findPastEvent('event-nope')).toBeUndefined();
    const coinbase = pastEventsForService('coinbase');
    expect(coinbase.map((x) => x.event.id)).toEqual([
      'event-2026-05-07t2348-coinbase',
      'event-2025-10-20-untimed-coinbase',
      'event-2025-10-20-untimed-coinbase-2',
    ]);
  });
});
