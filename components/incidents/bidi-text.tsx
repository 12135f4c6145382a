import { Fragment, type ReactNode } from 'react';

// Text from data or messages, ready for Arabic: runs of Latin words (names, tickers, region codes,
// addresses, "3:11 AM ET") are isolated in <bdi dir="ltr"> so punctuation and numbers around them stay in
// place, and bare numbers are isolated and marked [data-num] so the visitor's digit choice applies to
// them (never to the digits of "us-east-1"). Harmless in English.

// A word written LTR: starts with a Latin letter, a digit or `$` (or a path's slash before a letter: /ping,
// /api/status, so the slash is not sent to the other end in Arabic); inner punctuation only when a word
// character follows (so a trailing comma or full stop stays outside).
const LTR_WORD = String.raw`(?:\/(?=[A-Za-z]))?[A-Za-z0-9$](?:[A-Za-z0-9_$%&+@#=~’']|[.\-/:,–](?=[A-Za-z0-9$]))*`;
// An address is one run, up to (not including) a closing punctuation mark.
const URL_RUN = String.raw`https?:\/\/[^\s<>"«»]*[^\s<>"«».,،؛;:!?)]`;
const LTR_RUN = new RegExp(`${URL_RUN}|${LTR_WORD}(?:[ \\u00A0]+${LTR_WORD})*`, 'g');
const LATIN_LETTER = /[A-Za-z]/;

export interface BidiPiece {
  kind: 'text' | 'latin' | 'number';
  text: string;
}

/** Splits text into plain text, Latin runs and bare numbers (pure: tested without React). */
export function splitBidi(text: string): BidiPiece[] {
  const pieces: BidiPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    const start = match.index;
    if (start > last) pieces.push({ kind: 'text', text: text.slice(last, start) });
    const run = match[0];
    if (LATIN_LETTER.test(run)) pieces.push({ kind: 'latin', text: run });
    else {
      // Numbers only: each word on its own ("20 2025" are two numbers, not one phrase).
      run.split(/([ \u00A0]+)/).forEach((part, i) => pieces.push({ kind: i % 2 ? 'text' : 'number', text: part }));
    }
    last = start + run.length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  // «بـ» is written joined to the word after it: no line may break between them.
  return pieces
    .map((p, i) => (p.kind === 'text' && pieces[i + 1]?.kind !== 'text' ? { ...p, text: p.text.replace(/(^|\s)بـ $/, '$1بـ\u00A0') } : p))
    .filter((p) => p.text !== '');
}

function isShortCode(text: string): boolean {
  return text.length <= 24 && !/\s/.test(text) && !text.includes('://');
}

/** A span of times or numbers ("06:48–21:20", "09:25–17:36 UTC"): never broken at its dash. */
const RANGE = /\d[\d:.,]*[–-]\d/;

/** A word of a Latin run that is a number (21:20, 14.5, $1.36, 2,371), not part of a name or code (us-east-1, EC2). */
const NUMBER_WORD = /^[$]?\d[\d.,:–%]*$/;

/**
 * A Latin run whose numbers follow the visitor's digits, like every other number of the sentence: in
 * "من 06:48 إلى 21:20 UTC" both times change, never one. Names, codes and addresses keep their digits.
 */
function LatinRun({ text }: { text: string }): ReactNode {
  if (text.includes('://') || !/\d/.test(text)) return text;
  return text.split(/([ \u00A0]+)/).map((word, i) =>
    i % 2 === 0 && NUMBER_WORD.test(word) ? (
      <span key={i} data-num="" suppressHydrationWarning>
        {word}
      </span>
    ) : (
      <Fragment key={i}>{word}</Fragment>
    ),
  );
}

export function BidiText({ text }: { text: string }): ReactNode {
  return splitBidi(text).map((piece, i) =>
    piece.kind === 'latin' ? (
      // A short code (us-east-1, apne1-az4) or a time range is never split at its hyphen or dash;
      // phrases and addresses may wrap.
      <bdi key={i} dir="ltr" className={isShortCode(piece.text) || (RANGE.test(piece.text) && piece.text.length <= 32) ? 'whitespace-nowrap' : undefined}>
        <LatinRun text={piece.text} />
      </bdi>
    ) : piece.kind === 'number' ? (
      <bdi key={i} dir="ltr" data-num="" className={RANGE.test(piece.text) ? 'whitespace-nowrap' : undefined} suppressHydrationWarning>
        {piece.text}
      </bdi>
    ) : (
      <Fragment key={i}>{piece.text}</Fragment>
    ),
  );
}

/** Paragraphs separated by a blank line in a message, each rendered with BidiText. */
export function BidiParagraphs({ text, className }: { text: string; className?: string }): ReactNode {
  return text.split(/\n\s*\n/).map((p, i) => (
    <p key={i} className={className}>
      <BidiText text={p.trim()} />
    </p>
  ));
}
