import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/catalog';
import { closestServices, editDistance, lastSegment } from '@/lib/catalog/suggest';

const services = getCatalog().services;
const ids = (query: string) => closestServices(query, services).map((s) => s.id);

describe('404 suggestions', () => {
  it('reads the last segment of the address, decoded', () => {
    expect(lastSegment('/en/services/Coinbse/')).toBe('coinbse');
    expect(lastSegment('/services/%D8%A8%D9%8A%D9%86%D8%A7%D9%86%D8%B3?x=1#y')).toBe('بينانس');
    expect(lastSegment('/services/%E0%A4%A')).toBe('%e0%a4%a');
  });

  it('suggests the closest services to a mistyped name, in any of its spellings', () => {
    expect(editDistance('coinbse', 'coinbase')).toBe(1);
    expect(ids('coinbse')[0]).toBe('coinbase');
    expect(ids('etherium')[0]).toBe('ethereum');
    expect(ids('arbitrum')[0]).toBe('arbitrum-one');
    expect(ids('بينانس')[0]).toBe('binance');
    expect(ids('base')).toContain('base');
  });

  it('suggests nothing when nothing is close', () => {
    expect(ids('zzzzqqq')).toEqual([]);
    expect(ids('x')).toEqual([]);
  });
});
