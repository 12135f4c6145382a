// JSON-RPC 2.0 over one bounded HTTP POST, shared by the evm and solana probes: single calls and batches
// (falling back to one call at a time for nodes that refuse batches), answers matched by id, and
// error objects mapped to `rpc_error` (or `rate_limited` for the "limit exceeded" code).
import { z } from 'zod';
import { ProbeFailure, describeZodError, invalidResponse } from './failure';
import type { ProbeSession } from './session';

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
 * Sends all calls in one batch (one round trip, one consistent snapshot) and returns answers in call order.
 * A node that answers a batch with a single error object does not support batches: ask one by one.
 */
export async function callRpcBatch(session: ProbeSession, url: string, calls: readonly RpcCall[]): Promise<RpcAnswer[]> {
  const batch = calls.map((call, i) => envelope(call, i + 1));
  const answer = await session.postJson(url, batch, z.union([z.array(rpcResponseSchema), rpcResponseSchema]));
  if (!Array.isArray(answer)) {
    const sequential: RpcAnswer[] = [];
    for (const call of calls) sequential.push(await callRpc(session, url, call));
    return sequential;
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
