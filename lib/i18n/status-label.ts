// The words for a status, chosen once for the status badge, the live announcer, the SVG badge route
// and the share image: an unmonitored service says "not monitored live", a chain's major outage says
// "block production stalled", any other status its own word. Pure (no React, no next-intl): it returns
// the message key; each caller translates it in its own namespace (`status`, or `badge` through
// badgeMessageKey for the shorter words of the SVG badge).
import { isChainCategory } from '@/lib/catalog/categories';
import type { Category } from '@/lib/catalog/schema';
import type { Status } from '@/lib/status/vocabulary';

export type StatusLabelKey = Status | 'chainStalled' | 'notMonitored';

export interface StatusLabelSubject {
  /** false: the service has no public endpoint to probe (default true). */
  monitored?: boolean;
  /** A chain (L1 or L2): give either the flag or the category. */
  chain?: boolean;
  category?: Category;
}

export function statusLabelKey(status: Status, subject: StatusLabelSubject = {}): StatusLabelKey {
  if (subject.monitored === false) return 'notMonitored';
  const chain = subject.chain ?? (subject.category !== undefined && isChainCategory(subject.category));
  return chain && status === 'major_outage' ? 'chainStalled' : status;
}

/** The same words among the SVG badge's messages (namespace `badge`), where the statuses sit under `status.`. */
export function badgeMessageKey(key: StatusLabelKey): 'chainStalled' | 'notMonitored' | `status.${Status}` {
  return key === 'chainStalled' || key === 'notMonitored' ? key : `status.${key}`;
}
