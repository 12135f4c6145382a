// Arabic sentences with Latin runs: every number of a sentence follows the visitor's digits (not only
// the bare ones), «بـ» stays joined to the Latin word after it, addresses keep their closing slash, and
// a range of times is never broken at its dash.
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { BidiText, splitBidi } from '@/components/incidents/bidi-text';

const html = (text: string) => renderToStaticMarkup(createElement(BidiText, { text }));
/** The texts the preferences script turns into the visitor's digits. */
const numbered = (markup: string) => [...markup.matchAll(/<[^>]*data-num=""[^>]*>([^<]*)</g)].map((m) => m[1]);

describe('BidiText', () => {
  it('marks every number of a sentence for the digit choice, inside Latin runs too', () => {
    const markup = html('يحدد الملخص المدة من 06:48 إلى 21:20 UTC، ونحو 14.5 ساعة و$1.36 مليار.');
    expect(numbered(markup)).toEqual(['06:48', '21:20', '14.5', '$1.36']);
  });

  it('leaves the digits of names, codes and addresses alone', () => {
    const markup = html('في منطقة us-east-1 وخوادم EC2 وعنوان https://aws.amazon.com/message/101925/ وapne1-az4.');
    expect(numbered(markup)).toEqual([]);
  });

  it('keeps an address whole, with its closing slash, and the punctuation after it outside', () => {
    const pieces = splitBidi('منشور على https://aws.amazon.com/message/101925/، وتنقل');
    expect(pieces.find((p) => p.kind === 'latin')?.text).toBe('https://aws.amazon.com/message/101925/');
    expect(html('منشور على https://aws.amazon.com/message/101925/، وتنقل')).toContain('<bdi dir="ltr">https://aws.amazon.com/message/101925/</bdi>،');
  });

  it('joins «بـ» to the Latin word after it with a no-break space', () => {
    const markup = html('الخاص بـ DynamoDB في');
    expect(markup).toContain('الخاص بـ\u00A0<bdi');
    expect(html('مرتبطة بـ AWS')).not.toContain('بـ <bdi');
  });

  it('never breaks a range of times at its dash', () => {
    expect(html('من 06:46–06:48 UTC')).toMatch(/<bdi dir="ltr" class="whitespace-nowrap">[^]*06:46–06:48/);
    expect(html('بين 09:25–17:36 في')).toContain('class="whitespace-nowrap"');
  });
});
