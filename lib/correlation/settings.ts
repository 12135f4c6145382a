// The windows of the cloud-outage correlation rules (docs/methodology.md § Cloud-outage events), in one
// place: every one is a setting, so the lab and the tests run the same rules on a compressed clock. The
// defaults are the published methodology's values: change them only with docs/methodology.md.

export interface CorrelationSettings {
  /** With no report from the cloud, this many dependent services failing within `windowMs` open an event (K). */
  minServices: number;
  /** How close together their failures must start (W). */
  windowMs: number;
  /** An event the cloud never reported resolves after this long with no member failing. */
  quietMs: number;
  /** A member failing again within this long of its recovery continues the same spell (and reopens a just-resolved event). */
  rejoinMs: number;
}

export const CLOUD_EVENT_MIN_SERVICES = 3;
export const CLOUD_EVENT_WINDOW_MS = 10 * 60_000;
export const CLOUD_EVENT_QUIET_MS = 30 * 60_000;
export const CLOUD_EVENT_REJOIN_MS = 15 * 60_000;

export const DEFAULT_CORRELATION_SETTINGS: Readonly<CorrelationSettings> = Object.freeze({
  minServices: CLOUD_EVENT_MIN_SERVICES,
  windowMs: CLOUD_EVENT_WINDOW_MS,
  quietMs: CLOUD_EVENT_QUIET_MS,
  rejoinMs: CLOUD_EVENT_REJOIN_MS,
});

/** Defaults for what is not given; a value that is not a positive number is refused (a typo must not turn a rule off). */
export function correlationSettings(partial: Partial<CorrelationSettings> = {}): CorrelationSettings {
  const settings = { ...DEFAULT_CORRELATION_SETTINGS, ...partial };
  for (const [name, value] of Object.entries(settings)) {
    if (!Number.isFinite(value) || value <= 0) throw new Error(`correlation setting ${name} must be a positive number, got ${value}`);
  }
  if (!Number.isInteger(settings.minServices)) throw new Error(`correlation setting minServices must be a whole number, got ${settings.minServices}`);
  return settings;
}
