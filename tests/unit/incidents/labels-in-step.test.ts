// The CSV export carries its own copy of the glossary words (it is built outside React); the pages use
// messages/. One term per idea: this keeps the two in step.
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { CONFIDENCE_LABELS, PROVENANCE_LABELS, STATE_LABELS, TIME_NOT_CONFIRMED } from '@/lib/incidents/labels';

const messages = { ar, en } as const;

describe('export labels match the pages’ messages', () => {
  for (const locale of ['ar', 'en'] as const) {
    const m = messages[locale].incident as unknown as Record<string, Record<string, string>>;
    it(`${locale}: states, confidence, provenance and "time not confirmed"`, () => {
      for (const [code, label] of Object.entries(STATE_LABELS)) expect(label[locale], code).toBe(m.state![code]);
      for (const [code, label] of Object.entries(CONFIDENCE_LABELS)) expect(label[locale], code).toBe(m.confidence![code]);
      for (const [code, label] of Object.entries(PROVENANCE_LABELS)) expect(label[locale], code).toBe(m.provenance![code]);
      expect(TIME_NOT_CONFIRMED[locale]).toBe(m.time!.notConfirmed);
    });
  }
});
