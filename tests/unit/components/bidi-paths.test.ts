import { describe, expect, it } from 'vitest';
import { splitBidi } from '@/components/incidents/bidi-text';

describe('paths inside Arabic text', () => {
  it('isolate a path with its leading slash, so it does not show as «ping/»', () => {
    const latin = splitBidi('ردّ نقطة مثل /ping أو /time يثبت فقط').filter((p) => p.kind === 'latin').map((p) => p.text);
    expect(latin).toEqual(['/ping', '/time']);
    expect(splitBidi('اقرأ /api/v1/status الآن').find((p) => p.kind === 'latin')?.text).toBe('/api/v1/status');
  });

  it('leave a lone slash and dates as they were', () => {
    expect(splitBidi('و/أو').every((p) => p.kind === 'text')).toBe(true);
    expect(splitBidi('AWS/Azure').map((p) => p.text)).toEqual(['AWS/Azure']);
  });
});
