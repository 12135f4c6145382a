// Shared by the three Statuspage scheduled-maintenance routes: the page, the chosen list of windows in
// Statuspage's shape (lib/open-data/statuspage-maintenance.ts), in the language of ?lang= (Arabic by default).
import { getTranslations } from 'next-intl/server';
import { respondJson, withErrors } from '@/lib/open-data/api-response';
import { statuspageComponents, statuspagePage } from '@/lib/open-data/statuspage';
import { selectMaintenances, statuspageMaintenance, type MaintenanceList } from '@/lib/open-data/statuspage-maintenance';
import { localizedPath } from '@/lib/open-data/seo';
import { listMaintenance, listMaintenanceAhead } from '@/lib/read-models/maintenance';
import { getStatusSnapshot } from '@/lib/read-models/snapshot';
import { statuspageContext } from '../context';

export function maintenanceRoute(request: Request, list: MaintenanceList, name: string): Promise<Response> {
  return withErrors(request, name, async () => {
    const context = await statuspageContext(request);
    if (!context.ok) return context.response;
    const { lang, origin } = context.data;
    const now = Date.now();
    const [snapshot, windows, t] = await Promise.all([
      getStatusSnapshot(),
      list === 'all' ? listMaintenance(50, now) : listMaintenanceAhead(now),
      getTranslations({ locale: lang, namespace: 'maintenance' }),
    ]);
    const { components } = statuspageComponents(snapshot, context.data);
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
    return respondJson(request, {
      page: statuspagePage(snapshot, context.data),
      scheduled_maintenances: selectMaintenances(windows, list).map((w) => statuspageMaintenance(w, ctx)),
    });
  });
}
