// The lab's story, as data: what happens to the simulated world and when, shaped like a cloud-region
// outage of the kind of 20 October 2025 (a region fails, the services on it fail and recover at staggered
// times, the cloud's own status feed says so late and says it is over late, the chains keep producing
// blocks). It is not that day and never says so: the cloud is LabCloud, the region lab-east-1, every
// company made up. Pure: times are seconds after the scenario starts, at the lab's pace; `scheduleScenario`
// compresses them further (the e2e test) and turns them into wall-clock times.

/** What one step does to the world (scripts/lab/world.ts carries it out). */
export type LabAction =
  /** The exchange's public API answers errors in its own error shape (503, 500…): people cannot reach it. */
  | { kind: 'exchange-api-error'; service: LabServiceId }
  /** The exchange answers but its pair stops trading: Marsad calls it a trading halt once the last trade is old enough. */
  | { kind: 'exchange-trades-stop'; service: LabServiceId }
  | { kind: 'exchange-recover'; service: LabServiceId }
  /** The RPC provider's endpoint answers every call with an error object. */
  | { kind: 'rpc-error'; service: LabServiceId }
  | { kind: 'rpc-recover'; service: LabServiceId }
  /** The company's own status page opens, then resolves, an incident on its trading components. */
  | { kind: 'status-page-open'; service: LabServiceId }
  | { kind: 'status-page-resolve'; service: LabServiceId }
  /** LabCloud's status feed reports an incident in lab-east-1, then its resolution. */
  | { kind: 'cloud-report' }
  | { kind: 'cloud-resolve' };

export type LabServiceId =
  | 'lab-exchange-a'
  | 'lab-exchange-b'
  | 'lab-exchange-c'
  | 'lab-exchange-d'
  | 'lab-rpc'
  | 'lab-bitcoin'
  | 'lab-ethereum'
  | 'lab-solana'
  | 'lab-rollup'
  | 'labcloud';

export interface ScenarioStep {
  /** Seconds after the scenario starts, at the lab's pace (npm run lab). */
  atSec: number;
  action: LabAction;
  /** What happens, for the terminal and the README, Arabic first. */
  say: { ar: string; en: string };
}

/** Everything is healthy this long before the first step, so Marsad has seen it all working. */
export const WARM_UP_SEC = 30;

/** The story at the lab's pace: about four minutes from the first failure to the end. */
export const SCENARIO: readonly ScenarioStep[] = [
  {
    atSec: 0,
    action: { kind: 'exchange-api-error', service: 'lab-exchange-a' },
    say: {
      ar: 'تبدأ منطقة lab-east-1 لدى LabCloud بالتعطل: واجهة منصة المختبر أ تجيب بأخطاء.',
      en: "LabCloud's lab-east-1 region starts failing: Lab Exchange A's API answers errors.",
    },
  },
  {
    atSec: 15,
    action: { kind: 'rpc-error', service: 'lab-rpc' },
    say: { ar: 'مزوّد RPC المختبر (في lab-east-1) يجيب بأخطاء.', en: 'Lab RPC, the RPC provider on lab-east-1, answers errors.' },
  },
  {
    atSec: 30,
    action: { kind: 'exchange-api-error', service: 'lab-exchange-b' },
    say: { ar: 'واجهة منصة المختبر ب تجيب بأخطاء.', en: "Lab Exchange B's API answers errors." },
  },
  {
    atSec: 45,
    action: { kind: 'exchange-trades-stop', service: 'lab-exchange-c' },
    say: {
      ar: 'منصة المختبر ج تبقى متاحة لكن التداول فيها يتوقف (لا صفقات جديدة).',
      en: 'Lab Exchange C still answers, but trading stops (no new trades).',
    },
  },
  {
    atSec: 60,
    action: { kind: 'status-page-open', service: 'lab-exchange-a' },
    say: {
      ar: 'منصة المختبر أ تعلن حادثة على صفحة حالتها (بعد دقيقة من أول عطل يقيسه مرصد).',
      en: 'Lab Exchange A posts an incident on its own status page (a minute after the first failure Marsad measured).',
    },
  },
  {
    atSec: 75,
    action: { kind: 'cloud-report' },
    say: {
      ar: 'LabCloud تعلن أخيرًا حادثة في lab-east-1 على صفحة حالتها، بعد 75 ثانية من أول عطل.',
      en: "LabCloud finally reports an incident in lab-east-1 on its status feed, 75 seconds after the first failure.",
    },
  },
  {
    atSec: 150,
    action: { kind: 'exchange-recover', service: 'lab-exchange-c' },
    say: { ar: 'التداول يعود في منصة المختبر ج.', en: 'Trading resumes on Lab Exchange C.' },
  },
  {
    atSec: 165,
    action: { kind: 'rpc-recover', service: 'lab-rpc' },
    say: { ar: 'مزوّد RPC المختبر يعود للعمل.', en: 'Lab RPC works again.' },
  },
  {
    atSec: 180,
    action: { kind: 'exchange-recover', service: 'lab-exchange-b' },
    say: { ar: 'منصة المختبر ب تعود للعمل.', en: 'Lab Exchange B works again.' },
  },
  {
    atSec: 195,
    action: { kind: 'exchange-recover', service: 'lab-exchange-a' },
    say: { ar: 'منصة المختبر أ تعود للعمل، آخر المتأثرين.', en: 'Lab Exchange A works again, the last to recover.' },
  },
  {
    atSec: 210,
    action: { kind: 'status-page-resolve', service: 'lab-exchange-a' },
    say: { ar: 'منصة المختبر أ تغلق حادثتها على صفحة حالتها.', en: 'Lab Exchange A resolves the incident on its status page.' },
  },
  {
    atSec: 225,
    action: { kind: 'cloud-resolve' },
    say: {
      ar: 'LabCloud تعلن انتهاء الحادثة. يُغلق مرصد الحدث بعدها: السحابة أعلنت الحل وتعافى كل متأثر.',
      en: 'LabCloud reports the incident resolved. Marsad then closes the event: the cloud says it is over and every member has recovered.',
    },
  },
];

/** What stays true throughout, for the terminal. */
export const THROUGHOUT = {
  ar: 'طوال الوقت: شبكات Lab Bitcoin وLab Ethereum وLab Solana وLab Rollup تواصل إنتاج الكتل، ومنصة المختبر د (في lab-west-1) تعمل.',
  en: 'Throughout: Lab Bitcoin, Lab Ethereum, Lab Solana and Lab Rollup keep producing blocks, and Lab Exchange D (on lab-west-1) keeps working.',
};

export interface ScheduledStep extends ScenarioStep {
  /** Epoch ms at which the step runs. */
  at: number;
}

/**
 * The steps on the wall clock: the first at `startAt`, the rest `scale` times their lab-pace offsets
 * after it (1: the lab; 0.25: four times faster, for the e2e test). The story ends at the last step.
 */
export function scheduleScenario(options: { startAt: number; scale?: number; steps?: readonly ScenarioStep[] }): ScheduledStep[] {
  const scale = options.scale ?? 1;
  if (!(scale > 0)) throw new Error(`scale must be positive, not ${scale}`);
  return [...(options.steps ?? SCENARIO)].sort((a, b) => a.atSec - b.atSec).map((step) => ({ ...step, at: options.startAt + Math.round(step.atSec * scale * 1000) }));
}

/** The services a step makes fail, in the order they fail (the members a cloud-outage event should gather). */
export function failingServices(steps: readonly ScenarioStep[] = SCENARIO): LabServiceId[] {
  const out: LabServiceId[] = [];
  for (const { action } of [...steps].sort((a, b) => a.atSec - b.atSec)) {
    if ((action.kind === 'exchange-api-error' || action.kind === 'exchange-trades-stop' || action.kind === 'rpc-error') && !out.includes(action.service)) out.push(action.service);
  }
  return out;
}
