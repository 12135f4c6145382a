// The Content-Security-Policy of a page, computed from the page itself: every inline <script> it
// carries is allowed by its SHA-256 hash, so no 'unsafe-inline' and no per-response nonce (which would
// make every response unique and uncacheable).
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? '';
    if (body.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

export function buildCsp(options: { scriptHashes: readonly string[]; embeddable: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${options.scriptHashes.join(' ')}`.trim(),
    // Inline style attributes (React's style props, next/font) are allowed; scripts are what matters.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Embeds (widgets) may be framed by any site; every other page by none.
    `frame-ancestors ${options.embeddable ? '*' : "'none'"}`,
  ].join('; ');
}
