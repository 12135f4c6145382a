// The small interface each exchange's public REST API is read through, and helpers its adapters share:
// the three questions (front door, declared state, last trade), API-level error envelopes, epoch units.
import type { z } from 'zod';
import { ProbeFailure, describeZodError, invalidResponse } from '../failure';
import type { ProbeFacts } from '../types';

export type DeclaredState = NonNullable<ProbeFacts['declaredState']>;

export interface DeclaredReading {
  state: DeclaredState;
  /** The exchange's own words, for facts.detail. */
  detail?: string;
}

/** GETs a path (with query) under the monitor's base URL, validated with the schema. */
export interface ExchangeApi {
  get<S extends z.ZodType>(pathAndQuery: string, schema: S): Promise<z.output<S>>;
}

export interface ExchangeAdapter {
  /** The cheapest public call that proves only that the API's front door answers. */
  ping(api: ExchangeApi): Promise<void>;
  /** The system's and the pair's declared trading state. Wallet and withdrawal flags are not read: not a trading signal. */
  readDeclaredState(api: ExchangeApi, pair: string): Promise<DeclaredReading>;
  /** The pair's newest public trade, epoch ms; undefined when the exchange returned none. */
  readLastTradeAtMs(api: ExchangeApi, pair: string): Promise<number | undefined>;
}

/** An exchange answered 200 with an error in its envelope: its own words for "not now". */
export function apiError(exchange: string, message: string, rateLimited: boolean): ProbeFailure {
  const detail = `${exchange} API error: ${message}`.slice(0, 300);
  return rateLimited ? new ProbeFailure('ineligible', 'rate_limited', detail) : new ProbeFailure('down', 'rpc_error', detail);
}

/** Exchanges give trade times in s, ms, µs or ns; all are near "now", so the magnitude tells the unit. */
export function toEpochMs(value: number | string): number {
  const n = Number(value);
  if (n > 1e17) return Math.floor(n / 1e6);
  if (n > 1e14) return Math.floor(n / 1e3);
  if (n > 1e11) return n;
  return Math.round(n * 1000);
}

/** The newest of some trade times (exchanges disagree on order), undefined for none. */
export function newest(timesMs: number[]): number | undefined {
  return timesMs.length ? Math.max(...timesMs) : undefined;
}

export const q = encodeURIComponent;

/** Validates the inner part of an envelope already read (the outer shape was checked by the request). */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidResponse(`${what}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
