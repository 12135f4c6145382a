// An incident's data for journalists: /api/incidents/<slug>.json (both languages) and
// /api/incidents/<slug>.csv?lang=ar|en (UTF-8 with a byte-order mark, so spreadsheets read Arabic).
import { getIncidentCsv, getIncidentJson } from '@/lib/read-models/incidents';
import { jsonError, logError } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

const CACHE = 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600';
const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(json|csv)$/;

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = FILE.exec(file);
  if (!match) return jsonError(404, 'not_found', 'Ask for /api/incidents/<slug>.json or /api/incidents/<slug>.csv?lang=ar|en.');
  const [, slug, ext] = match as unknown as [string, string, 'json' | 'csv'];
  try {
    if (ext === 'json') {
      const body = await getIncidentJson(slug);
      if (!body) return jsonError(404, 'incident_not_found', `No incident has the slug "${slug}".`, { slug });
      return Response.json(body, {
        headers: { 'Cache-Control': CACHE, 'Content-Disposition': `inline; filename="marsad-${slug}.json"` },
      });
    }
    const lang = new URL(request.url).searchParams.get('lang') ?? 'ar';
    if (lang !== 'ar' && lang !== 'en') return jsonError(400, 'bad_lang', 'lang must be "ar" or "en".', { lang });
    const csv = await getIncidentCsv(slug, lang);
    if (!csv) return jsonError(404, 'incident_not_found', `No incident has the slug "${slug}".`, { slug });
    return new Response(csv.body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="${csv.filename}"`,
        'Cache-Control': CACHE,
      },
    });
  } catch (error) {
    logError(`GET /api/incidents/${file} failed`, error);
    return jsonError(503, 'incidents_unavailable', 'The incident cannot be read at the moment; try again shortly.');
  }
}
