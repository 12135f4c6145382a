// The words of an incident Marsad detects itself: its title («Coinbase: توقف التداول» / "Coinbase:
// trading halted") and each timeline entry, in both languages, from the catalog's Latin short name and
// the messages the pages use (messages/*.json, namespace incident.detected), so the engine, the read
// models, the feeds and the APIs say the same thing. Written at read time as well as stored, so a
// better wording reaches incidents detected before it. Names stay Latin in Arabic (docs/glossary.md);
// the pages isolate them (components/incidents/bidi-text.tsx), the feeds with U+2068…U+2069.
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import type { Category } from '@/lib/catalog/schema';
import { statusLabelKey } from '@/lib/i18n/status-label';
import { routing, type Locale } from '@/lib/i18n/routing';
import type { Localized } from '@/lib/incidents/types';
import type { Reason, Status } from '@/lib/status/vocabulary';

const MESSAGES = { ar, en } as const satisfies Record<Locale, unknown>;
type Lang = Locale;

export interface DetectedSubject {
  shortName: string;
  category: Category | 'other';
}

/** `{name}` placeholders only: these messages have no plural or select. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

function both(build: (lang: Lang) => string): Localized {
  return Object.fromEntries(routing.locales.map((lang) => [lang, build(lang)])) as unknown as Localized;
}

type WhatKey = keyof typeof en.incident.detected.what;

/** What went wrong, in the title's words: the reason where it names the story, else the worst status. */
export function detectedWhatKey(subject: DetectedSubject, worstStatus: Status, reason: Reason | null): WhatKey {
  if (reason === 'trading_halted') return 'tradingHalted';
  if (reason === 'reported_incident') return 'reportedIncident';
  if (worstStatus === 'operational') return 'unknown';
  // A chain's major outage is "block production stalled", as on its badge.
  const label = statusLabelKey(worstStatus, subject.category === 'other' ? {} : { category: subject.category });
  return label === 'notMonitored' || label === 'operational' ? 'unknown' : label;
}

export function detectedTitle(subject: DetectedSubject, worstStatus: Status, reason: Reason | null): Localized {
  const what = detectedWhatKey(subject, worstStatus, reason);
  return both((lang) => fill(MESSAGES[lang].incident.detected.title, { name: subject.shortName, what: MESSAGES[lang].incident.detected.what[what] }));
}

export interface TimelineWords {
  kind: 'measured' | 'reported';
  status: Status;
  reason: Reason | null;
  failingVantages: number;
  vantageCount: number;
}

/** One timeline entry: "Major outage (Timed out). vantage points failing: 2 of 3", "Working again", the company's words. */
export function timelineSummary(entry: TimelineWords): Localized {
  return both((lang) => {
    const m = MESSAGES[lang];
    const status = m.status[entry.status];
    if (entry.kind === 'reported') return fill(m.incident.detected.reported, { status });
    if (entry.status === 'operational') return m.incident.detected.recovered;
    const head = entry.reason ? fill(m.incident.detected.entry, { status, reason: m.reason[entry.reason] }) : status;
    // Say nothing about vantage points when none answered (never "0 of 0").
    return entry.vantageCount > 0 ? `${head}. ${fill(m.incident.detected.failing, { k: entry.failingVantages, n: entry.vantageCount })}` : head;
  });
}
