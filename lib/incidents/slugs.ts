// Permalinks of the incidents Marsad detects live (docs/methodology.md § Incidents). A slug is what the
// API's own pattern accepts (lowercase words joined by dashes) and is derived only from what every
// evaluator sees alike (the target and the first failing check), so two workers name an incident the same.

/** The API's slug pattern (lib/open-data/api-params.ts checks the same). */
export const INCIDENT_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A catalog id or region code as slug words: lowercase, anything else a dash. */
export function slugWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `YYYY-MM-DD-HHMM` in UTC. */
export function minuteStamp(at: number): string {
  const iso = new Date(at).toISOString();
  return `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/**
 * A detected incident's slug: `coinbase-2026-12-06-1040`. `taken` is the slug of the target's previous
 * incident (the only one that can share its minute: a relapse within the rejoin window reopens the same
 * incident, so a second start in one minute only happens on a compressed clock); when equal, the
 * seconds and then the milliseconds are added, so two incidents never share a slug.
 */
export function detectedIncidentSlug(targetId: string, startedAt: number, taken?: string | null): string {
  const base = `${slugWords(targetId)}-${minuteStamp(startedAt)}`;
  if (taken !== base && !taken?.startsWith(`${base}-`)) return base;
  const iso = new Date(startedAt).toISOString();
  const withSeconds = `${base}-${iso.slice(17, 19)}`;
  return taken === withSeconds ? `${withSeconds}${iso.slice(20, 23)}` : withSeconds;
}

/** A cloud-outage event's slug: `aws-us-east-1-2026-12-06-1040` (provider, region, start). */
export function cloudEventSlug(providerId: string, region: string, startedAt: number): string {
  return `${slugWords(providerId)}-${slugWords(region)}-${minuteStamp(startedAt)}`;
}
