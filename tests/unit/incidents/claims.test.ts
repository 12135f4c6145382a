// Concentration figures and not-verified items match facts.json and are worded as what they are.
import { describe, expect, it } from 'vitest';
import { CONCENTRATION, concentrationFor } from '@/lib/incidents/concentration';
import { NOT_VERIFIED_ITEMS, notVerifiedFor, notVerifiedLabel } from '@/lib/incidents/not-verified';
import { PAST_INCIDENTS } from '@/lib/incidents/past';
import { FACTS, urlsOf } from '../../helpers/facts';

describe('concentration', () => {
  it('has every facts figure with the same sources and confidence', () => {
    expect(CONCENTRATION.map((c) => c.id)).toEqual(FACTS.concentration.map((c) => c.id));
    FACTS.concentration.forEach((fc, i) => {
      const c = CONCENTRATION[i]!;
      expect(c.sources).toEqual(urlsOf(fc.sources));
      expect(c.confidence).toBe(fc.confidence);
      if (fc.note) expect(c.caveat, fc.id).toBeDefined();
      if (fc.chain === 'Ethereum') expect(c.chainIds).toContain('ethereum');
      if (fc.chain === 'Solana') expect(c.chainIds).toContain('solana');
    });
  });
  it('publishes the 37% offline figure only as a claim', () => {
    const claim = CONCENTRATION.find((c) => c.id === 'eth-nodes-offline-claim-oct2025')!;
    expect(claim.claimOnly).toBe(true);
    expect(claim.sentence.en).toMatch(/^Claimed, not verified/);
    expect(claim.sentence.ar).toMatch(/^ادعاء غير مُتحقَّق منه/);
    for (const c of CONCENTRATION.filter((x) => !x.claimOnly)) expect(c.sentence.en).not.toMatch(/offline during/);
  });
  it('sorts a chain’s figures newest first, undated last', () => {
    const eth = concentrationFor('ethereum').map((c) => c.asOf);
    const dated = eth.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(eth.slice(dated.length).every((d) => d === null)).toBe(true);
  });
});

describe('not verified', () => {
  it('renders every facts not_verified line exactly once', () => {
    const texts = NOT_VERIFIED_ITEMS.map((n) => n.factsText).filter(Boolean);
    expect([...texts].sort()).toEqual([...FACTS.not_verified].sort());
  });
  it('says where each item comes from, and why it is not verified, in both languages', () => {
    for (const n of NOT_VERIFIED_ITEMS) {
      expect(n.source !== null || n.sourceNote !== undefined).toBe(true);
      expect(n.whyNotVerified.ar).toMatch(/[\u0600-\u06FF]/);
      expect(n.whyNotVerified.en.length).toBeGreaterThan(0);
    }
  });
  it('labels claims "claimed, not verified" and gaps "not verified"', () => {
    expect(notVerifiedLabel({ kind: 'claim' }).en).toBe('Claimed, not verified');
    expect(notVerifiedLabel({ kind: 'gap' }).en).toBe('Not verified');
    expect(notVerifiedLabel({ kind: 'claim' }).ar).toBe('ادعاء غير مُتحقَّق منه');
  });
  it('attaches the relevant items to each incident and only to real incidents', () => {
    const factsIds = new Set(FACTS.incidents.map((i) => i.id));
    for (const n of NOT_VERIFIED_ITEMS) for (const id of n.incidents) expect(factsIds.has(id)).toBe(true);
    for (const inc of PAST_INCIDENTS) expect(inc.notVerified.map((n) => n.id)).toEqual(notVerifiedFor(inc.factsId).map((n) => n.id));
    const oct = PAST_INCIDENTS.find((i) => i.slug === 'aws-us-east-1-2025-10-20')!;
    expect(oct.notVerified.map((n) => n.id)).toContain('ethereum-nodes-offline-37-percent');
    expect(oct.notVerified.map((n) => n.id)).toContain('sei-cofounder-remark');
    const apr = PAST_INCIDENTS.find((i) => i.slug === 'aws-ap-northeast-1-2025-04-15')!;
    expect(apr.notVerified.map((n) => n.id)).toEqual(['binance-kucoin-post-times-2025-04-15', 'original-article-urls']);
  });
});
