// From a detected incident to its readers: the engine detects an incident opening and resolving, the
// outbox queues each change, and the sender delivers it to a webhook endpoint registered with the
// operator's command (signatures checked with the reference library) and to the Telegram channel of each
// language (a fake Bot API): each change once, in order, in the channel's language.
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { runWebhookCommand } from '@/lib/engine/notify/endpoints';
import { startNotifier } from '@/lib/engine/notify/sender';
import { startProbing } from '@/lib/engine/probing';
import { readNotifySettings, telegramChannelTargets } from '@/lib/notify/settings';
import { sendText, startFakeServer, type FakeServer } from '../../fixtures/fake-upstreams/http-server';
import { startFakeTelegram, type FakeTelegram } from '../../fixtures/fake-upstreams/telegram';
import { cloudCatalog, failAndRecoverCloudy, manualClock, T0 } from '../../helpers/engine';
import { useTempDb } from '../../helpers/temp-db';

const db = useTempDb();
const quiet = () => undefined;
let receiver: FakeServer | undefined;
let telegram: FakeTelegram | undefined;
afterAll(async () => {
  await receiver?.close();
  await telegram?.close();
});

describe(`notifications from the engine to readers (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('an incident opening and resolving reaches a webhook and both Telegram channels once each, in order', async () => {
    receiver = await startFakeServer((_req, res) => sendText(res, 200, 'ok'));
    telegram = await startFakeTelegram({ minGapMs: 0 });
    const added = await runWebhookCommand(db().db, ['add', 'newsroom', `${receiver.url}/marsad`], { allowLoopback: true });
    const secret = /whsec_\S+/.exec(added)![0];
    // The operator's list never shows a secret; without the loopback setting the command refuses the receiver.
    expect(await runWebhookCommand(db().db, ['list'], { allowLoopback: true })).not.toContain('whsec_');
    await expect(runWebhookCommand(db().db, ['add', 'other', `${receiver.url}/x`], { allowLoopback: false })).rejects.toThrow(/non-public address/);

    const settings = readNotifySettings({
      MARSAD_WEBHOOK_ALLOW_LOOPBACK: 'on', MARSAD_TELEGRAM_BOT_TOKEN: telegram.token, MARSAD_TELEGRAM_API_ROOT: telegram.url,
      MARSAD_TELEGRAM_CHANNEL_AR: '@marsad_ar', MARSAD_TELEGRAM_CHANNEL_EN: '-1001234567890', MARSAD_TELEGRAM_CHAT_GAP_MS: '0',
    });
    const clock = manualClock(T0);
    const probing = await startProbing({
      handle: db(), catalog: cloudCatalog(), vantage: 'local', log: quiet, probe: false, now: clock.now,
      notify: { origin: 'https://marsad.example', telegramChannels: telegramChannelTargets(settings) },
    });
    const notifier = startNotifier({ handle: db(), settings, log: quiet, poll: false });
    try {
      await failAndRecoverCloudy(db().db, clock, probing, notifier);
    } finally {
      await notifier.stop();
      await probing.stop();
    }

    const hooks = receiver.requests.filter((r) => r.path === '/marsad');
    expect(hooks.map((r) => JSON.parse(r.body).type)).toEqual(['incident.created', 'incident.resolved']);
    for (const r of hooks) {
      const verified = new Webhook(secret).verify(r.body, { 'webhook-id': String(r.headers['webhook-id']), 'webhook-timestamp': String(r.headers['webhook-timestamp']), 'webhook-signature': String(r.headers['webhook-signature']) });
      expect(verified).toMatchObject({ data: { id: 'cloudy-2026-05-07-1210', url: { ar: 'https://marsad.example/incidents/cloudy-2026-05-07-1210' } } });
    }
    expect(telegram.messages.map((m) => [m.chatId, m.texts.length])).toEqual([['@marsad_ar', 2], ['-1001234567890', 2]]);
    const [ar, en] = telegram.messages;
    expect(ar!.texts[0]).toContain('🔴 Cloudy: انقطاع كبير\nالحالة الآن: انقطاع كبير');
    expect(ar!.texts[1]).toContain('انتهت الحادثة.');
    expect(en!.texts[0]).toContain('🔴 Cloudy: major outage\nStatus now: Major outage');
    expect(en!.texts[1]).toContain('The incident is over.');
    expect(en!.texts[1]).toContain('https://marsad.example/en/incidents/cloudy-2026-05-07-1210');
  });
});
