import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Every ICU argument a message uses, with its type (plural, select, number, plain…). */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument) out.add(`${el.value}:arg`);
    if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(`${el.value}:${TYPE[el.type]}`);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(`${el.value}:${TYPE[el.type]}`);
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    }
    if (el.type === TYPE.tag) {
      out.add(`${el.value}:tag`);
      argumentsOf(el.children, out);
    }
  }
  return out;
}

const arFlat = flatten(ar as Tree);
const enFlat = flatten(en as Tree);

describe('messages', () => {
  it('ar.json and en.json have exactly the same keys', () => {
    expect([...enFlat.keys()].sort()).toEqual([...arFlat.keys()].sort());
  });

  it.each([...arFlat.keys()])('%s uses the same ICU arguments in both languages', (key) => {
    const arArgs = argumentsOf(parse(arFlat.get(key)!));
    const enArgs = argumentsOf(parse(enFlat.get(key) ?? ''));
    expect([...enArgs].sort()).toEqual([...arArgs].sort());
  });

  it('every Arabic plural gives all six categories (zero, one, two, few, many, other)', () => {
    const missing: string[] = [];
    for (const [key, message] of arFlat) {
      const visit = (elements: MessageFormatElement[]) => {
        for (const el of elements) {
          if (el.type === TYPE.plural) {
            for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) if (!(form in el.options)) missing.push(`${key}: ${form}`);
            Object.values(el.options).forEach((o) => visit(o.value));
          }
        }
      };
      visit(parse(message));
    }
    expect(missing).toEqual([]);
  });
});
