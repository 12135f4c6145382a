// A chain's stall rule needs `quorum` distinct operators answering, and one spare so that a single
// operator's own outage never blinds it: a chain whose liveness monitors come from fewer distinct operators
// than quorum + 1 is refused at start with the path of its monitors. quorum 1 is the lab setting (one
// node of your own): then one operator is enough.
import { describe, expect, it } from 'vitest';
import { CatalogError, parseCatalog } from '@/lib/catalog';
import { builtinCatalog } from '@/lib/catalog/services';

const evm = (id: string, operator: string, role: 'liveness' | 'access' = 'liveness') => ({
  id,
  kind: 'evm',
  operator,
  role,
  url: `https://${id}.example/`,
  chainId: 1,
});

function catalogWith(operators: string[], quorum?: number, extra: object[] = []) {
  return {
    version: 1,
    canaries: [],
    services: [
      {
        id: 'chain',
        name: { ar: 'سلسلة', en: 'Chain' },
        shortName: 'Chain',
        category: 'l1',
        website: 'https://chain.example',
        monitored: true,
        chain: { family: 'evm', chainId: 1, softLimitSec: 60, hardLimitSec: 180, ...(quorum === undefined ? {} : { quorum }) },
        monitors: [...operators.map((op, i) => evm(`chain-${i}`, op)), ...extra],
      },
    ],
  };
}

describe('operators per chain', () => {
  it('the built-in catalog has at least three distinct operators on every chain', () => {
    expect(() => parseCatalog(builtinCatalog, 'built-in')).not.toThrow();
  });

  it('three distinct operators with the default quorum (2) start cleanly', () => {
    expect(() => parseCatalog(catalogWith(['a', 'b', 'c']), 'test')).not.toThrow();
  });

  it.each([
    ['two operators', ['a', 'b'], undefined],
    ['three endpoints of two operators', ['a', 'b', 'b'], undefined],
    ['three operators with quorum 3', ['a', 'b', 'c'], 3],
  ])('%s are refused, naming the monitors and the rule', (_name, operators, quorum) => {
    const parse = () => parseCatalog(catalogWith(operators, quorum), 'test');
    expect(parse).toThrow(CatalogError);
    expect(parse).toThrow(/services\[0\]\.monitors: .*distinct operators/);
  });

  it('monitors of another role do not count', () => {
    expect(() => parseCatalog(catalogWith(['a', 'b'], undefined, [evm('chain-access', 'c', 'access')]), 'test')).toThrow(CatalogError);
  });

  it('quorum 1 (a lab watching its own node) starts with one operator', () => {
    expect(() => parseCatalog(catalogWith(['lab'], 1), 'test')).not.toThrow();
  });

  it('a service that is not monitored, or has no chain, is not concerned', () => {
    const unmonitored = catalogWith([]);
    unmonitored.services[0]!.monitored = false;
    expect(() => parseCatalog(unmonitored, 'test')).not.toThrow();
  });
});
