// The incident list as JSON: past incidents rebuilt from reports and incidents Marsad detected, newest
// first, with the same ?provider=&year= filter as the /incidents page and the same errors as /api/v1.
import { incidentsQuery } from '@/lib/open-data/api-params';
import { parseQuery, respondJson, withErrors } from '@/lib/open-data/api-response';
import { METHODOLOGY_VERSION } from '@/lib/incidents/methodology';
import { listIncidents } from '@/lib/read-models/incidents';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const query = parseQuery(request, incidentsQuery.keys, incidentsQuery.schema);
  if (!query.ok) return query.response;
  return withErrors(request, 'GET /api/incidents', async () => {
    const filter: Record<string, string> = {};
    if (query.data.provider) filter.provider = query.data.provider;
    if (query.data.year !== undefined) filter.year = String(query.data.year);
    if (query.data.origin) filter.origin = query.data.origin;
    const list = await listIncidents(filter);
    return respondJson(request, {
      methodologyVersion: METHODOLOGY_VERSION,
      filter: list.filter,
      incidents: list.items.map((item) => ({
        ...item,
        json: `/api/incidents/${item.slug}.json`,
        csv: { ar: `/api/incidents/${item.slug}.csv?lang=ar`, en: `/api/incidents/${item.slug}.csv?lang=en` },
      })),
    });
  });
}
