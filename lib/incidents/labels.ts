// The words the incident exports use, taken from docs/glossary.md (one term per idea). Pages translate codes
// through messages/; the CSV export is built outside React, so it reads these. Keep them in step.
import type { Confidence, Provenance } from '@/lib/status/vocabulary';
import type { EventState, Localized } from './types';

export const STATE_LABELS: Readonly<Record<EventState, Localized>> = {
  operational: { ar: 'يعمل بشكل طبيعي', en: 'Operational' },
  degraded: { ar: 'أداء متدهور', en: 'Degraded performance' },
  partial_outage: { ar: 'انقطاع جزئي', en: 'Partial outage' },
  major_outage: { ar: 'انقطاع كبير', en: 'Major outage' },
  maintenance: { ar: 'صيانة', en: 'Maintenance' },
  unknown: { ar: 'غير معروف', en: 'Unknown' },
  resolved: { ar: 'تم الحل', en: 'Resolved' },
};

export const CONFIDENCE_LABELS: Readonly<Record<Confidence, Localized>> = {
  high: { ar: 'عالية', en: 'High' },
  medium: { ar: 'متوسطة', en: 'Medium' },
  low: { ar: 'منخفضة', en: 'Low' },
};

export const PROVENANCE_LABELS: Readonly<Record<Provenance, Localized>> = {
  measured: { ar: 'مَقيس', en: 'Measured' },
  reported: { ar: 'مُعلَن من الشركة', en: 'Reported by the company' },
  reconstructed: { ar: 'مُستخلَص من تقارير منشورة', en: 'Reconstructed from public reports' },
};

export const TIME_NOT_CONFIRMED: Localized = { ar: 'الوقت غير مؤكد', en: 'Time not confirmed' };
export const TIME_APPROXIMATE: Localized = { ar: 'وقت تقريبي', en: 'Approximate time' };
export const NOT_VERIFIED: Localized = { ar: 'غير مُتحقَّق منه', en: 'Not verified' };
/** How a claim no source backs is published, and the only way (README of the facts). */
export const CLAIMED_NOT_VERIFIED: Localized = { ar: 'ادعاء غير مُتحقَّق منه', en: 'Claimed, not verified' };
/** An event whose sources are only secondary or copies (facts README): said so, never stated as fact. */
export const SECONDARY_ONLY: Localized = { ar: 'لا تذكره إلا مصادر ثانوية', en: 'Reported by secondary sources only' };
