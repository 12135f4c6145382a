// An operator's catalog with one chain of their own, "Lab chain", watched through a fake EVM node: the
// setup shared by the tests that follow a chain from producing blocks to stalled. One node, so quorum 1
// (docs/methodology.md § Chains allows it for this case); short limits and intervals so a stall shows within seconds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LAB_CHAIN_ID = 31337;

/** Writes the catalog into a fresh temporary directory; the server's data directory goes beside it. */
export function writeLabChainCatalog(nodeUrl: string, prefix: string): { catalogFile: string; dataDir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const catalogFile = path.join(dir, 'catalog.json');
  fs.writeFileSync(
    catalogFile,
    JSON.stringify({
      version: 1,
      canaries: [],
      services: [
        {
          id: 'lab-chain',
          name: { ar: 'شبكة المختبر', en: 'Lab chain' },
          shortName: 'LAB',
          category: 'l1',
          website: 'https://example.org',
          monitored: true,
          chain: { family: 'evm', chainId: LAB_CHAIN_ID, softLimitSec: 2, hardLimitSec: 4, quorum: 1, blockTimeSec: 0.5 },
          monitors: [
            { id: 'lab-rpc', kind: 'evm', operator: 'lab', role: 'liveness', url: nodeUrl, chainId: LAB_CHAIN_ID, intervalSec: 1, timeoutMs: 800, allowPrivateNetwork: true },
          ],
        },
      ],
    }),
  );
  return { catalogFile, dataDir: path.join(dir, 'data') };
}
