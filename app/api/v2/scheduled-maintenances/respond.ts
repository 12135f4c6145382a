// Shared by the Statuspage scheduled-maintenance routes and summary.json: the chosen list of windows in
// Statuspage's shape (lib/open-data/statuspage-maintenance.ts), in the language of ?lang= (Arabic by default).
import { getTranslations } from 'next-intl/server';
import { respondJson, withErrors } from '@/lib/open-data/api-response';
import { statuspageComponents, statuspagePage, type StatuspageContext } from '@/lib/open-data/statuspage';
import { selectMaintenances, statuspageMaintenance, type MaintenanceList, type SpScheduledMaintenance } from '@/lib/open-data/statuspage-maintenance';
import { localizedPath } from '@/lib/open-data/seo';
import { listMaintenance, listMaintenanceAhead } from '@/lib/read-models/maintenance';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';
import type { StatusSnapshot } from '@/lib/view-types';
import { statuspageContext } from '../context';

/** The windows of `list` ('ahead': scheduled and under way, as summary.json lists them) in Statuspage's shape. */
export async function statuspageMaintenances(
  list: MaintenanceList | 'ahead',
  context: StatuspageContext & { origin: string },
  snapshot: StatusSnapshot,
): Promise<SpScheduledMaintenance[]> {
  const { lang, origin } = context;
  const now = Date.now();
  const [windows, t] = await Promise.all([list === 'all' ? listMaintenance(50, now) : listMaintenanceAhead(now), getTranslations({ locale: lang, namespace: 'maintenance' })]);
  const { components } = statuspageComponents(snapshot, context);
  const ctx = {
    lang,
    words: {
      byEditors: t('api.byEditors'),
      byCompany: (company: string) => t('api.byCompany', { company }),
      otherLanguageOnly: (source: 'editor' | 'company') => t(source === 'company' ? 'companyWords' : 'arabicOnly'),
      cancelled: t('api.cancelled'),
    },
    serviceUrl: (id: string) => `${origin}${localizedPath(lang, id ? `/services/${id}` : '/')}`,
    components: new Map(components.filter((c) => !c.group).map((c) => [c.id, c])),
  };
  const chosen = list === 'ahead' ? [...selectMaintenances(windows, 'active'), ...selectMaintenances(windows, 'upcoming')] : selectMaintenances(windows, list);
  return chosen.map((w) => statuspageMaintenance(w, ctx));
}

export function maintenanceRoute(request: Request, list: MaintenanceList, name: string): Promise<Response> {
  return withErrors(request, name, async () => {
    const context = await statuspageContext(request);
    if (!context.ok) return context.response;
    const snapshot = await getStatusSnapshot();
    return respondJson(request, {
      page: statuspagePage(snapshot, context.data),
      scheduled_maintenances: await statuspageMaintenances(list, context.data, snapshot),
    });
  });
}
