// The settings Marsad runs with in the lab (npm run lab) and in the lab's e2e test: lab mode, its own
// catalog and data directory, no PostgreSQL, and the engine's windows compressed so that a story of hours
// plays in minutes. Every window here is an ordinary setting of the engine (README § Configuration).
import type { LabPace } from './catalog';

export interface LabServerOptions {
  catalogFile: string;
  dataDir: string;
  port: number;
  pace: LabPace;
  /** The extra address table for the exposure map (scripts/lab/catalog.ts labRangeTable), as a file. */
  rangesFile?: string;
}

export function labServerEnv(options: LabServerOptions): Record<string, string> {
  const fast = options.pace.checkSec <= 1;
  return {
    MARSAD_LAB: '1',
    MARSAD_CATALOG: options.catalogFile,
    MARSAD_DATA_DIR: options.dataDir,
    PORT: String(options.port),
    // Never a real database: the embedded one in the lab's own directory (lib/lab.ts refuses DATABASE_URL too).
    DATABASE_URL: '',
    MARSAD_VANTAGE: 'lab',
    MARSAD_VANTAGES: '1',
    MARSAD_FRONT_WORKERS: '1',
    // Statuses derived every second (500 ms in the test), pages polling every 3 s instead of 15.
    MARSAD_EVALUATE_EVERY_MS: fast ? '500' : '1000',
    // The rules' windows, compressed like the story (docs/methodology.md gives the published ones): K stays
    // 3 services, within W = 1 minute instead of 10 (20 s in the test); an event LabCloud never reported
    // resolves after 45 s without a failing member instead of 30 minutes (15 s); a service failing again
    // within 1 minute of recovering (20 s) continues its incident and its event instead of 15 minutes.
    MARSAD_CLOUD_EVENT_MIN_SERVICES: '3',
    MARSAD_CLOUD_EVENT_WINDOW_MS: fast ? '20000' : '60000',
    MARSAD_CLOUD_EVENT_QUIET_MS: fast ? '15000' : '45000',
    MARSAD_CLOUD_EVENT_REJOIN_MS: fast ? '20000' : '60000',
    MARSAD_REOPEN_MS: fast ? '20000' : '60000',
    // The exposure map's measured dependencies, read again every few seconds instead of 5 minutes: the lab's
    // first addresses are recorded a second after it starts, and its story is over within 5 minutes.
    MARSAD_MEASURED_REFRESH_MS: fast ? '2000' : '5000',
    MARSAD_LIVE_REFRESH_MS: '3000',
    // The exposure map: LabCloud's regions (127.0.0.8/29, 127.0.0.16/29) beside the providers' published
    // ranges, and no refresh of those from the internet (nothing of the lab leaves this machine).
    MARSAD_IP_RANGES_REFRESH: 'off',
    ...(options.rangesFile && { MARSAD_IP_RANGES_EXTRA: options.rangesFile }),
    // Nobody is told about a simulated outage: no notifications sent, no Telegram bot (lib/lab.ts refuses one).
    MARSAD_NOTIFY: 'off',
    MARSAD_TELEGRAM_BOT_TOKEN: '',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}
