// The desk's writes on detections: an editor's update, a confirmation, or a dismissal as a false positive,
// each in one transaction with its audit row (who, when, the verdict before and after). Nothing is ever
// changed or deleted: a new verdict is a new row. When the verdict moves to or from "dismissed", the
// service's stored uptime over the detection's span is computed again (lib/engine/rollups.ts).
import type { Db } from '@/lib/db/client';
import { deskAudit } from '@/lib/db/schema';
import { insertDetectionReview, readDetectionReviewsOf, readDetectionRow } from '@/lib/db/detection-reviews';
import { readMeasuredIncident } from '@/lib/db/incident-data';
import { recomputeRollups } from '@/lib/engine/rollups';
import { verdictOf } from '@/lib/incidents/review-verdict';
import type { Actor } from './incidents';
import type { ReviewInput } from './reviews-input';

export type ReviewOutcome =
  | { ok: true; verdict: 'confirmed' | 'dismissed' | null; recomputedHours: number }
  | { ok: false; problem: 'not_found' | 'already_confirmed' | 'already_dismissed' };

export async function reviewDetection(db: Db, actor: Actor, id: string, input: ReviewInput, now = new Date()): Promise<ReviewOutcome> {
  const detection = await readDetectionRow(db, id);
  if (!detection) return { ok: false, problem: 'not_found' };
  const before = verdictOf(await readDetectionReviewsOf(db, [id]));
  if (input.kind === 'confirm' && before === 'confirmed') return { ok: false, problem: 'already_confirmed' };
  if (input.kind === 'dismiss' && before === 'dismissed') return { ok: false, problem: 'already_dismissed' };
  const body =
    input.kind === 'update' ? { ar: input.bodyAr, en: input.bodyEn } : input.kind === 'dismiss' ? { ar: input.reasonAr, en: input.reasonEn } : null;
  const after = input.kind === 'update' ? before : input.kind === 'confirm' ? 'confirmed' : 'dismissed';
  // The uptime the detection affected: only a service's own incident has a timeline of its own. Computed
  // again in the same transaction, so the pages renewed on the audit row's commit (lib/engine/publish-watch.ts)
  // already read the new figures.
  const touchesUptime = (before === 'dismissed') !== (after === 'dismissed') && detection.serviceId !== null;
  const measured = readMeasuredIncident(detection.data);
  const end = detection.endedAt ? Math.max(detection.endedAt.getTime(), measured?.endConfirmedAt ?? 0) : now.getTime();
  const recomputedHours = await db.transaction(async (tx) => {
    await insertDetectionReview(tx, { incidentId: id, kind: input.kind, at: now, body, authorId: actor.id });
    await tx.insert(deskAudit).values({
      at: now,
      actorId: actor.id,
      action: `detection.${input.kind}`,
      target: id,
      before: { verdict: before },
      after: { verdict: after, ...(body && { text: body }) },
    });
    return touchesUptime ? recomputeRollups(tx, detection.serviceId!, detection.startedAt.getTime(), end + 1, now.getTime()) : 0;
  });
  return { ok: true, verdict: after, recomputedHours };
}
