// What the desk accepts for a maintenance window (zod): start and end in UTC, the description in Arabic
// (required) and English (optional), the services it affects. A refusal names its field.
import { z } from 'zod';

const MAX_WINDOW_MS = 14 * 24 * 3600_000;

/**
 * A time as the desk's form sends it (`2026-12-07T02:00`, read as UTC: the form says so) or as JSON sends it
 * (ISO 8601 with its zone).
 */
const utcTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?$/, 'expected a date and time such as 2026-12-07T02:00 (UTC)')
  .transform((v, ctx) => {
    const ms = Date.parse(/(?:Z|[+-]\d{2}:\d{2})$/.test(v) ? v : `${v}Z`);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: 'not a real date' });
      return z.NEVER;
    }
    return ms;
  });

const serviceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

export const maintenanceInput = z
  .object({
    startsAt: utcTime,
    endsAt: utcTime,
    descriptionAr: z.string().trim().min(3).max(2000),
    descriptionEn: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .transform((v) => (v ? v : null)),
    services: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(serviceId).min(1, 'choose at least one service').max(50)),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'the end must come after the start' });
    else if (v.endsAt - v.startsAt > MAX_WINDOW_MS) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'a window lasts 14 days at most' });
  });
export type MaintenanceInput = z.infer<typeof maintenanceInput>;

export const maintenanceId = z.string().regex(/^mw-\d{8}-[a-z0-9]{6}$/);
