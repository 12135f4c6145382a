import { getHealth } from '@/lib/read-models/health';

export const dynamic = 'force-dynamic';

/**
 * 200 when the database answers and results are being written; 503 otherwise, with the same JSON.
 * Answers within 2 s whatever the database does ("database slow or hung"), from a reading reused for 2 s.
 */
export async function GET() {
  const health = await getHealth();
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
