// What the desk accepts, as zod schemas: every write is parsed here, and a refusal names its field.
// Forms and JSON give the same shapes (lib/desk/http.ts reads both).
import { z } from 'zod';
import { STATUSES } from '@/lib/status/vocabulary';

export const PHASES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type DeskPhase = (typeof PHASES)[number];

/** A trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max);
/** The same, optional: empty or absent is null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  password: z.string().min(1).max(256),
});

const impact = z.object({ serviceId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), impact: z.enum(STATUSES) });

export const incidentInput = z.object({
  titleAr: text(200).min(3),
  titleEn: optionalText(200),
  bodyAr: text(5000).min(1),
  bodyEn: optionalText(5000),
  phase: z.enum(PHASES).default('investigating'),
  impacts: z.array(impact).max(50).default([]),
});
export type IncidentInput = z.infer<typeof incidentInput>;

export const updateInput = z.object({
  bodyAr: text(5000).min(1),
  bodyEn: optionalText(5000),
  phase: z.enum(PHASES),
  impacts: z.array(impact).max(50).default([]),
});
export type UpdateInput = z.infer<typeof updateInput>;

export const incidentSlug = z.string().regex(/^editor-\d{8}-[a-z0-9]{6}$/);

/** The first problem of a failed parse: the field's name and what is wrong with it. */
export function firstProblem(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  const field = issue.path.map(String).join('.') || 'body';
  return { field, message: `${field}: ${issue.message}` };
}
