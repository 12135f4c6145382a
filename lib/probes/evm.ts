// The `evm` probe: one JSON-RPC batch reads the chain id and the latest block (and, when the monitor asks,
// the `safe` and `finalized` heads). A wrong chain id is an outage of this endpoint; head age and lag are
// judged later by lib/status across endpoints, so here they are facts only.
import { z } from 'zod';
import type { MonitorOf } from '@/lib/catalog/schema';
import { invalidResponse } from './failure';
import { callRpcBatch, hexQuantity, optionalResult, requireResult, type RpcCall } from './json-rpc';
import { UP, runProbeSession, type ProbeSession, type Verdict } from './session';
import type { Probe } from './types';

const blockHeader = z.object({ number: hexQuantity, timestamp: hexQuantity });

const blockCall = (tag: string): RpcCall => ({ method: 'eth_getBlockByNumber', params: [tag, false] });

async function inspectEvm(session: ProbeSession, monitor: MonitorOf<'evm'>): Promise<Verdict> {
  const calls: RpcCall[] = [{ method: 'eth_chainId', params: [] }, blockCall('latest')];
  if (monitor.finality) calls.push(blockCall('safe'), blockCall('finalized'));
  const [chain, latest, safe, finalized] = await callRpcBatch(session, monitor.url, calls);
  const { facts } = session;

  facts.chainId = requireResult(chain!, 'eth_chainId', hexQuantity);
  if (facts.chainId !== monitor.chainId) {
    return { outcome: 'down', reason: 'wrong_chain', detail: `chain id ${facts.chainId}, expected ${monitor.chainId}` };
  }

  const head = requireResult(latest!, 'eth_getBlockByNumber(latest)', blockHeader.nullable());
  if (!head) throw invalidResponse('eth_getBlockByNumber(latest) returned no block');
  facts.height = head.number;
  facts.headTimestampSec = head.timestamp;

  // Chains without these tags answer an error: that is no finality data, not a failing endpoint.
  const safeHead = optionalResult(safe, blockHeader);
  if (safeHead) {
    facts.safeHeight = safeHead.number;
    facts.safeTimestampSec = safeHead.timestamp;
  }
  const finalizedHead = optionalResult(finalized, blockHeader);
  if (finalizedHead) {
    facts.finalizedHeight = finalizedHead.number;
    facts.finalizedTimestampSec = finalizedHead.timestamp;
  }
  return UP;
}

export const evmProbe: Probe<'evm'> = {
  kind: 'evm',
  run: (monitor, ctx) => runProbeSession(monitor, ctx, (session) => inspectEvm(session, monitor)),
};
