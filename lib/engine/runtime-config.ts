// The process's settings from its environment, read in one place and checked: a bad value stops the start.
import type { EngineWindows } from '@/lib/engine/windows';
import { labSettingsProblem } from '@/lib/lab';
import { operatorSettingsProblem } from '@/lib/operator';

export interface RuntimeConfig {
  probes: boolean;
  vantage: string;
  configuredVantages?: number;
  /** How often statuses are derived (default 5 s); tests use a short period. */
  evaluateEveryMs?: number;
  /** Rule windows set in the environment (the lab compresses them); unset ones keep the methodology's values. */
  windows: Partial<Pick<EngineWindows, WindowSetting>>;
  /** How often a web process looks for published desk changes (MARSAD_PUBLISH_WATCH_MS, default 1 s; 0 turns it off). */
  publishWatchMs: number;
}

type WindowSetting = 'reopenMs' | 'cloudEventMinServices' | 'cloudEventWindowMs' | 'cloudEventQuietMs' | 'cloudEventRejoinMs' | 'measuredRefreshMs';

/** The rule windows an operator may set, and their smallest values (docs/methodology.md gives the defaults). */
const WINDOW_SETTINGS: Record<string, { window: WindowSetting; min: number }> = {
  MARSAD_REOPEN_MS: { window: 'reopenMs', min: 1000 },
  MARSAD_CLOUD_EVENT_MIN_SERVICES: { window: 'cloudEventMinServices', min: 1 },
  MARSAD_CLOUD_EVENT_WINDOW_MS: { window: 'cloudEventWindowMs', min: 1000 },
  MARSAD_CLOUD_EVENT_QUIET_MS: { window: 'cloudEventQuietMs', min: 1000 },
  MARSAD_CLOUD_EVENT_REJOIN_MS: { window: 'cloudEventRejoinMs', min: 1000 },
  MARSAD_MEASURED_REFRESH_MS: { window: 'measuredRefreshMs', min: 1000 },
};

export function readRuntimeConfig(env: Record<string, string | undefined> = process.env): RuntimeConfig {
  const lab = labSettingsProblem(env);
  if (lab) throw new Error(lab);
  const operator = operatorSettingsProblem(env);
  if (operator) throw new Error(operator);
  const probes = (env.MARSAD_PROBES ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(probes)) throw new Error(`MARSAD_PROBES must be "on" or "off", not "${env.MARSAD_PROBES}"`);
  const vantage = env.MARSAD_VANTAGE ?? 'local';
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(vantage)) throw new Error(`MARSAD_VANTAGE must be a short name of lowercase letters, digits and dashes, not "${vantage}"`);
  let configuredVantages: number | undefined;
  if (env.MARSAD_VANTAGES !== undefined) {
    configuredVantages = Number(env.MARSAD_VANTAGES);
    if (!Number.isInteger(configuredVantages) || configuredVantages < 1) throw new Error(`MARSAD_VANTAGES must be a whole number of vantages (1 or more), not "${env.MARSAD_VANTAGES}"`);
  }
  let evaluateEveryMs: number | undefined;
  if (env.MARSAD_EVALUATE_EVERY_MS !== undefined) {
    evaluateEveryMs = Number(env.MARSAD_EVALUATE_EVERY_MS);
    if (!Number.isInteger(evaluateEveryMs) || evaluateEveryMs < 100) throw new Error(`MARSAD_EVALUATE_EVERY_MS must be a whole number of milliseconds, at least 100, not "${env.MARSAD_EVALUATE_EVERY_MS}"`);
  }
  const publishRaw = env.MARSAD_PUBLISH_WATCH_MS;
  const publishWatchMs = publishRaw === undefined || publishRaw === '' ? 1_000 : Number(publishRaw);
  if (!/^\d+$/.test((publishRaw ?? '0').trim()) || (publishWatchMs !== 0 && publishWatchMs < 100) || publishWatchMs > 60_000) {
    throw new Error(`MARSAD_PUBLISH_WATCH_MS must be a whole number of milliseconds from 100 to 60000 (or 0 to turn it off), not "${publishRaw}"`);
  }
  const windows: RuntimeConfig['windows'] = {};
  for (const [name, { window, min }] of Object.entries(WINDOW_SETTINGS)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be a whole number, at least ${min}, not "${raw}"`);
    windows[window] = value;
  }
  return { probes: probes === 'on', vantage, publishWatchMs, ...(configuredVantages && { configuredVantages }), ...(evaluateEveryMs && { evaluateEveryMs }), windows };
}
