// A service's incidents (lib/read-models/service-incidents.ts): a cloud's own page lists every incident of
// that cloud, not only those whose events name the cloud itself.
import { describe, expect, it } from 'vitest';
import { pastEntriesFor } from '@/lib/read-models/service-incidents';

describe("a cloud's incidents", () => {
  it("AWS's page lists every AWS incident, May 2026 included, even where no event names AWS itself", () => {
    const slugs = pastEntriesFor('aws', 'AWS').map((e) => e.slug);
    expect(slugs).toEqual(['aws-us-east-1-2026-05-07', 'aws-us-east-1-2025-10-20', 'aws-ap-northeast-1-2025-04-15']);
    expect(pastEntriesFor('google-cloud', 'Google Cloud')).toEqual([]);
  });
});

