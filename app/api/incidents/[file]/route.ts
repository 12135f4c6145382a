// An incident's data for journalists: /api/incidents/<slug>.json (both languages) and
// /api/incidents/<slug>.csv?lang=ar|en (UTF-8 with a byte-order mark, so spreadsheets read Arabic).
// Errors have the /api/v1 shape; the lifetime is the route table's.
import { z } from 'zod';
import { langQuery, slugSchema } from '@/lib/open-data/api-params';
import { apiError, parsePathParam, parseQuery, respond, respondJson, withErrors } from '@/lib/open-data/api-response';
import { getIncidentCsv, getIncidentJson } from '@/lib/read-models/incidents';

export const dynamic = 'force-dynamic';

const fileSchema = z.string().regex(/^[^/]+\.(json|csv)$/, 'ask for <slug>.json or <slug>.csv');


export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = parsePathParam(request, 'file', file, fileSchema);
  if (!name.ok) return apiError(request, 404, 'not_found', 'Ask for /api/incidents/<slug>.json or /api/incidents/<slug>.csv?lang=ar|en.', 'file');
  const dot = name.data.lastIndexOf('.');
  const ext = name.data.slice(dot + 1) as 'json' | 'csv';
  const slug = parsePathParam(request, 'slug', name.data.slice(0, dot), slugSchema);
  if (!slug.ok) return apiError(request, 404, 'incident_not_found', 'No incident has that slug.', 'slug');
  const notFound = () => apiError(request, 404, 'incident_not_found', `No incident has the slug "${slug.data}".`, 'slug');
  return withErrors(request, `GET /api/incidents/${slug.data}.${ext}`, async () => {
    // One query parameter for both files (the route table's): the JSON carries both languages and ignores it.
    const query = parseQuery(request, langQuery.keys, langQuery.schema);
    if (!query.ok) return query.response;
    if (ext === 'json') {
      const body = await getIncidentJson(slug.data);
      if (!body) return notFound();
      return respond(request, JSON.stringify(body), {
        contentType: 'application/json; charset=utf-8',
        headers: { 'Content-Disposition': `inline; filename="marsad-${slug.data}.json"` },
      });
    }
    const csv = await getIncidentCsv(slug.data, query.data.lang);
    if (!csv) return notFound();
    return respond(request, csv.body, {
      contentType: 'text/csv; charset=utf-8; header=present',
      headers: { 'Content-Disposition': `attachment; filename="${csv.filename}"` },
    });
  });
}
