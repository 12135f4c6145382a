// An EVM endpoint that will not take a JSON-RPC batch is asked one call at a time, whether it refuses with
// a JSON error object (the captured proxyd answer) or with an HTTP 4xx (400, 405, 413, 415), and is then
// remembered as batch-refusing; a 5xx or a 429 is never read as a refusal. The node's single answers are the
// captured Ethereum execution-apis responses (tests/fixtures/upstream-samples/evm, provenance in SOURCES.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBatchRefusalMemory } from '@/lib/probes/json-rpc';
import { runProbe } from '@/lib/probes/registry';
import { fakeProbeContext, testMonitor } from '@/tests/fixtures/fake-upstreams';

const SAMPLES = path.join(__dirname, '../../fixtures/upstream-samples/evm');
const hive = JSON.parse(readFileSync(path.join(SAMPLES, 'execution-apis-hive-responses.json'), 'utf8')) as Record<string, { result: unknown }>;
const proxydRefusal = readFileSync(path.join(SAMPLES, 'proxyd-batch-refusal.json'), 'utf8');
/** 0xc72dd9d5e883e: the chain id of the execution-apis test chain. */
const HIVE_CHAIN_ID = 3503995874084926;

type BatchAnswer = { status: number; body: string; headers?: Record<string, string> };

interface StubNode {
  fetch: typeof fetch;
  /** Every request body received: an array for a batch, an object for a single call. */
  bodies: unknown[];
  batches(): number;
  singles(): string[];
}

/** A node serving the captured answers to single calls, and `batchAnswer` (or a normal batch answer) to batches. */
function stubNode(batchAnswer: BatchAnswer | null): StubNode {
  const bodies: unknown[] = [];
  const single = (call: { id: number; method: string; params: unknown[] }) => {
    const sample = call.method === 'eth_chainId' ? hive.eth_chainId : hive[String(call.params[0])];
    return sample ? { jsonrpc: '2.0', id: call.id, result: sample.result } : { jsonrpc: '2.0', id: call.id, error: { code: -32601, message: 'not here' } };
  };
  const fetchStub = (async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as unknown;
    bodies.push(body);
    if (Array.isArray(body)) {
      if (batchAnswer) return new Response(batchAnswer.body, { status: batchAnswer.status, headers: { 'content-type': 'application/json', ...batchAnswer.headers } });
      return Response.json(body.map(single));
    }
    return Response.json(single(body as Parameters<typeof single>[0]));
  }) as typeof fetch;
  return {
    fetch: fetchStub,
    bodies,
    batches: () => bodies.filter(Array.isArray).length,
    singles: () => bodies.filter((b) => !Array.isArray(b)).map((b) => (b as { method: string }).method),
  };
}

const evm = (url: string) => testMonitor({ kind: 'evm', url, chainId: HIVE_CHAIN_ID, finality: true });
let port = 0;
const nextUrl = () => `https://rpc-${++port}.example/`;

describe('evm probe on the captured execution-apis answers', () => {
  it('reads chain id, height 20 and timestamp 200 from one batch', async () => {
    const node = stubNode(null);
    const result = await runProbe(evm(nextUrl()), fakeProbeContext({ fetch: node.fetch, batchRefusals: createBatchRefusalMemory() }));
    expect(result).toMatchObject({
      outcome: 'up',
      reason: null,
      facts: { chainId: HIVE_CHAIN_ID, height: 0x14, headTimestampSec: 0xc8, safeHeight: 0x14, finalizedHeight: 0x14 },
    });
    expect(node.batches()).toBe(1);
    expect(node.singles()).toEqual([]);
  });
});

describe('a batch refused', () => {
  const refusals: [string, BatchAnswer][] = [
    ['with the captured proxyd error object (HTTP 200)', { status: 200, body: proxydRefusal }],
    ['with the proxyd error object on HTTP 400', { status: 400, body: proxydRefusal }],
    ['with HTTP 400 and a text body', { status: 400, body: 'batch requests are not allowed' }],
    ['with HTTP 405', { status: 405, body: '' }],
    ['with HTTP 413', { status: 413, body: '{"error":"request entity too large"}' }],
    ['with HTTP 415', { status: 415, body: '' }],
  ];

  it.each(refusals)('%s: falls back to one call at a time → up, and is remembered', async (_name, answer) => {
    const node = stubNode(answer);
    const memory = createBatchRefusalMemory();
    const ctx = fakeProbeContext({ fetch: node.fetch, batchRefusals: memory });
    const url = nextUrl();

    const first = await runProbe(evm(url), ctx);
    expect(first).toMatchObject({ outcome: 'up', reason: null, facts: { chainId: HIVE_CHAIN_ID, height: 20, headTimestampSec: 200, finalizedHeight: 20 } });
    expect(node.batches()).toBe(1);
    expect(node.singles()).toEqual(['eth_chainId', 'eth_getBlockByNumber', 'eth_getBlockByNumber', 'eth_getBlockByNumber']);
    expect(memory.refuses(url)).toBe(true);

    // Remembered: the next run does not offer a batch again.
    const second = await runProbe(evm(url), ctx);
    expect(second).toMatchObject({ outcome: 'up', facts: { height: 20 } });
    expect(node.batches()).toBe(1);
    expect(node.singles()).toHaveLength(8);
  });

  it('is tried again after the memory expires (an endpoint can change its proxy)', async () => {
    let now = 1_000_000;
    const memory = createBatchRefusalMemory({ rememberMs: 60_000, now: () => now });
    const node = stubNode({ status: 405, body: '' });
    const ctx = fakeProbeContext({ fetch: node.fetch, batchRefusals: memory });
    const url = nextUrl();
    await runProbe(evm(url), ctx);
    now += 60_001;
    expect(memory.refuses(url)).toBe(false);
    await runProbe(evm(url), ctx);
    expect(node.batches()).toBe(2);
  });
});

describe('not a batch refusal', () => {
  it.each([
    [500, 'down', 'http_status'],
    [502, 'down', 'http_status'],
    [503, 'down', 'http_status'],
    [429, 'ineligible', 'rate_limited'],
  ] as const)('HTTP %i to the batch → %s, %s; no single calls, nothing remembered', async (status, outcome, reason) => {
    const node = stubNode({ status, body: '{"error":"nope"}' });
    const memory = createBatchRefusalMemory();
    const url = nextUrl();
    const result = await runProbe(evm(url), fakeProbeContext({ fetch: node.fetch, batchRefusals: memory }));
    expect(result).toMatchObject({ outcome, reason, facts: { httpStatus: status } });
    expect(node.singles()).toEqual([]);
    expect(memory.refuses(url)).toBe(false);
  });

  it('a single "limit exceeded" error object (-32005) answering the batch → ineligible, rate_limited, without asking one by one', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32005, message: 'request rate exceeded' } });
    const node = stubNode({ status: 200, body });
    const memory = createBatchRefusalMemory();
    const url = nextUrl();
    const result = await runProbe(evm(url), fakeProbeContext({ fetch: node.fetch, batchRefusals: memory }));
    expect(result).toMatchObject({ outcome: 'ineligible', reason: 'rate_limited' });
    expect(node.singles()).toEqual([]);
    expect(memory.refuses(url)).toBe(false);
  });
});
