// The front server takes Next's chunk tags out of a page and loads them after its first paint
// (lib/front/scripts-after-paint.ts). The loader is run here in a small stand-in for the browser: it
// must add nothing before the paint, everything once after it, and never wait forever.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { AFTER_PAINT_LIMIT_MS, scriptsAfterPaint } from '@/lib/front/scripts-after-paint';

const PAGE =
  '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/24-z88.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm.js"/>' +
  '<script src="/_next/static/chunks/1wnov.js" async=""></script>' +
  '<script src="/_next/static/chunks/39_j1b.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-07.js" async=""></script>' +
  '<title>مرصد</title><script>(function(){document.documentElement.dataset.theme="dark"})()</script></head>' +
  '<body><h1>مرصد</h1><script src="/_next/static/chunks/late.js" async=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script src="https://example.org/x.js" async=""></script></body></html>';

const ORDER = ['/_next/static/chunks/1wnov.js', '/_next/static/chunks/39_j1b.js', '/_next/static/chunks/turbopack-07.js', '/_next/static/chunks/late.js'];

/** The inline loader the transform put in the head. */
function loaderOf(html: string): string {
  const match = html.match(/<script>(\(function\(s\)[\s\S]*?)<\/script><\/head>/);
  expect(match).not.toBeNull();
  return match![1]!;
}

/** A stand-in browser: records scripts added, paint observers, frames and timers, run by hand. */
function browser(options: { paint: boolean }) {
  const added: string[] = [];
  const timers: { ms: number; run: () => void }[] = [];
  const frames: (() => void)[] = [];
  const observers: { callback: (list: unknown, observer: unknown) => void; disconnected: boolean }[] = [];
  class PerformanceObserver {
    static supportedEntryTypes = options.paint ? ['paint', 'resource'] : ['resource'];
    entry = { callback: (_l: unknown, _o: unknown) => undefined as unknown, disconnected: false };
    constructor(callback: (list: unknown, observer: unknown) => void) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe() {}
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  const document = {
    createElement: () => ({ src: '', async: false }),
    head: { appendChild: (el: { src: string; async: boolean }) => added.push(`${el.src}${el.async ? '' : ' (not async)'}`) },
  };
  const context = vm.createContext({
    window: { PerformanceObserver },
    document,
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    requestAnimationFrame: (run: () => void) => frames.push(run),
  });
  const paint = (name: string) => {
    for (const o of observers) {
      if (o.disconnected) continue;
      o.callback({ getEntriesByName: (n: string) => (n === name ? [{ name }] : []) }, { disconnect: () => (o.disconnected = true) });
    }
  };
  /** Runs the timers due by `upTo` ms; the others stay pending. */
  const runTimers = (upTo: number) => {
    const due = timers.filter((t) => t.ms <= upTo);
    timers.splice(0, timers.length, ...timers.filter((t) => t.ms > upTo));
    for (const timer of due) timer.run();
  };
  return { context, added, timers, frames, observers, paint, runTimers };
}

describe('scripts after the first paint: the transform', () => {
  const out = scriptsAfterPaint(PAGE);

  it("takes every Next chunk tag out, keeps everything else as it was", () => {
    expect(out).not.toMatch(/<script src="\/_next\/static\/[^"]+" async=""><\/script>/);
    for (const kept of ['<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm.js"/>', '<script>(function(){document.documentElement.dataset.theme="dark"})()</script>', '<script>(self.__next_f=self.__next_f||[]).push([0])</script>', '<script src="https://example.org/x.js" async=""></script>', '<h1>مرصد</h1>']) {
      expect(out).toContain(kept);
    }
  });

  it('puts one loader at the end of the head, naming the chunks in the order Next wrote them', () => {
    expect(out.match(/<script>\(function\(s\)/g)).toHaveLength(1);
    expect(loaderOf(out)).toContain(JSON.stringify(ORDER));
  });

  it('leaves a page without chunk tags, or without a head, exactly as it was', () => {
    const bare = '<!DOCTYPE html><html><head><title>x</title></head><body>x</body></html>';
    expect(scriptsAfterPaint(bare)).toBe(bare);
    const headless = '<html><body><script src="/_next/static/chunks/a.js" async=""></script></body></html>';
    expect(scriptsAfterPaint(headless)).toBe(headless);
  });
});

describe('scripts after the first paint: the loader in a browser', () => {
  const code = loaderOf(scriptsAfterPaint(PAGE));

  it('adds nothing before the first contentful paint, then every chunk once, async, in order', () => {
    const b = browser({ paint: true });
    vm.runInContext(code, b.context);
    expect(b.added).toEqual([]);
    b.paint('first-paint');
    b.runTimers(0);
    expect(b.added).toEqual([]);
    b.paint('first-contentful-paint');
    b.runTimers(0);
    expect(b.added).toEqual(ORDER);
    // The wait's limit comes later and adds nothing more.
    b.runTimers(AFTER_PAINT_LIMIT_MS);
    expect(b.added).toEqual(ORDER);
  });

  it('loads them anyway when no paint is reported within the limit (a tab opened in the background)', () => {
    const b = browser({ paint: true });
    vm.runInContext(code, b.context);
    b.runTimers(AFTER_PAINT_LIMIT_MS - 1);
    expect(b.added).toEqual([]);
    b.runTimers(AFTER_PAINT_LIMIT_MS);
    expect(b.added).toEqual(ORDER);
  });

  it('waits for one frame where the browser reports no paint timing', () => {
    const b = browser({ paint: false });
    vm.runInContext(code, b.context);
    expect(b.observers).toHaveLength(0);
    expect(b.frames).toHaveLength(1);
    b.frames[0]!();
    b.runTimers(0);
    expect(b.added).toEqual(ORDER);
  });
});
