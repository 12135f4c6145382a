// JSON-RPC 2.0 over one bounded HTTP POST, shared by the evm and solana probes: single calls and batches
// (falling back to one call at a time for nodes that refuse batches, and remembering them), answers
// matched by id, and error objects mapped to `rpc_error` (or `rate_limited` for the "limit exceeded" code).
import { z } from 'zod';
import { ProbeFailure, describeZodError, invalidResponse } from './failure';
import { parseJsonWith } from './request';
import type { ProbeSession } from './session';
import type { BatchRefusalMemory } from './types';

export interface RpcCall {
  method: string;
  params: unknown[];
}

export interface RpcError {
  code: number;
  message: string;
}

export type RpcAnswer = { ok: true; result: unknown } | { ok: false; error: RpcError };

/** EIP-1474's "limit exceeded", used by Infura and others instead of HTTP 429. */
const RPC_LIMIT_EXCEEDED = -32005;

const rpcErrorSchema = z.object({ code: z.number(), message: z.string().default('') });
const rpcResponseSchema = z.object({
  id: z.union([z.number(), z.string(), z.null()]).optional(),
  result: z.unknown().optional(),
  error: rpcErrorSchema.optional(),
});
type RpcResponse = z.output<typeof rpcResponseSchema>;

function toAnswer(response: RpcResponse): RpcAnswer {
  return response.error ? { ok: false, error: response.error } : { ok: true, result: response.result ?? null };
}

function envelope(call: RpcCall, id: number) {
  return { jsonrpc: '2.0', id, method: call.method, params: call.params };
}

export async function callRpc(session: ProbeSession, url: string, call: RpcCall): Promise<RpcAnswer> {
  return toAnswer(await session.postJson(url, envelope(call, 1), rpcResponseSchema));
}

/**
 * HTTP statuses with which public endpoints refuse a batch they would answer one call at a time: 400 (bad
 * request: a proxy that parses only single objects), 405 (method not allowed for this body), 413 (payload
 * too large: a batch over the proxy's size cap), 415 (unsupported media type). A 5xx is the endpoint
 * failing and a 429 is a rate limit: neither is a refusal, and neither is retried call by call.
 */
export const BATCH_REFUSAL_STATUSES: ReadonlySet<number> = new Set([400, 405, 413, 415]);

/** How long an endpoint stays known as batch-refusing before a batch is offered again (its proxy may change). */
export const BATCH_REFUSAL_MEMORY_MS = 6 * 60 * 60_000;
/** Endpoints remembered at most (a catalog has tens of RPC URLs; the oldest entry goes first). */
const BATCH_REFUSAL_MAX_ENTRIES = 1000;

export function createBatchRefusalMemory(options: { rememberMs?: number; now?: () => number } = {}): BatchRefusalMemory {
  const rememberMs = options.rememberMs ?? BATCH_REFUSAL_MEMORY_MS;
  const now = options.now ?? Date.now;
  const until = new Map<string, number>();
  return {
    refuses(url) {
      const expiry = until.get(url);
      if (expiry === undefined) return false;
      if (now() < expiry) return true;
      until.delete(url);
      return false;
    },
    remember(url) {
      until.delete(url);
      if (until.size >= BATCH_REFUSAL_MAX_ENTRIES) until.delete(until.keys().next().value!);
      until.set(url, now() + rememberMs);
    },
  };
}

/** The process's memory, used when the probe context brings none (tests bring their own). */
const PROCESS_BATCH_REFUSALS = createBatchRefusalMemory();

const batchAnswerSchema = z.union([z.array(rpcResponseSchema), rpcResponseSchema]);

async function callOneByOne(session: ProbeSession, url: string, calls: readonly RpcCall[]): Promise<RpcAnswer[]> {
  const answers: RpcAnswer[] = [];
  for (const call of calls) answers.push(await callRpc(session, url, call));
  return answers;
}

/**
 * Sends all calls in one batch (one round trip, one consistent snapshot) and returns answers in call order.
 * A node that refuses the batch, with a single error object (proxyd's `{"error": {"code": -32700, …}}`)
 * or with an HTTP 400/405/413/415, is asked one call at a time and remembered as batch-refusing. A single
 * "limit exceeded" object is a rate limit, not a refusal: the probe ends `rate_limited` without more calls.
 */
export async function callRpcBatch(session: ProbeSession, url: string, calls: readonly RpcCall[]): Promise<RpcAnswer[]> {
  const memory = session.ctx.batchRefusals ?? PROCESS_BATCH_REFUSALS;
  if (memory.refuses(url)) return callOneByOne(session, url, calls);

  const batch = calls.map((call, i) => envelope(call, i + 1));
  const accepted = (status: number) => (status >= 200 && status < 300) || BATCH_REFUSAL_STATUSES.has(status);
  const res = await session.fetchText({ url, method: 'POST', json: batch, acceptStatus: accepted });
  if (BATCH_REFUSAL_STATUSES.has(res.status)) {
    memory.remember(url);
    return callOneByOne(session, url, calls);
  }
  const answer = parseJsonWith(res.text, batchAnswerSchema);
  if (!Array.isArray(answer)) {
    if (answer.error?.code === RPC_LIMIT_EXCEEDED) throw rpcFailure('batch', answer.error);
    memory.remember(url);
    return callOneByOne(session, url, calls);
  }
  const byId = new Map(answer.map((r) => [r.id, r]));
  return batch.map(({ id, method }) => {
    const response = byId.get(id);
    if (!response) throw invalidResponse(`batch answer has no reply for ${method}`);
    return toAnswer(response);
  });
}

export function rpcFailure(method: string, error: RpcError): ProbeFailure {
  if (error.code === RPC_LIMIT_EXCEEDED) return new ProbeFailure('ineligible', 'rate_limited', `${method}: ${error.message} (${error.code})`);
  return new ProbeFailure('down', 'rpc_error', `${method}: ${error.message} (${error.code})`.slice(0, 300));
}

/** The result of a call that must succeed, validated; an error object or a bad shape ends the probe. */
export function requireResult<S extends z.ZodType>(answer: RpcAnswer, method: string, schema: S): z.output<S> {
  if (!answer.ok) throw rpcFailure(method, answer.error);
  const parsed = schema.safeParse(answer.result);
  if (!parsed.success) throw invalidResponse(`${method}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** The result of a call whose failure is not a failure of the endpoint (e.g. a tag the chain lacks). */
export function optionalResult<S extends z.ZodType>(answer: RpcAnswer | undefined, schema: S): z.output<S> | undefined {
  if (!answer?.ok) return undefined;
  const parsed = schema.safeParse(answer.result);
  return parsed.success ? parsed.data : undefined;
}

/** A JSON-RPC hex quantity ("0x1a") as a number. */
export const hexQuantity = z
  .string()
  .regex(/^0x[0-9a-fA-F]{1,16}$/, 'a hex quantity')
  .transform((hex) => Number.parseInt(hex, 16));
