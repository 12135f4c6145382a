// The connectivity guard's canaries: three targets run by unrelated operators on unrelated networks,
// none of them a crypto service. If most fail from a vantage, the vantage itself has lost its network
// (as on a machine with no internet), and its results are set aside as unknown rather than outages.
import type { MonitorInput } from './helpers';

const canary = (id: string, operator: string, url: string, keyword: string): MonitorInput => ({
  id,
  kind: 'http',
  operator,
  role: 'access',
  url,
  keyword,
  intervalSec: 30,
  timeoutMs: 8_000,
  maxBytes: 100_000,
});

export const canaries: MonitorInput[] = [
  // Google Public DNS over HTTPS (JSON API).
  canary('canary-google-dns', 'google', 'https://dns.google/resolve?name=example.com&type=A', '"Status"'),
  // Cloudflare's 1.1.1.1 resolver: its trace page answers on the resolver's own address.
  canary('canary-cloudflare-dns', 'cloudflare', 'https://one.one.one.one/cdn-cgi/trace', 'ip='),
  // Microsoft's connectivity check, the one Windows itself uses.
  canary('canary-microsoft', 'microsoft', 'http://www.msftconnecttest.com/connecttest.txt', 'Microsoft Connect Test'),
];
