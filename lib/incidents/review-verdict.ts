// An editor's review of a detection, from its append-only rows: the verdict is the newest confirmation or
// dismissal; every dismissal is a correction, and so is a confirmation that undid a dismissal (both stay
// listed). Pure: the rows in, the view out.
import type { DetectionReview, DetectionReviewEntry, DetectionReviewKind, EditorText } from '@/lib/view-types';

export interface ReviewRowInput {
  kind: DetectionReviewKind;
  at: Date;
  body: EditorText | null;
  /** The row's insertion order, which breaks ties between rows of the same time. */
  id: number;
}

export function deriveReview(rows: readonly ReviewRowInput[]): DetectionReview {
  const ordered = [...rows].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
  const entries: DetectionReviewEntry[] = ordered.map((r) => ({ atUtc: r.at.toISOString(), kind: r.kind, text: r.body }));
  const corrections: DetectionReviewEntry[] = [];
  let verdict: DetectionReview['verdict'] = null;
  let verdictUtc: string | null = null;
  let reason: EditorText | null = null;
  for (const entry of entries) {
    if (entry.kind === 'dismiss') {
      corrections.push(entry);
      verdict = 'dismissed';
      verdictUtc = entry.atUtc;
      reason = entry.text;
    } else if (entry.kind === 'confirm') {
      if (verdict === 'dismissed') corrections.push(entry);
      verdict = 'confirmed';
      verdictUtc = entry.atUtc;
      reason = null;
    }
  }
  return { verdict, verdictUtc, reason, entries, corrections };
}

/** The verdict only: what lists and the uptime job need. */
export function verdictOf(rows: readonly Pick<ReviewRowInput, 'kind' | 'at' | 'id'>[]): DetectionReview['verdict'] {
  const judged = rows.filter((r) => r.kind !== 'update').sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
  return judged[0] ? (judged[0].kind === 'dismiss' ? 'dismissed' : 'confirmed') : null;
}
