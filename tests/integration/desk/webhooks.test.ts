// Webhook endpoints registered by an editor on the desk (issue 17, item 2), on a real database: 401
// without a session and 403 cross-site before anything else; a refused field named; a private or
// link-local target refused; the secret in the registering answer only (never listed, never in the
// audit log); disable cancels what waits for the endpoint, enable brings it back; every change audited.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { useTempDb } from '@/tests/helpers/temp-db';
import { createAdmin } from '@/lib/desk/admin';
import { signIn } from '@/lib/desk/routes';
import { addWebhook, changeWebhook, listWebhooks } from '@/lib/desk/webhook-routes';
import { deskAudit, notificationOutbox, webhookEndpoints } from '@/lib/db/schema';
import { isWebhookSecret } from '@/lib/notify/signing';

vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const messages = { ar: (await import('@/messages/ar.json')).default, en: (await import('@/messages/en.json')).default };
  return {
    getTranslations: async ({ locale, namespace }: { locale: 'ar' | 'en'; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale] as never, namespace: namespace as never }),
  };
});

const DB_KEY = '__marsadDatabase';
const ORIGIN = 'http://localhost:3000';
const getDb = useTempDb();
let cookie: string;

function post(path: string, body: unknown, withCookie = true, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:9${path}`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json', 'x-marsad-client': '203.0.113.8', ...(withCookie && cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify(body),
  });
}
const noPage = async () => new Response('unused', { status: 500 });

beforeAll(async () => {
  delete process.env.MARSAD_PUBLIC_URL;
  process.env.PORT = '3000';
  process.env.MARSAD_WEBHOOK_ALLOW_LOOPBACK = '1';
  (globalThis as Record<string, unknown>)[DB_KEY] = Promise.resolve(getDb());
  const admin = await createAdmin(getDb().db, 'hooks@example.org');
  const res = await signIn(post('/desk/api/sign-in', { email: admin.email, password: admin.password }, false));
  expect(res.status).toBe(200);
  cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
});
afterAll(() => {
  delete process.env.MARSAD_WEBHOOK_ALLOW_LOOPBACK;
  delete (globalThis as Record<string, unknown>)[DB_KEY];
});

describe('webhook endpoints on the desk', () => {
  it('refuses without a session, cross-site, bad fields and private targets', async () => {
    expect((await addWebhook(post('/desk/api/webhooks', { id: 'news', url: 'http://127.0.0.1:9/hook' }, false), noPage)).status).toBe(401);
    expect((await listWebhooks(new Request('http://127.0.0.1:9/desk/api/webhooks'))).status).toBe(401);
    const cross = await addWebhook(post('/desk/api/webhooks', { id: 'news', url: 'http://127.0.0.1:9/hook' }, true, { origin: 'https://evil.example' }), noPage);
    expect(cross.status).toBe(403);
    const badId = await addWebhook(post('/desk/api/webhooks', { id: 'Bad Id', url: 'http://127.0.0.1:9/hook' }), noPage);
    expect(badId.status).toBe(400);
    expect(await badId.json()).toMatchObject({ error: { field: 'id' } });
    for (const url of ['ftp://127.0.0.1/x', 'not a url']) {
      const bad = await addWebhook(post('/desk/api/webhooks', { id: 'news', url }), noPage);
      expect(bad.status, url).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { field: 'url' } });
    }
    for (const url of ['http://169.254.169.254/latest/meta-data', 'http://10.0.0.7/hook']) {
      const refused = await addWebhook(post('/desk/api/webhooks', { id: 'news', url }), noPage);
      expect(refused.status, url).toBe(400);
      expect(await refused.json()).toMatchObject({ error: { field: 'url' } });
    }
    expect(await getDb().db.select().from(webhookEndpoints)).toEqual([]);
  });

  it('registers an endpoint, shows its secret once, and disables and enables it, audited', async () => {
    const added = await addWebhook(post('/desk/api/webhooks', { id: 'newsroom', url: 'http://127.0.0.1:9/hook' }), noPage);
    expect(added.status).toBe(201);
    expect(added.headers.get('cache-control')).toBe('private, no-store');
    const { secret } = (await added.json()) as { secret: string };
    expect(isWebhookSecret(secret)).toBe(true);
    const [row] = await getDb().db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, 'newsroom'));
    expect(row).toMatchObject({ url: 'http://127.0.0.1:9/hook', secrets: [secret], enabled: true });

    const again = await addWebhook(post('/desk/api/webhooks', { id: 'newsroom', url: 'http://127.0.0.1:9/other' }), noPage);
    expect(again.status).toBe(409);

    const listed = await (await listWebhooks(new Request('http://127.0.0.1:9/desk/api/webhooks', { headers: { cookie } }))).text();
    expect(listed).toContain('newsroom');
    expect(listed).not.toContain(secret);
    const [audit] = await getDb().db.select().from(deskAudit).orderBy(desc(deskAudit.id)).limit(1);
    expect(audit).toMatchObject({ action: 'webhook.add', target: 'newsroom' });
    expect(JSON.stringify(audit)).not.toContain(secret);

    const now = new Date();
    await getDb().db.insert(notificationOutbox).values({ changeKey: 'c1', channel: 'webhook', target: 'newsroom', subjectId: 'x', eventType: 'incident.created', payload: {}, createdAt: now, nextAttemptAt: now });
    expect((await changeWebhook(post('/desk/api/webhooks/newsroom', { action: 'disable' }), 'newsroom')).status).toBe(200);
    const [off] = await getDb().db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, 'newsroom'));
    expect(off).toMatchObject({ enabled: false, disabledReason: 'operator', secrets: [secret] });
    const waiting = await getDb().db.select().from(notificationOutbox).where(eq(notificationOutbox.target, 'newsroom'));
    expect(waiting.map((w) => w.state)).toEqual(['cancelled']);

    expect((await changeWebhook(post('/desk/api/webhooks/newsroom', { action: 'enable' }), 'newsroom')).status).toBe(200);
    const [on] = await getDb().db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, 'newsroom'));
    expect(on).toMatchObject({ enabled: true, disabledReason: null });
    const actions = (await getDb().db.select().from(deskAudit).where(eq(deskAudit.target, 'newsroom'))).map((a) => a.action);
    expect(actions).toEqual(['webhook.add', 'webhook.disable', 'webhook.enable']);

    expect((await changeWebhook(post('/desk/api/webhooks/nobody', { action: 'disable' }), 'nobody')).status).toBe(404);
    expect((await changeWebhook(post('/desk/api/webhooks/newsroom', { action: 'explode' }), 'newsroom')).status).toBe(400);
  });
});
