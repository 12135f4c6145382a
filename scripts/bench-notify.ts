// `npm run bench:notify [-- --subscribers 10000 --endpoints 1000 --emails 1000 --telegram-per-second 30]`:
// one incident change fanned out to Telegram subscribers, webhook endpoints and email addresses, against
// local fakes only (a Bot API on 127.0.0.1 enforcing Telegram's limits: 1 message a second per chat and
// `--telegram-per-second` overall, 429 beyond; one webhook receiver; the tests' SMTP server). Two runs:
//
// 1. In this process, at a small size and without Telegram's pacing (the ratio does not depend on either):
//    database statements per delivery, counted on the embedded database's client.
// 2. In the production server (`lib/front/server/main.ts`, as `npm start` runs it; needs a build in .next),
//    at full size: the subscribers, endpoints and addresses are written to its embedded database with the
//    change queued to fall due `--lead-sec` after the server starts; the server's own sender (the web
//    process sends by default, on the same database as the pages) delivers it. Meanwhile two clients read
//    `/` and `/api/status` through the front server, before the change falls due and during the fan-out:
//    p50/p99. Figures: time from the change to its last delivery (per channel), deliveries a second, the
//    server's peak memory (VmHWM of each of its processes).
//
// Telegram's 30 messages a second make 10,000 direct messages take about 5.6 minutes by construction;
// `--telegram-per-second` scales both the fake's limit and the sender's (MARSAD_TELEGRAM_PER_SECOND), and
// the output says when it is not Telegram's.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, readDbConfig, type DbHandle } from '@/lib/db/client';
import { enqueueNotifications } from '@/lib/db/outbox';
import { emailSubscribers, notificationOutbox, telegramSubscribers, telegramSubscriptions, webhookEndpoints } from '@/lib/db/schema';
import { closeMailTransports } from '@/lib/engine/notify/email';
import { routing } from '@/lib/i18n/routing';
import { startNotifier } from '@/lib/engine/notify/sender';
import { buildNotification } from '@/lib/notify/notification';
import { readNotifySettings } from '@/lib/notify/settings';
import { generateWebhookSecret } from '@/lib/notify/signing';
import { sendText, startFakeServer, type FakeServer } from '../tests/fixtures/fake-upstreams/http-server';
import { startFakeTelegram, type FakeTelegram } from '../tests/fixtures/fake-upstreams/telegram';
import { startLocalSmtp, type LocalSmtp } from '../tests/helpers/smtp';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    endpoints: { type: 'string', default: '1000' },
    emails: { type: 'string', default: '1000' },
    'telegram-per-second': { type: 'string', default: '30' },
    'lead-sec': { type: 'string', default: '90' },
    port: { type: 'string', default: '3391' },
    'count-size': { type: 'string', default: '1000' },
    /** Only the first run (statements per delivery): no build needed. */
    'count-only': { type: 'boolean', default: false },
  },
});
const SIZES = { subscribers: Number(values.subscribers), endpoints: Number(values.endpoints), emails: Number(values.emails) };
const TPS = Number(values['telegram-per-second']);
const LEAD_MS = Number(values['lead-sec']) * 1000;
const PORT = Number(values.port);
const COUNT_SIZE = Number(values['count-size']);
const CHANNELS = { MARSAD_TELEGRAM_CHANNEL_AR: '@marsad_bench_ar', MARSAD_TELEGRAM_CHANNEL_EN: '@marsad_bench_en' };
for (const [name, v] of Object.entries({ ...SIZES, TPS, LEAD_MS, PORT, COUNT_SIZE })) if (!Number.isSafeInteger(v) || v < 0) throw new Error(`--${name} must be a whole number`);

interface Fakes {
  telegram: FakeTelegram;
  receiver: FakeServer;
  smtp: LocalSmtp;
}

async function startFakes(perSecond: number): Promise<Fakes> {
  return {
    telegram: await startFakeTelegram({ minGapMs: 1000, perSecond }),
    receiver: await startFakeServer((_req, res) => sendText(res, 204, '')),
    smtp: await startLocalSmtp(),
  };
}
const closeFakes = async (f: Fakes) => void (await Promise.all([f.telegram.close(), f.receiver.close(), f.smtp.close()]));

/** Subscribers (half Arabic, half English, following all incidents), endpoints and confirmed addresses. */
async function seed(db: DbHandle['db'], sizes: typeof SIZES, receiverUrl: string): Promise<void> {
  const secret = generateWebhookSecret();
  const CHUNK = 1000;
  for (let i = 0; i < sizes.endpoints; i += CHUNK) {
    await db.insert(webhookEndpoints).values(Array.from({ length: Math.min(CHUNK, sizes.endpoints - i) }, (_, k) => ({ id: `e${i + k}`, url: `${receiverUrl}/e/${i + k}`, secrets: [secret] })));
  }
  for (let i = 0; i < sizes.subscribers; i += CHUNK) {
    const chunk = Array.from({ length: Math.min(CHUNK, sizes.subscribers - i) }, (_, k) => `${1_000_000 + i + k}`);
    await db.insert(telegramSubscribers).values(chunk.map((chatId, k) => ({ chatId, locale: routing.locales[k % 2]! })));
    await db.insert(telegramSubscriptions).values(chunk.map((chatId) => ({ chatId, scope: 'all' })));
  }
  for (let i = 0; i < sizes.emails; i += CHUNK) {
    await db.insert(emailSubscribers).values(Array.from({ length: Math.min(CHUNK, sizes.emails - i) }, (_, k) => ({
      id: randomBytes(12).toString('base64url'), email: `reader${i + k}@bench.example`, locale: routing.locales[k % 2]!, scope: 'all',
      confirmedAt: new Date(), unsubscribeToken: randomBytes(24).toString('base64url'),
    })));
  }
}

/** The one change, queued in its own transaction as the engine does, due at `at`. */
async function enqueue(db: DbHandle['db'], at: number): Promise<number> {
  const change = buildNotification({
    data: { id: `bench-${at}`, kind: 'service', change: 'opened', title: { ar: 'Bench: انقطاع كبير', en: 'Bench: major outage' }, serviceId: 'bench', provider: null, region: null, status: 'major_outage', startedAt: new Date(at).toISOString(), endedAt: null },
    told: { bench: at }, occurredAt: at, origin: 'https://marsad.example',
  });
  const groupOf = () => 'exchange' as const;
  return db.transaction((tx) => enqueueNotifications(tx, [change], { telegramChannels: ['ar', 'en'], telegramSubscribers: { groupOf }, emailSubscribers: { groupOf } }));
}

/** Counts every statement PGlite runs (outside and inside transactions) while `counting` is on. */
async function countPgliteStatements(): Promise<{ start(): void; stop(): number }> {
  const { PGlite } = await import('@electric-sql/pglite');
  const proto = PGlite.prototype as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  let on = false;
  let n = 0;
  for (const name of ['query', 'exec'] as const) {
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      if (on) n++;
      return original.apply(this, args);
    };
  }
  const transaction = proto.transaction!;
  proto.transaction = function (this: unknown, ...args: unknown[]) {
    const fn = args[0] as (tx: Record<string, unknown>) => Promise<unknown>;
    return transaction.call(this, (tx: Record<string, unknown>) =>
      fn(new Proxy(tx, {
        get(target, prop) {
          const value = Reflect.get(target, prop);
          if ((prop === 'query' || prop === 'exec' || prop === 'sql') && typeof value === 'function') {
            return (...a: unknown[]) => {
              if (on) n++;
              return (value as (...x: unknown[]) => unknown)(...a);
            };
          }
          return value;
        },
      })),
    );
  };
  return { start: () => ((on = true), (n = 0), undefined), stop: () => ((on = false), n) };
}

async function statementsPerDelivery() {
  const counter = await countPgliteStatements();
  const sizes = { subscribers: Math.min(COUNT_SIZE, SIZES.subscribers), endpoints: Math.min(Math.ceil(COUNT_SIZE / 10), SIZES.endpoints), emails: Math.min(Math.ceil(COUNT_SIZE / 10), SIZES.emails) };
  const fakes = await startFakes(100_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-notify-count-'));
  const handle = await openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: dataDir }), databaseUrl: undefined });
  try {
    await seed(handle.db, sizes, fakes.receiver.url);
    const settings = readNotifySettings({
      MARSAD_WEBHOOK_ALLOW_LOOPBACK: 'on', MARSAD_TELEGRAM_BOT_TOKEN: fakes.telegram.token, MARSAD_TELEGRAM_API_ROOT: fakes.telegram.url, ...CHANNELS,
      MARSAD_TELEGRAM_PER_SECOND: '100000', MARSAD_TELEGRAM_CHAT_GAP_MS: '0', MARSAD_SMTP_URL: fakes.smtp.url, MARSAD_PUBLIC_URL: 'https://marsad.example',
    });
    counter.start();
    const queued = await enqueue(handle.db, Date.now());
    const queueStatements = counter.stop();
    const notifier = startNotifier({ handle, settings, log: () => undefined, poll: false });
    counter.start();
    await notifier.drain();
    const statements = counter.stop();
    await notifier.stop();
    const delivered = Number(((await handle.db.execute(sql`select count(*)::int as n from ${notificationOutbox} where state = 'delivered'`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    return { sizes, queued, delivered, statementsToQueue: queueStatements, statementsToDeliver: statements, statementsPerDelivery: +(statements / Math.max(1, delivered)).toFixed(2) };
  } finally {
    closeMailTransports();
    await handle.close();
    await closeFakes(fakes);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return +sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
}

/** VmHWM (peak resident memory) of the process and its descendants, in MB. */
function peakMemory(rootPid: number): { pid: number; name: string; peakMb: number }[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: { pid: number; name: string; peakMb: number }[] = [];
  const visit = (pid: number) => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(-2).join(' ');
      // The primary runs Next, the engine, the sender and the embedded database; the others are front workers.
      out.push({ pid, name: pid === rootPid ? 'primary (Next, engine, sender, PGlite)' : `front worker (${cmd.slice(0, 40)})`, peakMb: Math.round(kb / 1024) });
    } catch {
      // gone meanwhile
    }
    for (const c of children.get(pid) ?? []) visit(c);
  };
  visit(rootPid);
  return out;
}

async function inTheServer() {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) throw new Error('no production build in .next: run `npx next build` first (the latency is measured on the production server)');
  const fakes = await startFakes(TPS);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-notify-server-'));
  let server: ChildProcess | null = null;
  try {
    const handle = await openDatabase({ ...readDbConfig({ MARSAD_DATA_DIR: dataDir }), databaseUrl: undefined });
    let dueAt: number;
    let queued: number;
    try {
      await seed(handle.db, SIZES, fakes.receiver.url);
      dueAt = Date.now() + LEAD_MS;
      queued = await enqueue(handle.db, dueAt);
    } finally {
      await handle.close();
    }
    const origin = `http://127.0.0.1:${PORT}`;
    let output = '';
    server = spawn(process.execPath, ['--import', 'tsx', 'lib/front/server/main.ts'], {
      env: {
        ...process.env, NODE_OPTIONS: '', PORT: String(PORT), DATABASE_URL: '', MARSAD_DATA_DIR: dataDir, MARSAD_PROBES: 'off', MARSAD_IP_RANGES_REFRESH: 'off', NEXT_TELEMETRY_DISABLED: '1',
        MARSAD_PUBLIC_URL: origin, MARSAD_WEBHOOK_ALLOW_LOOPBACK: 'on', MARSAD_TELEGRAM_BOT_TOKEN: fakes.telegram.token, MARSAD_TELEGRAM_API_ROOT: fakes.telegram.url, ...CHANNELS,
        MARSAD_TELEGRAM_PER_SECOND: String(TPS), MARSAD_SMTP_URL: fakes.smtp.url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (output += d));
    server.stderr!.on('data', (d) => (output += d));
    const upBy = Date.now() + 90_000;
    while (!(await fetch(`${origin}/api/status`).then((r) => r.ok, () => false))) {
      if (server.exitCode !== null || Date.now() > upBy) throw new Error(`the server did not start:\n${output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    // Cold renders are not what a reader meets: one of each first, then measure.
    await fetch(`${origin}/`);
    await fetch(`${origin}/api/status`);
    const baselineSec = (dueAt - Date.now()) / 1000;
    if (baselineSec < 10) throw new Error(`the server took too long to start: ${baselineSec.toFixed(1)} s of baseline before the change falls due; raise --lead-sec`);

    const samples: { at: number; path: string; ms: number; cache: string }[] = [];
    let reading = true;
    const reader = async (paths: string[]) => {
      for (let i = 0; reading; i++) {
        const p = paths[i % paths.length]!;
        const t = performance.now();
        const at = Date.now();
        const r = await fetch(`${origin}${p}`);
        await r.arrayBuffer();
        samples.push({ at, path: p, ms: performance.now() - t, cache: r.headers.get('x-marsad-cache') ?? 'none' });
        await new Promise((res) => setTimeout(res, 20));
      }
    };
    // Two readers of what a visitor polls (served from the front cache, rendered again behind it every few
    // seconds), and /api/health, uncached, which reaches Next and the database every time.
    const readers = [reader(['/', '/api/status']), reader(['/api/status', '/']), reader(['/api/health'])];

    const expected = { webhook: SIZES.endpoints, telegram: SIZES.subscribers + 2, email: SIZES.emails };
    const doneAt: Record<keyof typeof expected, number | null> = { webhook: null, telegram: null, email: null };
    const counts = () => ({ webhook: fakes.receiver.requests.length, telegram: fakes.telegram.messages.length, email: fakes.smtp.mails.length });
    const deadline = dueAt + (SIZES.subscribers / TPS) * 2000 + 180_000;
    let lastPrint = 0;
    for (;;) {
      const c = counts();
      for (const k of Object.keys(expected) as (keyof typeof expected)[]) if (doneAt[k] === null && c[k] >= expected[k]) doneAt[k] = Date.now();
      if (Object.values(doneAt).every((v) => v !== null)) break;
      if (Date.now() > deadline) break;
      if (Date.now() - lastPrint > 15_000) {
        lastPrint = Date.now();
        console.error(`bench:notify: ${Math.round((Date.now() - dueAt) / 1000)} s after the change: ${JSON.stringify(c)} of ${JSON.stringify(expected)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const endAt = Math.max(...Object.values(doneAt).map((v) => v ?? Date.now()));
    // A little more reading after the fan-out, then the figures.
    await new Promise((r) => setTimeout(r, 3000));
    reading = false;
    await Promise.all(readers);
    const memory = peakMemory(server.pid!);
    const metrics = await (await fetch(`${origin}/api/metrics`)).text();
    const c = counts();
    const delivered = c.webhook + c.telegram + c.email;
    const lastWebhook = Math.max(...fakes.receiver.requests.map((r) => r.atMs));
    const lastMail = fakes.smtp.mails.length ? Math.max(...fakes.smtp.mails.map((m) => m.receivedAt)) : null;
    const latency = (phase: 'before' | 'during', p: string) => {
      const inPhase = samples.filter((s) => s.path === p && (phase === 'before' ? s.at < dueAt : s.at >= dueAt && s.at <= endAt)).map((s) => s.ms).sort((a, b) => a - b);
      const cache = samples.filter((s) => s.path === p && (phase === 'before' ? s.at < dueAt : s.at >= dueAt && s.at <= endAt)).reduce<Record<string, number>>((m, s) => ((m[s.cache] = (m[s.cache] ?? 0) + 1), m), {});
      return { requests: inPhase.length, p50ms: percentile(inPhase, 50), p99ms: percentile(inPhase, 99), maxMs: percentile(inPhase, 100), frontCache: cache };
    };
    return {
      queued, expected, received: c, complete: Object.values(doneAt).every((v) => v !== null),
      secondsFromChangeToLast: {
        webhook: +((lastWebhook - dueAt) / 1000).toFixed(1),
        email: lastMail === null ? null : +((lastMail - dueAt) / 1000).toFixed(1),
        telegram: doneAt.telegram === null ? null : +((doneAt.telegram - dueAt) / 1000).toFixed(1),
        all: +((endAt - dueAt) / 1000).toFixed(1),
      },
      deliveriesPerSecond: Math.round(delivered / ((endAt - dueAt) / 1000)),
      telegram429: fakes.telegram.tooFast,
      serverPeakMemory: memory,
      pagesBeforeChange: { baselineSec: +baselineSec.toFixed(1), '/': latency('before', '/'), '/api/status': latency('before', '/api/status'), '/api/health (uncached)': latency('before', '/api/health') },
      pagesDuringFanOut: { '/': latency('during', '/'), '/api/status': latency('during', '/api/status'), '/api/health (uncached)': latency('during', '/api/health') },
      outboxAfter: metrics.split('\n').filter((l) => l.startsWith('marsad_notification_outbox_rows') && !/ 0$/.test(l)),
    };
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await closeFakes(fakes);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const started = Date.now();
  console.error('bench:notify: 1/2 statements per delivery, in this process…');
  const counted = await statementsPerDelivery();
  if (values['count-only']) return void console.log(JSON.stringify({ statementsPerDelivery: counted }, null, 2));
  console.error(`bench:notify: 2/2 the fan-out in the production server (${SIZES.subscribers} Telegram subscribers, ${SIZES.endpoints} endpoints, ${SIZES.emails} addresses)…`);
  const server = await inTheServer();
  console.log(JSON.stringify({
    machine: { cpus: os.cpus().length, node: process.version, loadAverage1m: +os.loadavg()[0]!.toFixed(2) },
    sizes: SIZES,
    telegramLimitPerSecond: TPS,
    note: TPS === 30 ? "Telegram's published limit (30 messages a second overall, 1 a second per chat), enforced by the fake" : `NOT Telegram's limit: the fake and the sender were set to ${TPS} messages a second overall (Telegram allows about 30)`,
    statementsPerDelivery: counted,
    server,
    benchSeconds: Math.round((Date.now() - started) / 1000),
  }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
