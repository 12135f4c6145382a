// The front server's settings, read from the environment once and checked before anything listens: a
// bad value stops the start with a message that names it (a server that restarts its workers every
// 500 ms forever, or never listens while holding the database lock, helps nobody).
import net from 'node:net';
import os from 'node:os';
import { labSettingsProblem } from '@/lib/lab';
import { operatorSettingsProblem } from '@/lib/operator';

export interface FrontSettings {
  port: number;
  /** Undefined: every interface. */
  host: string | undefined;
  workers: number;
  /** The byte budget of each worker's response cache. */
  cacheBytes: number;
  /** After this age a response is no longer served fresh or stale-while-revalidate, but still served at once when refreshing fails. */
  staleIfErrorMs: number;
  /** How many renders (misses and uncached requests to Next) one worker runs at once; beyond, 503. */
  maxRenders: number;
  /** How long a call to Next may take before the visitor gets the last copy or a 503. */
  renderTimeoutMs: number;
  /** Proxies whose X-Forwarded-For may be believed (exact addresses); none: the socket names the client. */
  trustedProxies: ReadonlySet<string>;
  /** The public origin (scheme://host[:port]); when unset, a fixed local origin from the port. */
  publicOrigin: string;
  publicOriginConfigured: boolean;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

function hostOf(env: Env): string | undefined {
  const raw = env.HOST;
  if (raw === undefined || raw === '') return undefined;
  // Something that looks like an address must be one (256.1.1.1 is not); otherwise a plain host name.
  const looksNumeric = /^[\d.]+$/.test(raw) || raw.includes(':');
  if (looksNumeric ? net.isIP(raw) === 0 : !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(raw)) {
    throw new Error(`HOST must be an IP address or a host name to listen on, not "${raw}"`);
  }
  return raw;
}

/** MARSAD_PUBLIC_URL as an origin, or null when unset; a malformed value stops the start. */
export function publicOriginOf(env: Env): string | null {
  const raw = env.MARSAD_PUBLIC_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`MARSAD_PUBLIC_URL must be an absolute http(s) URL such as https://marsad.example, not "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`MARSAD_PUBLIC_URL must start with https:// or http://, not "${raw}"`);
  return url.origin;
}

export function readFrontSettings(env: Env = process.env): FrontSettings {
  const lab = labSettingsProblem(env);
  if (lab) throw new Error(lab);
  const operator = operatorSettingsProblem(env);
  if (operator) throw new Error(operator);
  const port = integer(env, 'PORT', 3000, 1, 65_535);
  const configured = publicOriginOf(env);
  const proxies = (env.MARSAD_TRUSTED_PROXIES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const p of proxies) if (net.isIP(p) === 0) throw new Error(`MARSAD_TRUSTED_PROXIES must list IP addresses separated by commas; "${p}" is not one`);
  return {
    port,
    host: hostOf(env),
    workers: integer(env, 'MARSAD_FRONT_WORKERS', os.availableParallelism(), 1, 64),
    cacheBytes: integer(env, 'MARSAD_FRONT_CACHE_MB', 128, 1, 16_384) * 1024 * 1024,
    staleIfErrorMs: integer(env, 'MARSAD_FRONT_STALE_IF_ERROR_MS', 24 * 3_600_000, 0, 7 * 24 * 3_600_000),
    maxRenders: integer(env, 'MARSAD_FRONT_MAX_RENDERS', 16, 1, 1_000),
    renderTimeoutMs: integer(env, 'MARSAD_FRONT_RENDER_TIMEOUT_MS', 10_000, 100, 120_000),
    // IPv4 clients reach a dual-stack socket as ::ffff:a.b.c.d: believe either spelling.
    trustedProxies: new Set(proxies.flatMap((p) => (net.isIPv4(p) ? [p, `::ffff:${p}`] : [p]))),
    publicOrigin: configured ?? `http://localhost:${port}`,
    publicOriginConfigured: configured !== null,
  };
}
