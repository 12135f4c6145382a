// The incident list as JSON: past incidents rebuilt from reports and incidents Marsad detected, newest
// first, with the same ?provider=&year= filter as the /incidents page.
import { listIncidents } from '@/lib/read-models/incidents';
import { jsonError, logError } from '@/lib/server/http';
import { METHODOLOGY_VERSION } from '@/lib/incidents/methodology';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query: Record<string, string | string[]> = {};
  for (const key of ['provider', 'year'] as const) {
    const values = params.getAll(key);
    if (values.length) query[key] = values.length === 1 ? values[0]! : values;
  }
  try {
    const list = await listIncidents(query);
    if (list.problems.length) return jsonError(400, 'bad_filter', 'provider must be a provider name and year a four-digit year.', { problems: list.problems });
    return Response.json(
      {
        methodologyVersion: METHODOLOGY_VERSION,
        filter: list.filter,
        incidents: list.items.map((item) => ({
          ...item,
          json: `/api/incidents/${item.slug}.json`,
          csv: { ar: `/api/incidents/${item.slug}.csv?lang=ar`, en: `/api/incidents/${item.slug}.csv?lang=en` },
        })),
      },
      { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=600' } },
    );
  } catch (error) {
    logError('GET /api/incidents failed', error);
    return jsonError(503, 'incidents_unavailable', 'The incidents cannot be read at the moment; try again shortly.');
  }
}
