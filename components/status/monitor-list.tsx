import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { LocalTime } from '@/components/ui/local-time';
import { Num } from '@/components/ui/num';
import { operatorName } from '@/lib/catalog/presentation';
import type { ChainConfig, Monitor } from '@/lib/catalog/schema';
import { FAIL_THRESHOLD, RECOVER_THRESHOLD } from '@/lib/status/confirmation';
import { LAG_MAX_BLOCKS, LAG_MAX_SEC } from '@/lib/status/chain-endpoints';
import { STALL_ROUNDS } from '@/lib/status/chain';
import { useUnits } from './format-span';
import type { MonitorVantage } from '@/lib/view-types';

/** The vantage name a deployment with one vantage has unless it names it (MARSAD_VANTAGE): this server. */
const LOCAL_VANTAGE = 'local';

/** The endpoint a monitor reads, as written in the catalog (an API key stays the `{apiKey}` placeholder). */
function endpointOf(monitor: Monitor): string {
  return monitor.kind === 'exchange' ? monitor.baseUrl : monitor.url;
}

/** Every monitor of a service, transparently: endpoint, operator, kind, schedule, vantages, how it is judged. */
export function MonitorList({ monitors, chain, vantages }: { monitors: readonly Monitor[]; chain: ChainConfig | undefined; vantages: Record<string, MonitorVantage[]> }) {
  const t = useTranslations('service.monitors');
  const units = useUnits();
  const format = useFormatter();

  /** A limit in the largest whole unit it is written in (90 min stays "90 minutes", never "1 hour"). */
  const limit = (sec: number) =>
    sec % 3600 === 0 ? units.unit('hours', sec / 3600) : sec % 60 === 0 ? units.unit('minutes', sec / 60) : units.unit('seconds', sec);
  const code = (chunks: ReactNode) => <code className="rounded bg-bg px-1 font-mono text-xs" dir="ltr">{chunks}</code>;

  function chainLines(c: ChainConfig): ReactNode[] {
    const lines: ReactNode[] = [
      t('judge.chain', { soft: limit(c.softLimitSec), hard: limit(c.hardLimitSec), rounds: units.unit('rounds', STALL_ROUNDS), quorum: c.quorum, quorumFormatted: units.integer(c.quorum) }),
    ];
    if (c.finalizedLimitSec) lines.push(t('judge.finalized', { limit: limit(c.finalizedLimitSec) }));
    if (c.safeLimitSec) lines.push(t('judge.safe', { limit: limit(c.safeLimitSec) }));
    if (c.minSlotsPerSec) lines.push(t('judge.slots', { rate: format.number(c.minSlotsPerSec, 'decimal') }));
    lines.push(t('judge.lagging', { blocks: units.unit('blocks', LAG_MAX_BLOCKS), seconds: units.unit('seconds', LAG_MAX_SEC) }));
    return lines;
  }

  function judge(m: Monitor): ReactNode[] {
    switch (m.kind) {
      case 'http':
        return [
          t('judge.http', { code: String(m.expectStatus) }),
          ...(m.jsonPath ? [t.rich('judge.httpJson', { path: m.jsonPath, code })] : []),
          ...(m.keyword ? [t.rich('judge.httpKeyword', { keyword: m.keyword, code })] : []),
        ];
      case 'exchange':
        return [t('judge.exchange', { fresh: limit(m.tradeFreshSec), halt: limit(m.tradeHaltSec) })];
      case 'evm':
        return [t('judge.chainId', { chainId: String(m.chainId) }), ...(m.role === 'liveness' && chain ? chainLines(chain) : [t('judge.access')])];
      case 'solana':
      case 'bitcoin':
        return m.role === 'liveness' && chain ? chainLines(chain) : [t('judge.access')];
      case 'statuspage':
        return [t('judge.statuspage')];
      case 'cloud-feed':
        return [t('judge.cloudFeed')];
    }
  }

  const row = 'grid gap-x-4 gap-y-0.5 sm:grid-cols-[11rem_1fr]';
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted" data-num="" suppressHydrationWarning>
        {t('intro', { failures: units.unit('checks', FAIL_THRESHOLD), successes: units.unit('checks', RECOVER_THRESHOLD) })}
      </p>
      <ul className="space-y-3">
        {monitors.map((m) => {
          const seen = vantages[m.id] ?? [];
          return (
            <li key={m.id} className="space-y-2 rounded-lg border border-line bg-surface p-4 text-sm" data-monitor={m.id}>
              <h3 className="font-semibold">{t(`kind.${m.kind}`)}</h3>
              <dl className="space-y-2">
                <div className={row}>
                  <dt className="text-muted">{t('endpoint')}</dt>
                  <dd>
                    <bdi dir="ltr" className="font-mono text-xs break-all">
                      {endpointOf(m)}
                    </bdi>
                    {m.kind === 'exchange' ? <span className="ms-2">{t.rich('pair', { pair: () => <bdi dir="ltr" className="font-mono text-xs">{m.pair}</bdi> })}</span> : null}
                    {m.apiKeyEnv ? <span className="block text-xs text-muted">{t('apiKey')}</span> : null}
                    {seen.some((v) => v.lastReason === 'private_address') ? (
                      <span className="block text-xs font-semibold" data-blocked="private_address">
                        {t('privateAddress')}
                      </span>
                    ) : null}
                  </dd>
                </div>
                <div className={row}>
                  <dt className="text-muted">{t('operator')}</dt>
                  <dd>
                    <bdi dir="ltr" data-operator={m.operator}>
                      {operatorName(m.operator)}
                    </bdi>
                  </dd>
                </div>
                <div className={row}>
                  <dt className="text-muted">{t('roleLabel')}</dt>
                  <dd>{t(`role.${m.role}`)}</dd>
                </div>
                <div className={row}>
                  <dt className="text-muted">{t('intervalLabel')}</dt>
                  <dd data-num="" suppressHydrationWarning>
                    {t('interval', { span: limit(m.intervalSec), timeout: units.unit('seconds', Math.round(m.timeoutMs / 1000)) })}
                  </dd>
                </div>
                <div className={row}>
                  <dt className="text-muted">{t('vantagesLabel')}</dt>
                  <dd>
                    {seen.length === 0 ? (
                      t('noVantage')
                    ) : (
                      <ul>
                        {seen.map((v) => (
                          <li key={v.vantage} data-vantage={v.vantage}>
                            {t.rich('vantage', {
                              name: () => (v.vantage === LOCAL_VANTAGE ? <span>{t('vantageLocal')}</span> : <bdi dir="ltr">{v.vantage}</bdi>),
                              checks: () => <Num>{units.unit('checks', v.checks)}</Num>,
                              failures: () => <Num>{units.integer(v.failures)}</Num>,
                              time: () => <LocalTime iso={v.lastAt} />,
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
                <div className={row}>
                  <dt className="text-muted">{t('judgedLabel')}</dt>
                  <dd className="space-y-1">
                    {judge(m).map((line, i) =>
                      typeof line === 'string' ? (
                        <p key={i} data-num="" suppressHydrationWarning>
                          {line}
                        </p>
                      ) : (
                        <p key={i}>{line}</p>
                      ),
                    )}
                  </dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
