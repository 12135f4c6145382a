// Templates for the updates editors write most often during an outage: each sets the phase and fills
// the text in both languages, with the part to complete in brackets. Chosen by a link
// (`?template=…`), so they work without JavaScript.
import type { DeskPhase } from './input';

export interface DeskTemplate {
  id: string;
  phase: DeskPhase;
  label: { ar: string; en: string };
  body: { ar: string; en: string };
}

export const DESK_TEMPLATES: readonly DeskTemplate[] = [
  {
    id: 'investigating',
    phase: 'investigating',
    label: { ar: 'نحقق في تقارير', en: 'Investigating reports' },
    body: {
      ar: 'نحقق في تقارير عن تعطل [الخدمة]. سنحدّث هذه الصفحة حين نعرف المزيد.',
      en: 'We are investigating reports that [the service] is failing. We will update this page when we know more.',
    },
  },
  {
    id: 'withdrawals-paused',
    phase: 'identified',
    label: { ar: 'السحب متوقف بإعلان الشركة', en: 'Withdrawals paused, as the company says' },
    body: {
      ar: 'تقول [الشركة] إن السحب متوقف مؤقتًا. الإيداع والتداول: [ما تقوله الشركة]. المصدر: [الرابط].',
      en: '[The company] says withdrawals are paused for now. Deposits and trading: [what the company says]. Source: [link].',
    },
  },
  {
    id: 'identified',
    phase: 'identified',
    label: { ar: 'حُدّد السبب', en: 'Cause identified' },
    body: { ar: 'حُدّد السبب: [السبب]. العمل جارٍ على الإصلاح.', en: 'The cause is identified: [the cause]. A fix is under way.' },
  },
  {
    id: 'monitoring',
    phase: 'monitoring',
    label: { ar: 'نراقب بعد الإصلاح', en: 'Monitoring after a fix' },
    body: { ar: 'طُبّق إصلاح ونراقب النتائج.', en: 'A fix is in place and we are watching the results.' },
  },
  {
    id: 'resolved',
    phase: 'resolved',
    label: { ar: 'عادت الخدمة', en: 'Service is back' },
    body: { ar: 'عادت [الخدمة] إلى العمل الطبيعي.', en: '[The service] is working normally again.' },
  },
];

export function templateById(id: unknown): DeskTemplate | null {
  return DESK_TEMPLATES.find((t) => t.id === id) ?? null;
}
