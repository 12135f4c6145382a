import { describe, expect, it } from 'vitest';
import { parseTarget } from '@/lib/front/request-target';

const ok = (url: string) => {
  const t = parseTarget(url);
  if (!t.ok) throw new Error(t.message);
  return t;
};

describe('request target', () => {
  it('serves an absolute-form request line by its path alone', () => {
    expect(ok('http://evil.example/incidents?year=2025').key).toBe('/incidents?year=2025');
    expect(ok('http://evil.example').key).toBe('/');
    expect(ok('https://evil.example?x=1').pathname).toBe('/');
    expect(parseTarget('evil.example/x').ok).toBe(false);
    expect(parseTarget('//evil.example/x').ok).toBe(false);
  });

  it('refuses malformed percent-encoding in the path and the query', () => {
    for (const url of ['/services/%E0%A4%A', '/api/v1/services/%FF', '/badge/service/%FF.svg', '/og/en/service/%FF.png', '/embed/service/%FF', '/?q=%E0%A4%A']) {
      expect(parseTarget(url).ok, url).toBe(false);
    }
    expect(parseTarget('/%25').ok).toBe(false);
    expect(ok('/%2541').pathname).toBe('/%2541');
  });

  it('keys the cache on the route’s own query parameters only, in a fixed order', () => {
    expect(ok('/?a=1').key).toBe('/');
    expect(ok('/?a=1').unknown).toEqual(['a']);
    expect(ok('/incidents?year=2025&zzz=1&provider=aws').key).toBe('/incidents?provider=aws&year=2025');
    expect(ok('/og/en/home.png?v=9').key).toBe('/og/en/home.png');
    expect(ok('/badge/service/bitcoin.svg?lang=en&v=1').key).toBe('/badge/service/bitcoin.svg?lang=en');
  });
});
