// POST /desk/api/detections/{slug}/reviews: an editor's update, confirmation or dismissal of a detection.
// The desk's rules first (same origin, session, role), then the body through zod (a 400 names the field),
// then the write with its audit row. A form gets a 303 back to the desk page; a script gets JSON.
import { getDatabase } from '@/lib/db/client';
import { INCIDENT_SLUG_PATTERN } from '@/lib/incidents/slugs';
import { deskError, deskJson, isFormPost, parseWith, readBody, refuseCrossSite, requireActor, seeOther } from './http';
import { reviewDetection } from './reviews';
import { reviewInput } from './reviews-input';

export async function postDetectionReview(request: Request, slugRaw: string): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const actor = await requireActor(request, 'editor');
  if (actor instanceof Response) return actor;
  if (!INCIDENT_SLUG_PATTERN.test(slugRaw) || slugRaw.length > 120) return deskError(404, 'not_found', 'No such detection.');
  const body = await readBody(request);
  if (body instanceof Response) return body;
  const lang = body.lang === 'en' ? 'en' : 'ar';
  const back = `/desk/${lang}/detections/${slugRaw}`;
  const parsed = parseWith(reviewInput, body);
  if (!parsed.ok) return isFormPost(request) ? seeOther(`${back}?error=${encodeURIComponent(parsed.field)}`) : parsed.response;
  const { db } = await getDatabase();
  const outcome = await reviewDetection(db, actor, slugRaw, parsed.data);
  if (!outcome.ok) {
    if (outcome.problem === 'not_found') return deskError(404, 'not_found', 'No such detection.');
    if (isFormPost(request)) return seeOther(`${back}?error=${outcome.problem}`);
    return deskError(409, outcome.problem, outcome.problem === 'already_confirmed' ? 'The detection is already confirmed.' : 'The detection is already dismissed.', 'kind');
  }
  return isFormPost(request) ? seeOther(`${back}?done=${parsed.data.kind}`) : deskJson({ ok: true, verdict: outcome.verdict, recomputedHours: outcome.recomputedHours });
}
