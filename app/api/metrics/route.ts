import { getMetricsText } from '@/lib/read-models/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await getMetricsText(), { headers: { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' } });
}
