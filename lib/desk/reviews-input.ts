// What the desk accepts when an editor reviews a detection (a detected incident or a cloud-outage event):
// an update (text, Arabic required), a confirmation, or a dismissal as a false positive with its reason
// (Arabic required, English optional). Forms and JSON give the same shape; a refusal names its field.
import { z } from 'zod';
import { optionalText, text } from './input';

export const reviewInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('update'), bodyAr: text(5000).min(1), bodyEn: optionalText(5000) }),
  z.object({ kind: z.literal('confirm') }),
  z.object({ kind: z.literal('dismiss'), reasonAr: text(2000).min(3), reasonEn: optionalText(2000) }),
]);
export type ReviewInput = z.infer<typeof reviewInput>;
