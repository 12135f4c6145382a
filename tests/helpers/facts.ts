// Reads the copy of facts.json the tests compare against (tests/fixtures/facts.json, version 2: every
// source is an object with its type, publisher, and where known its title and date).
import { readFileSync } from 'node:fs';

export interface FactsSource {
  url: string;
  type: 'primary' | 'press' | 'analysis' | 'secondary' | 'mirror';
  publisher: string;
  title: string | null;
  published: string | null;
  original_url?: string;
  quoted_by?: string[];
  note?: string;
}
export interface FactsEvent {
  service: string;
  time_utc: string | null;
  state: string;
  summary_en: string;
  source: FactsSource;
  confidence: string;
  time_note?: string;
  extra_sources?: FactsSource[];
}
export interface FactsPhase {
  phase: string;
  start_utc: string | null;
  end_utc: string | null;
  aws_local?: string;
  note?: string;
  sources: FactsSource[];
  confidence: string;
}
export interface FactsIncident {
  id: string;
  in_scope: boolean;
  start_utc: string;
  end_utc: string | null;
  end_note?: string;
  provider: string;
  region: string;
  root_cause_confidence: string;
  root_cause_sources: FactsSource[];
  phases?: FactsPhase[];
  scale?: { sources: FactsSource[]; confidence: string };
  sources: FactsSource[];
  source_notes?: string;
  scope_note?: string;
  disagreements: string[];
  events: FactsEvent[];
}
export interface FactsConcentration {
  id: string;
  chain: string;
  sources: FactsSource[];
  confidence: string;
  as_of: string;
  note?: string;
}
export interface FactsService {
  id: string;
  category: string;
}
export interface Facts {
  services: FactsService[];
  incidents: FactsIncident[];
  concentration: FactsConcentration[];
  not_verified: string[];
  state_vocabulary: { states: string[] };
}

export const FACTS: Facts = JSON.parse(
  readFileSync(new URL('../fixtures/facts.json', import.meta.url), 'utf8'),
) as Facts;

/** The addresses of some facts sources, in order. */
export const urlsOf = (sources: readonly FactsSource[] | undefined): string[] => (sources ?? []).map((s) => s.url);

/** An event's addresses: its source, then its other sources. */
export const eventUrls = (e: FactsEvent): string[] => [e.source.url, ...urlsOf(e.extra_sources)];

/** The facts' id of an incident → Marsad's stable slug (issue 15). */
export const SLUG_OF_FACTS_ID: Readonly<Record<string, string>> = {
  'aws-us-east-1-2025-10-20': 'aws-us-east-1-2025-10-20',
  'aws-ap-northeast-1-apne1-az4-2025-04-15': 'aws-ap-northeast-1-2025-04-15',
  'aws-us-east-1-use1-az4-thermal-2026-05-07': 'aws-us-east-1-2026-05-07',
};
