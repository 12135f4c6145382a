// Helpers for reading jsonb columns: what a row holds was written by some version of Marsad (or by
// hand), so each reader parses it with zod and keeps what is well formed, field by field, instead of
// casting. A field of the wrong type reads as absent; a value that is not an object reads as empty.
import { z } from 'zod';

/** An optional field that reads as absent when it holds anything but `schema`. */
export function lenient<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/**
 * Compile-time check that a zod schema's output and a TypeScript type are the same type (keys and
 * optionality included: plain mutual assignability would accept a misspelt optional key).
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export function assertSame<_T extends true>(): void {}
