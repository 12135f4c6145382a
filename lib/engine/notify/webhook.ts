// One webhook delivery (Standard Webhooks): the signed POST of one outbox row to one endpoint. Every
// delivery checks the target against private and link-local addresses, before the request and again on
// the addresses the socket connects to (the probes' guard, lib/probes/address-guard.ts), so an endpoint
// cannot be pointed at Marsad's own network, even by a name that resolves differently the second time.
// Redirects are not followed; a delivery takes at most the timeout (15 s by default).
import { lookup as dnsLookupCallback, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import { isNonPublicAddress } from '@/lib/probes/address-guard';
import type { NotificationPayload } from '@/lib/notify/notification';
import { webhookHeaders } from '@/lib/notify/signing';
import type { DeliveryOutcome } from './outcome';

export const WEBHOOK_USER_AGENT = 'Marsad-Webhooks/1 (+https://github.com/marsad-status)';

function isLoopback(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower === '::1') return true;
  const v4 = /^(?:::ffff:)?(\d+)\.\d+\.\d+\.\d+$/.exec(lower);
  return v4 !== null && v4[1] === '127';
}

/** Public addresses always; loopback only when the setting allows it (tests, the benchmark). */
export function isAllowedWebhookAddress(address: string, allowLoopback: boolean): boolean {
  return !isNonPublicAddress(address) || (allowLoopback && isLoopback(address));
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function guardedLookup(allowLoopback: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookupCallback(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((a) => !isAllowedWebhookAddress(a.address, allowLoopback));
      if (refused) return callback(Object.assign(new Error(`refused: ${hostname} resolved to non-public address ${refused.address} when connecting`), { code: 'ENONPUBLIC' }), []);
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

const agents = new Map<boolean, Agent>();
function agentFor(allowLoopback: boolean): Agent {
  let agent = agents.get(allowLoopback);
  if (!agent) {
    agent = new Agent({ connect: buildConnector({ lookup: guardedLookup(allowLoopback) }), connections: 8 });
    agents.set(allowLoopback, agent);
  }
  return agent;
}

/** Why a target may not be delivered to (null: it may). Resolves the name: every address must be allowed. */
export async function webhookTargetProblem(url: URL, allowLoopback: boolean, lookup: (host: string) => Promise<string[]> = async (h) => (await dnsLookup(h, { all: true, verbatim: true })).map((a) => a.address)): Promise<string | null> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `refused: ${url.protocol} is not http(s)`;
  if (url.username || url.password) return 'refused: credentials in the URL';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await lookup(host);
  } catch (error) {
    return `name resolution failed: ${(error as Error).message}`;
  }
  if (addresses.length === 0) return `no address for ${host}`;
  const refused = addresses.find((a) => !isAllowedWebhookAddress(a, allowLoopback));
  if (refused !== undefined) return `refused: ${host} resolves to non-public address ${refused}`;
  // Plain http only to a loopback receiver of the tests: a public endpoint takes https.
  if (url.protocol === 'http:' && !addresses.every(isLoopback)) return 'refused: a public endpoint must use https';
  return null;
}

export interface WebhookDelivery {
  url: string;
  secrets: readonly string[];
  /** The message's id: the same at every attempt, the receiver's idempotency key. */
  messageId: string;
  payload: NotificationPayload;
  now: number;
  timeoutMs: number;
  allowLoopback: boolean;
}

function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export async function deliverWebhook(d: WebhookDelivery): Promise<DeliveryOutcome> {
  let url: URL;
  try {
    url = new URL(d.url);
  } catch {
    return { kind: 'retry', error: 'the endpoint URL does not parse' };
  }
  const problem = await webhookTargetProblem(url, d.allowLoopback);
  if (problem) return { kind: 'retry', error: problem };
  const body = JSON.stringify(d.payload);
  try {
    const res = await undiciFetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'user-agent': WEBHOOK_USER_AGENT, ...webhookHeaders(d.secrets, d.messageId, Math.floor(d.now / 1000), body) },
      redirect: 'manual',
      signal: AbortSignal.timeout(d.timeoutMs),
      dispatcher: agentFor(d.allowLoopback),
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { kind: 'delivered' };
    if (res.status === 410) return { kind: 'gone', error: 'HTTP 410 Gone: the endpoint asked to be removed' };
    if (res.status >= 300 && res.status < 400) return { kind: 'retry', error: `HTTP ${res.status}: redirects are not followed` };
    const after = res.status === 429 || res.status === 503 ? retryAfterMs(res.headers.get('retry-after'), d.now) : undefined;
    return { kind: 'retry', error: `HTTP ${res.status}`, ...(after !== undefined && { retryAfterMs: after }) };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return { kind: 'retry', error: `timed out after ${d.timeoutMs} ms` };
    return { kind: 'retry', error: e.cause?.message ?? e.message };
  }
}
