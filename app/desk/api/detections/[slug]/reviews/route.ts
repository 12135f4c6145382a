// POST /desk/api/detections/{slug}/reviews: update, confirm or dismiss a detected incident or cloud-outage event.
import { postDetectionReview } from '@/lib/desk/reviews-routes';

export const dynamic = 'force-dynamic';
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return postDetectionReview(request, (await params).slug);
}
