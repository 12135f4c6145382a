import { getMetricsText, METRICS_CONTENT_TYPE } from '@/lib/read-models/health';

export const dynamic = 'force-dynamic';

/** Prometheus text exposition (prom-client); the database part answers within 2 s like /api/health. */
export async function GET() {
  return new Response(await getMetricsText(), { headers: { 'Content-Type': METRICS_CONTENT_TYPE, 'Cache-Control': 'no-store' } });
}
