// Reads the copy of facts.json the tests compare against (tests/fixtures/facts.json).
import { readFileSync } from 'node:fs';

export interface FactsEvent {
  service: string;
  time_utc: string | null;
  state: string;
  summary_en: string;
  source: string;
  confidence: string;
  time_note?: string;
  extra_sources?: string[];
}
export interface FactsPhase {
  phase: string;
  start_utc: string | null;
  end_utc: string | null;
  aws_local?: string;
  note?: string;
  sources: string[];
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
  phases?: FactsPhase[];
  scale?: { sources: string[]; confidence: string };
  sources: string[];
  source_notes?: string;
  scope_note?: string;
  disagreements: string[];
  events: FactsEvent[];
}
export interface FactsConcentration {
  id: string;
  chain: string;
  sources: string[];
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
