// The chain probes (evm, solana, bitcoin) read heads as facts and fail only on what is wrong with the
// endpoint itself (wrong chain, error objects, bad shapes); head age is for lib/status to judge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbe } from '@/lib/probes/registry';
import {
  fakeProbeContext,
  sendJson,
  startFakeEsplora,
  startFakeServer,
  startFakeEvmNode,
  startFakeSolanaRpc,
  testMonitor,
  type FakeEsplora,
  type FakeEvmNode,
  type FakeSolanaRpc,
} from '@/tests/fixtures/fake-upstreams';

const ctx = fakeProbeContext();
const nowSec = () => Math.floor(Date.now() / 1000);

describe('evm probe', () => {
  let node: FakeEvmNode;
  let noFinality: FakeEvmNode;
  beforeAll(async () => {
    [node, noFinality] = await Promise.all([
      startFakeEvmNode({ chainId: 8453, blockTimeMs: 2000, startHeight: 30_000_000 }),
      startFakeEvmNode({ chainId: 137, finality: false }),
    ]);
  });
  afterAll(() => Promise.all([node.close(), noFinality.close()]));

  const evm = (url: string, chainId: number, finality = false) => testMonitor({ kind: 'evm', url, chainId, finality });

  it('reads chain id, height and head timestamp in one batch → up', async () => {
    const result = await runProbe(evm(node.url, 8453), ctx);
    expect(result).toMatchObject({ outcome: 'up', reason: null, facts: { chainId: 8453, height: node.height() } });
    expect(Math.abs(result.facts.headTimestampSec! - nowSec())).toBeLessThanOrEqual(3);
    expect(result.facts.safeHeight).toBeUndefined();
  });

  it('with finality, also reads the safe and finalized heads (matching batch answers by id, in any order)', async () => {
    const result = await runProbe(evm(node.url, 8453, true), ctx);
    expect(result.outcome).toBe('up');
    expect(result.facts.safeHeight).toBe(result.facts.height! - 32);
    expect(result.facts.finalizedHeight).toBe(result.facts.height! - 64);
    expect(result.facts.finalizedTimestampSec).toBeLessThan(result.facts.headTimestampSec!);
  });

  it('a chain without safe/finalized tags is still up, with no finality facts', async () => {
    const result = await runProbe(evm(noFinality.url, 137, true), ctx);
    expect(result).toMatchObject({ outcome: 'up', reason: null });
    expect(result.facts.finalizedHeight).toBeUndefined();
    expect(result.facts.height).toBeGreaterThan(0);
  });

  it('a wrong chain id → down, wrong_chain, with the chain id it saw', async () => {
    const result = await runProbe(evm(node.url, 1), ctx);
    expect(result).toMatchObject({ outcome: 'down', reason: 'wrong_chain', facts: { chainId: 8453 } });
  });

  it('a JSON-RPC error object → down, rpc_error', async () => {
    node.setRpcError({ code: -32603, message: 'internal error' });
    try {
      const result = await runProbe(evm(node.url, 8453), ctx);
      expect(result).toMatchObject({ outcome: 'down', reason: 'rpc_error' });
      expect(result.facts.detail).toMatch(/internal error/);
    } finally {
      node.setRpcError(null);
    }
  });

  it('the "limit exceeded" error code (-32005) → ineligible, rate_limited', async () => {
    node.setRpcError({ code: -32005, message: 'daily request count exceeded, request rate limited' });
    try {
      expect(await runProbe(evm(node.url, 8453), ctx)).toMatchObject({ outcome: 'ineligible', reason: 'rate_limited' });
    } finally {
      node.setRpcError(null);
    }
  });

  it('a node that refuses batches is asked one call at a time → up', async () => {
    noFinality.setBatchSupported(false);
    try {
      const result = await runProbe(evm(noFinality.url, 137), ctx);
      expect(result).toMatchObject({ outcome: 'up', facts: { chainId: 137 } });
      expect(noFinality.calls().slice(-2)).toEqual(['eth_chainId', 'eth_getBlockByNumber']);
    } finally {
      noFinality.setBatchSupported(true);
    }
  });

  it('a frozen head is reported as it is (old timestamp, same height): judging it is lib/status work', async () => {
    node.freeze(600);
    try {
      const first = await runProbe(evm(node.url, 8453), ctx);
      const second = await runProbe(evm(node.url, 8453), ctx);
      expect(first.outcome).toBe('up');
      expect(second.facts.height).toBe(first.facts.height);
      expect(nowSec() - first.facts.headTimestampSec!).toBeGreaterThanOrEqual(599);
    } finally {
      node.resume();
    }
  });

  it('a lagging node reports a lower height', async () => {
    const truth = (await runProbe(evm(node.url, 8453), ctx)).facts.height!;
    node.setLag(50);
    try {
      expect((await runProbe(evm(node.url, 8453), ctx)).facts.height).toBeLessThanOrEqual(truth - 49);
    } finally {
      node.setLag(0);
    }
  });
});

describe('solana probe', () => {
  let rpc: FakeSolanaRpc;
  beforeAll(async () => void (rpc = await startFakeSolanaRpc({ slotMs: 400 })));
  afterAll(() => rpc.close());
  const solana = () => testMonitor({ kind: 'solana', url: rpc.url });

  it('reads the confirmed slot and its block time → up; never asks getHealth', async () => {
    const result = await runProbe(solana(), ctx);
    expect(result).toMatchObject({ outcome: 'up', reason: null });
    expect(Math.abs(result.facts.slot! - rpc.slot())).toBeLessThanOrEqual(3);
    expect(Math.abs(result.facts.headTimestampSec! - nowSec())).toBeLessThanOrEqual(2);
    expect(rpc.commitments().at(-1)).toBe('confirmed');
    expect(rpc.calls()).not.toContain('getHealth');
  });

  it('a halted cluster keeps the same slot (getHealth would still say ok)', async () => {
    rpc.freeze(120);
    try {
      const first = await runProbe(solana(), ctx);
      const second = await runProbe(solana(), ctx);
      expect(second.facts.slot).toBe(first.facts.slot);
      expect(nowSec() - first.facts.headTimestampSec!).toBeGreaterThanOrEqual(119);
    } finally {
      rpc.resume();
    }
  });

  it('no block time yet for the newest slot → still up with the slot, and a detail', async () => {
    rpc.setBlockTimeUnavailable(true);
    try {
      const result = await runProbe(solana(), ctx);
      expect(result).toMatchObject({ outcome: 'up', reason: null });
      expect(result.facts.slot).toBeGreaterThan(0);
      expect(result.facts.headTimestampSec).toBeUndefined();
      expect(result.facts.detail).toMatch(/Block not available/);
    } finally {
      rpc.setBlockTimeUnavailable(false);
    }
  });

  it('an error object for getSlot → down, rpc_error', async () => {
    rpc.setRpcError({ code: -32603, message: 'Internal error' });
    try {
      expect(await runProbe(solana(), ctx)).toMatchObject({ outcome: 'down', reason: 'rpc_error' });
    } finally {
      rpc.setRpcError(null);
    }
  });
});

describe('bitcoin probe', () => {
  let esplora: FakeEsplora;
  beforeAll(async () => void (esplora = await startFakeEsplora({ startHeight: 920_000, tipAgeSec: 240 })));
  afterAll(() => esplora.close());
  const bitcoin = (url = esplora.url) => testMonitor({ kind: 'bitcoin', url });

  it('reads tip height and header time from /blocks → up', async () => {
    const result = await runProbe(bitcoin(), ctx);
    expect(result).toMatchObject({ outcome: 'up', reason: null, facts: { height: 920_000 } });
    expect(nowSec() - result.facts.headTimestampSec!).toBeGreaterThanOrEqual(239);
  });

  it('sees a newly mined block, with or without a trailing slash in the base URL', async () => {
    esplora.mineBlock();
    const result = await runProbe(bitcoin(`${esplora.url}/`), ctx);
    expect(result.facts.height).toBe(esplora.height());
    expect(Math.abs(result.facts.headTimestampSec! - nowSec())).toBeLessThanOrEqual(1);
  });

  it('an old tip is a fact, not a failure (90 min limits are lib/status work)', async () => {
    esplora.setTipAgeSec(3 * 3600);
    const result = await runProbe(bitcoin(), ctx);
    expect(result.outcome).toBe('up');
    expect(nowSec() - result.facts.headTimestampSec!).toBeGreaterThanOrEqual(3 * 3600 - 1);
  });

  it('an answer in the wrong shape → down, invalid_response', async () => {
    const notEsplora = await startFakeServer((_req, res) => sendJson(res, 200, { blocks: 'soon' }));
    try {
      const result = await runProbe(bitcoin(notEsplora.url), ctx);
      expect(result).toMatchObject({ outcome: 'down', reason: 'invalid_response' });
    } finally {
      await notEsplora.close();
    }
  });
});
