// Lab mode (MARSAD_LAB=1): Marsad watches the simulated world of `npm run lab` (scripts/lab/), every page
// carries a "simulation" banner, every answer of the front server the header below, and the start is
// refused where a simulation could reach real data or real readers (a PostgreSQL server, the default data
// directory, a Telegram bot; notifications go to fakes on this machine only, with MARSAD_LAB_NOTIFY=local).
// Only `npm run lab` and the lab's e2e test set it; nothing else does, so production never shows it.
type Env = Record<string, string | undefined>;

/** Sent with every answer (pages, API, feeds, badges, embeds) while in lab mode: `simulation`. */
export const SIMULATION_HEADER = 'x-marsad-simulation';

/** Whether this process serves the lab (read per request by the pages, at start by the front server). */
export function isLabMode(env: Env = process.env): boolean {
  return env.MARSAD_LAB === '1';
}

/**
 * Why lab mode cannot start with these settings, or null. A simulation never writes to a PostgreSQL
 * server (DATABASE_URL), nor into the default data directory an `npm start` of the same checkout uses, nor
 * posts to a Telegram channel.
 */
export function labSettingsProblem(env: Env = process.env): string | null {
  const raw = env.MARSAD_LAB;
  if (raw === undefined || raw === '' || raw === '0') return null;
  if (raw !== '1') return `MARSAD_LAB must be "1" (lab mode) or unset, not "${raw}"`;
  if (env.DATABASE_URL) return 'MARSAD_LAB=1 refuses DATABASE_URL: a simulation must never reach a real database (unset it; the lab uses its own embedded database)';
  // MARSAD_LAB_NOTIFY=local (the notifications' e2e test): the bot and the webhooks talk to fakes on this
  // machine only (lib/notify/settings.ts refuses any other Bot API root and any non-loopback receiver).
  const localNotify = env.MARSAD_LAB_NOTIFY === 'local';
  if (env.MARSAD_LAB_NOTIFY !== undefined && env.MARSAD_LAB_NOTIFY !== '' && !localNotify) return `MARSAD_LAB_NOTIFY must be "local" or unset, not "${env.MARSAD_LAB_NOTIFY}"`;
  if (!localNotify && env.MARSAD_TELEGRAM_BOT_TOKEN?.trim()) return 'MARSAD_LAB=1 refuses MARSAD_TELEGRAM_BOT_TOKEN: a simulated outage must never be posted to a real channel (unset it)';
  if (!localNotify && env.MARSAD_NOTIFY !== undefined && env.MARSAD_NOTIFY !== 'off') return 'MARSAD_LAB=1 sends no notification (MARSAD_NOTIFY=off) unless MARSAD_LAB_NOTIFY=local sends them to fakes on this machine';
  const dir = env.MARSAD_DATA_DIR?.trim();
  if (!dir || /^(\.\/)?data\/?$/.test(dir)) return 'MARSAD_LAB=1 needs a data directory of its own in MARSAD_DATA_DIR (npm run lab uses .marsad-lab), never the default ./data';
  return null;
}

/** The headers lab mode adds to every answer (none otherwise). */
export function simulationHeaders(env: Env = process.env): Record<string, string> {
  return isLabMode(env) ? { [SIMULATION_HEADER]: 'simulation' } : {};
}
