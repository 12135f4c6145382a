import { describe, expect, it } from 'vitest';
import { getPathname } from '@/lib/i18n/navigation';
import { switchHref } from '@/lib/i18n/switch-href';

describe('the language switch', () => {
  it('keeps the query and the anchor', () => {
    expect(switchHref('/en/incidents', '?provider=aws&year=2025', '')).toBe('/en/incidents?provider=aws&year=2025');
    expect(switchHref('/incidents/aws-us-east-1-2025-10-20', '', '#event-abc')).toBe('/incidents/aws-us-east-1-2025-10-20#event-abc');
    expect(switchHref('/en/services/bitcoin', 'range=7d', 'uptime')).toBe('/en/services/bitcoin?range=7d#uptime');
    expect(switchHref('/', '?', '#')).toBe('/');
  });

  it('goes to Arabic without the /ar prefix (which the routing would redirect)', () => {
    expect(getPathname({ href: '/incidents', locale: 'ar' })).toBe('/incidents');
    expect(getPathname({ href: '/', locale: 'ar' })).toBe('/');
    expect(getPathname({ href: '/incidents', locale: 'en' })).toBe('/en/incidents');
  });
});
