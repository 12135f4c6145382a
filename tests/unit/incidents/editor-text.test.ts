// An editor's text never runs as HTML: raw HTML is shown as text, scripts and event handlers never
// appear as markup, javascript: links are not links, links are nofollow noopener, blocks are dir="auto".
import { describe, expect, it } from 'vitest';
import { renderEditorMarkdown } from '@/lib/incidents/editor-text';

describe('renderEditorMarkdown', () => {
  it('escapes raw HTML, scripts and event handlers', () => {
    const html = renderEditorMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<a href="javascript:alert(1)">x</a>');
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses javascript:, data: and vbscript: links and images', () => {
    for (const bad of ['[x](javascript:alert(1))', '[x](JAVASCRIPT:alert(1))', '[x](data:text/html,<b>)', '[x](vbscript:msgbox)', '<javascript:alert(1)>']) {
      const html = renderEditorMarkdown(bad);
      expect(html, bad).not.toMatch(/<a |<img/);
    }
    // An image is never loaded: at most a plain link to it.
    expect(renderEditorMarkdown('![x](https://example.org/a.png)')).not.toMatch(/<img/);
  });

  it('keeps http links, with rel="nofollow noopener"', () => {
    expect(renderEditorMarkdown('[Coinbase](https://status.coinbase.com)')).toContain('<a href="https://status.coinbase.com" rel="nofollow noopener">Coinbase</a>');
  });

  it('gives each paragraph, heading and list item dir="auto"', () => {
    const html = renderEditorMarkdown('تقول **Coinbase** إن السحب متوقف.\n\nWithdrawals are paused.\n\n- نقطة\n\n## عنوان');
    expect(html.match(/<p dir="auto">/g)).toHaveLength(2);
    expect(html).toContain('<li dir="auto">');
    expect(html).toContain('<h2 dir="auto">');
    expect(html).toContain('<strong>Coinbase</strong>');
  });
});
