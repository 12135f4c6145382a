// Share cards need an absolute image URL, which only the operator's public origin can give: without it
// a page names no image (Next would write http://localhost:<port> into og:image), with it every page does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutMetadata, pageMetadata } from '@/lib/open-data/seo';

const text = { title: 'Marsad', description: 'Status' };
const page = { locale: 'en' as const, path: '/services/bitcoin', title: 'Bitcoin', description: 'Status', image: { kind: 'service' as const, id: 'bitcoin', alt: 'Bitcoin' } };

afterEach(() => vi.unstubAllEnvs());

describe('share cards', () => {
  it('without MARSAD_PUBLIC_URL: no image and a plain summary card, on the layout and on a page', () => {
    vi.stubEnv('MARSAD_PUBLIC_URL', '');
    for (const metadata of [layoutMetadata('ar', text), pageMetadata(page)]) {
      expect(metadata.metadataBase).toBeUndefined();
      expect(metadata.openGraph).not.toHaveProperty('images');
      expect(metadata.twitter).toMatchObject({ card: 'summary' });
      expect(metadata.twitter).not.toHaveProperty('images');
    }
  });

  it('with MARSAD_PUBLIC_URL: the page its image, resolved against the public origin', () => {
    vi.stubEnv('MARSAD_PUBLIC_URL', 'https://marsad.example/');
    expect(String(layoutMetadata('ar', text).metadataBase)).toBe('https://marsad.example/');
    const metadata = pageMetadata(page);
    expect(metadata.openGraph?.images).toEqual([{ url: '/og/en/service/bitcoin.png', width: 1200, height: 630, alt: 'Bitcoin', type: 'image/png' }]);
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: metadata.openGraph?.images });
    expect(layoutMetadata('ar', text).openGraph?.images).toEqual([expect.objectContaining({ url: '/og/ar/home.png', alt: 'Marsad' })]);
  });
});
