// Editors' reviews of detections as pages, the API and the desk read them: the verdict, the updates and
// the corrections (lib/incidents/review-verdict.ts), each text checked with zod (English may be missing).
import { z } from 'zod';
import { getDatabase, type Db } from '@/lib/db/client';
import { readDetectionReviewsOf, readDetectionRow, readRecentDetections, type DetectionReviewRow } from '@/lib/db/detection-reviews';
import { toUtcString } from '@/lib/db/incidents';
import { deriveReview } from '@/lib/incidents/review-verdict';
import type { Localized } from '@/lib/incidents/types';
import type { DetectionReview } from '@/lib/view-types';
import { titleOf } from './incidents';

const textSchema = z.object({ ar: z.string(), en: z.string().nullable().catch(null) }).nullable().catch(null);
const KINDS = ['update', 'confirm', 'dismiss'] as const;

function reviewOf(rows: readonly DetectionReviewRow[]): DetectionReview {
  return deriveReview(
    rows.flatMap((r) => {
      const kind = KINDS.find((k) => k === r.kind);
      return kind ? [{ id: r.id, kind, at: r.at, body: textSchema.parse(r.body ?? null) }] : [];
    }),
  );
}

/** The review of each of these detections (every id gets one, empty when never reviewed). */
export async function getDetectionReviews(ids: readonly string[], db?: Db): Promise<Map<string, DetectionReview>> {
  const rows = await readDetectionReviewsOf(db ?? (await getDatabase()).db, ids);
  return new Map(ids.map((id) => [id, reviewOf(rows.filter((r) => r.incidentId === id))]));
}

export interface DeskDetection {
  slug: string;
  kind: 'service' | 'cloud-event';
  title: Localized;
  startUtc: string;
  endUtc: string | null;
  serviceId: string | null;
  review: DetectionReview;
}

/** The newest detections, open ones first, each with its review: the desk's list. */
export async function listDetectionsForDesk(limit = 100): Promise<DeskDetection[]> {
  const { db } = await getDatabase();
  const rows = await readRecentDetections(db, limit);
  const reviews = await getDetectionReviews(rows.map((r) => r.id), db);
  return rows.map((row) => ({
    slug: row.id,
    kind: (row.data as { kind?: unknown } | null)?.kind === 'cloud-event' ? 'cloud-event' : 'service',
    title: titleOf(row),
    startUtc: toUtcString(row.startedAt),
    endUtc: row.endedAt ? toUtcString(row.endedAt) : null,
    serviceId: row.serviceId,
    review: reviews.get(row.id)!,
  }));
}

/** One detection with its review (the desk's page), or null when the slug is not a detection. */
export async function getDetectionForDesk(slug: string): Promise<DeskDetection | null> {
  const { db } = await getDatabase();
  const row = await readDetectionRow(db, slug);
  if (!row) return null;
  const reviews = await getDetectionReviews([slug], db);
  return {
    slug,
    kind: (row.data as { kind?: unknown } | null)?.kind === 'cloud-event' ? 'cloud-event' : 'service',
    title: titleOf(row),
    startUtc: toUtcString(row.startedAt),
    endUtc: row.endedAt ? toUtcString(row.endedAt) : null,
    serviceId: row.serviceId,
    review: reviews.get(slug)!,
  };
}
