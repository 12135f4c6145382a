// The cloud-feed probe turns each provider's public feed into open incidents in the watched regions.
// No open incident → up (lib/status knows that silence does not prove health).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsRssReader } from '@/lib/probes/cloud-feeds/aws-rss';
import { regionsNamedIn } from '@/lib/probes/cloud-feeds/reader';
import { runProbe } from '@/lib/probes/registry';
import {
  buildAwsRss,
  fakeProbeContext,
  formatPacificDate,
  sendText,
  startFakeCloudFeeds,
  startFakeServer,
  startFakeStatuspage,
  testMonitor,
  type FakeCloudFeeds,
  type FakeStatuspage,
} from '@/tests/fixtures/fake-upstreams';

const ctx = fakeProbeContext();
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
let feeds: FakeCloudFeeds;
let cloudflare: FakeStatuspage;

beforeAll(async () => {
  [feeds, cloudflare] = await Promise.all([
    startFakeCloudFeeds(),
    startFakeStatuspage({ components: [{ id: 'cf0dxb000000', name: 'Dubai, United Arab Emirates - (DXB)', status: 'operational' }, { id: 'cf0fra000000', name: 'Frankfurt, Germany - (FRA)', status: 'operational' }] }),
  ]);
});
afterAll(() => Promise.all([feeds.close(), cloudflare.close()]));

type Format = 'aws-rss' | 'gcp-incidents-json' | 'azure-rss' | 'statuspage';
const feed = (format: Format, url: string, regions: string[] = []) => testMonitor({ kind: 'cloud-feed', role: 'reported', format, url, regions });

describe('aws-rss', () => {
  beforeEach(() => feeds.aws.clear());

  it('no posts → up, no incidents', async () => {
    expect(await runProbe(feed('aws-rss', feeds.awsRssUrl), ctx)).toMatchObject({ outcome: 'up', reason: null, facts: { incidents: [] } });
  });

  it('an open disruption in us-east-1 → down, reported_incident, with the region and first post time', async () => {
    feeds.aws.post({ service: 'multipleservices', region: 'us-east-1', kind: 'informational', title: 'Increased Error Rates and Latencies', at: minutesAgo(90) });
    feeds.aws.post({ service: 'multipleservices', region: 'us-east-1', kind: 'disruption', title: 'Increased Error Rates and Latencies', at: minutesAgo(30) });
    const result = await runProbe(feed('aws-rss', feeds.awsRssUrl, ['us-east-1']), ctx);
    expect(result).toMatchObject({ outcome: 'down', reason: 'reported_incident' });
    expect(result.facts.incidents).toHaveLength(1);
    expect(result.facts.incidents![0]).toMatchObject({ regions: ['us-east-1'], impact: 'major', phase: 'open', title: 'Service disruption: Increased Error Rates and Latencies' });
    // pubDate is in Pacific time ("… PDT"): it must come back as the same instant.
    expect(Math.abs(Date.parse(result.facts.incidents![0]!.createdAt!) - minutesAgo(90).getTime())).toBeLessThan(61_000);
  });

  it('a thread whose newest post is [RESOLVED] is closed → up', async () => {
    feeds.aws.post({ service: 'dynamodb', region: 'us-east-1', kind: 'degradation', title: 'Increased API Error Rates', at: minutesAgo(60) });
    feeds.aws.post({ service: 'dynamodb', region: 'us-east-1', kind: 'resolved', title: 'Increased API Error Rates', at: minutesAgo(5) });
    expect(await runProbe(feed('aws-rss', feeds.awsRssUrl), ctx)).toMatchObject({ outcome: 'up', facts: { incidents: [] } });
  });

  it('keeps incidents of watched regions and of global services, drops other regions', async () => {
    feeds.aws.post({ service: 'ec2', region: 'ap-northeast-1', kind: 'degradation', title: 'Network connectivity', at: minutesAgo(10) });
    feeds.aws.post({ service: 'iam', kind: 'degradation', title: 'Increased authentication errors', at: minutesAgo(10) });
    const result = await runProbe(feed('aws-rss', feeds.awsRssUrl, ['us-east-1', 'eu-west-1']), ctx);
    expect(result).toMatchObject({ outcome: 'degraded', reason: 'reported_incident' });
    expect(result.facts.incidents!.map((i) => i.regions)).toEqual([['global']]);
  });

  it('a thread silent for more than a day is treated as over', async () => {
    feeds.aws.post({ service: 'lambda', region: 'us-east-1', kind: 'informational', title: 'Elevated invoke errors', at: minutesAgo(26 * 60) });
    expect((await runProbe(feed('aws-rss', feeds.awsRssUrl), ctx)).outcome).toBe('up');
  });

  it('reads a document built in the real shape directly (reader unit)', () => {
    const at = new Date('2025-10-20T07:11:00Z');
    expect(formatPacificDate(at)).toBe('Mon, 20 Oct 2025 00:11:00 PDT');
    const xml = buildAwsRss([{ service: 'ec2', region: 'us-east-1', kind: 'disruption', title: 'Instance launch errors', at }]);
    const [incident] = awsRssReader.readOpenIncidents(xml, { nowMs: at.getTime() + 60_000, feedUrl: 'https://status.aws.amazon.com/rss/all.rss', watchedRegions: [] });
    expect(incident).toMatchObject({ id: `http://status.aws.amazon.com/#ec2-us-east-1_${at.getTime() / 1000}`, createdAt: at.toISOString(), regions: ['us-east-1'] });
  });
});

describe('aws-rss title prefixes (2021 and 2023 captures, 2026 fixture: both wordings)', () => {
  const opened = new Date('2026-03-03T16:40:00Z');
  const later = new Date('2026-03-03T17:40:00Z');
  /** One thread (service multipleservices, region me-south-1): the posts given, in the captures' item shape. */
  const thread = (...posts: { title: string; at: Date }[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title><![CDATA[Amazon Web Services Service Status]]></title>
${posts
  .map(
    (p) => `<item><title><![CDATA[${p.title}]]></title><link>https://status.aws.amazon.com/</link><pubDate>${p.at.toUTCString()}</pubDate>
<guid isPermaLink="false">https://status.aws.amazon.com/#multipleservices-me-south-1_${p.at.getTime() / 1000}</guid><description><![CDATA[…]]></description></item>`,
  )
  .join('\n')}
</channel></rss>`;
  const read = (xml: string) => awsRssReader.readOpenIncidents(xml, { nowMs: later.getTime() + 60_000, feedUrl: 'https://status.aws.amazon.com/rss/all.rss', watchedRegions: [] });

  it.each([
    ['Service is operating normally: [RESOLVED] Increased Error Rates'],
    ['Informational message: [RESOLVED] Increased Error Rates'],
    ['Resolved: Informational message: Recovery underway'],
    ['Resolved - Increased Connectivity Issues'],
    ['RESOLVED: Increased Connectivity Issues'],
  ])('"%s" closes the thread', (title) => {
    expect(read(thread({ title: 'Service impact: Increased Connectivity Issues', at: opened }, { title, at: later }))).toEqual([]);
  });

  it.each([
    ['Service impact: Increased Connectivity Issues and API Error Rates', 'major'],
    ['Service disruption: Increased Connectivity Issues and API Error Rates', 'major'],
    ['Service degradation: Elevated latencies', 'minor'],
    ['Informational message: Increased error rates', 'minor'],
    ['Operational issue: Increased error rates', 'minor'],
    ['Increased error rates', 'minor'],
    ['Resolvedness of queues degraded', 'minor'],
  ])('"%s" stays open, impact %s', (title, impact) => {
    const [incident, ...rest] = read(thread({ title, at: later }));
    expect(rest).toEqual([]);
    expect(incident).toMatchObject({ title, impact, regions: ['me-south-1'], phase: 'open' });
  });
});

describe('gcp-incidents-json', () => {
  it('only resolved history (and an old-schema record) → up', async () => {
    expect(await runProbe(feed('gcp-incidents-json', feeds.gcpIncidentsUrl), ctx)).toMatchObject({ outcome: 'up', facts: { incidents: [] } });
  });

  it('an open high-severity incident in a watched location → down; resolved → up; other locations filtered', async () => {
    feeds.gcp.open({ id: 'gcpOpen00000000000001', description: 'Multiple GCP products are experiencing service issues', severity: 'high', statusImpact: 'SERVICE_OUTAGE', begin: minutesAgo(20), locations: ['us-central1'] });
    try {
      const watched = await runProbe(feed('gcp-incidents-json', feeds.gcpIncidentsUrl, ['us-central1']), ctx);
      expect(watched).toMatchObject({ outcome: 'down', reason: 'reported_incident' });
      expect(watched.facts.incidents![0]).toMatchObject({ id: 'gcpOpen00000000000001', regions: ['us-central1'], impact: 'major', phase: 'service_outage', componentIds: ['L3ggmi3Jy4xJmgodFA9K'] });
      expect(watched.facts.incidents![0]!.url).toBe(new URL('incidents/gcpOpen00000000000001', feeds.gcpIncidentsUrl).href);
      const elsewhere = await runProbe(feed('gcp-incidents-json', feeds.gcpIncidentsUrl, ['europe-west1']), ctx);
      expect(elsewhere).toMatchObject({ outcome: 'up', facts: { incidents: [] } });
    } finally {
      feeds.gcp.resolve('gcpOpen00000000000001');
    }
    expect((await runProbe(feed('gcp-incidents-json', feeds.gcpIncidentsUrl, ['us-central1']), ctx)).outcome).toBe('up');
  });
});

describe('azure-rss', () => {
  beforeEach(() => feeds.azure.clear());

  it('an empty feed → up', async () => {
    expect(await runProbe(feed('azure-rss', feeds.azureRssUrl), ctx)).toMatchObject({ outcome: 'up', facts: { incidents: [] } });
  });

  it('an active item naming East US 2 → degraded for eastus2, filtered out for eastus', async () => {
    feeds.azure.open({ guid: 'YKYN-BWZ', title: 'Azure Front Door – Connectivity issues in East US 2', description: '<p>Starting at 15:45 UTC, customers in <b>East US 2</b> may experience timeouts.</p>', at: minutesAgo(15) });
    const watched = await runProbe(feed('azure-rss', feeds.azureRssUrl, ['eastus2']), ctx);
    expect(watched).toMatchObject({ outcome: 'degraded', reason: 'reported_incident' });
    expect(watched.facts.incidents![0]).toMatchObject({ id: 'YKYN-BWZ', regions: ['eastus2'] });
    expect(Math.abs(Date.parse(watched.facts.incidents![0]!.createdAt!) - minutesAgo(15).getTime())).toBeLessThan(2000);
    expect((await runProbe(feed('azure-rss', feeds.azureRssUrl, ['eastus']), ctx)).facts.incidents).toEqual([]);
  });
});

describe('statuspage (Cloudflare)', () => {
  it('an unresolved major incident → down; a minor one filtered by region name', async () => {
    const major = cloudflare.openIncident({ name: 'Elevated errors in Dubai (DXB)', impact: 'major', componentIds: ['cf0dxb000000'] });
    try {
      const dxb = await runProbe(feed('statuspage', cloudflare.url, ['DXB']), ctx);
      expect(dxb).toMatchObject({ outcome: 'down', reason: 'reported_incident' });
      expect(dxb.facts.incidents![0]).toMatchObject({ id: major, regions: ['DXB'], componentIds: ['cf0dxb000000'] });
      expect((await runProbe(feed('statuspage', cloudflare.url, ['FRA']), ctx)).outcome).toBe('up');
    } finally {
      cloudflare.resolveIncident(major);
    }
  });
});

describe('a feed that is not what it claims', () => {
  it.each([
    ['aws-rss', '<rss><channel><item><title>unclosed'],
    ['azure-rss', '{"json": "not xml"}'],
    ['gcp-incidents-json', '<html>maintenance page</html>'],
    ['statuspage', '[1, 2, 3]'],
  ] as const)('%s with a broken body → down, invalid_response', async (format, body) => {
    const broken = await startFakeServer((_req, res) => sendText(res, 200, body));
    try {
      expect(await runProbe(feed(format, `${broken.url}/feed`), ctx)).toMatchObject({ outcome: 'down', reason: 'invalid_response' });
    } finally {
      await broken.close();
    }
  });
});

describe('regionsNamedIn', () => {
  it.each([
    ['Outage in East US 2', ['eastus', 'eastus2'], ['eastus2']],
    ['Outage in East US and West Europe', ['eastus', 'westeurope'], ['eastus', 'westeurope']],
    ['Increased errors in US-EAST-1', ['us-east-1', 'us-east-2'], ['us-east-1']],
    ['Issue affecting multiple regions', ['eastus'], ['global']],
    ['Nothing about regions', ['eastus'], []],
  ])('%j', (text, watched, expected) => {
    expect(regionsNamedIn(text, watched)).toEqual(expected);
  });
});
