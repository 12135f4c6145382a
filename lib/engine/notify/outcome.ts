// What one delivery attempt came to, whatever the channel: the sender (sender.ts) turns it into the row's
// next state (delivered, tried again later, failed for good) and, for a webhook endpoint, its own.
export type DeliveryOutcome =
  | { kind: 'delivered' }
  /** Try again: after the backoff, or after `retryAfterMs` when the receiver said so (429 retry_after, Retry-After). */
  | { kind: 'retry'; error: string; retryAfterMs?: number }
  /** HTTP 410: the endpoint is disabled and nothing more is sent to it. */
  | { kind: 'gone'; error: string }
  /** Never deliverable as it stands (a channel no longer configured). */
  | { kind: 'failed'; error: string };
