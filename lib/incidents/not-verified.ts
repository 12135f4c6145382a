// What Marsad could not verify (facts.json `not_verified`, plus the unverified claims inside events).
// A `claim` is shown only as "claimed, not verified"; a `gap` is a record that could not be found.
// Nothing here is published as fact.
import { z } from 'zod';
import { SOURCE_ARTICLE_CREDIT } from './article';
import { CLAIMED_NOT_VERIFIED, NOT_VERIFIED } from './labels';
import { notVerifiedSchema, type Localized, type NotVerified } from './types';

const OCT = 'aws-us-east-1-2025-10-20';
const APR = 'aws-ap-northeast-1-apne1-az4-2025-04-15';
const MAY = 'aws-us-east-1-use1-az4-thermal-2026-05-07';

const ARTICLE_NOTE: Localized = {
  ar: `ورد في ${SOURCE_ARTICLE_CREDIT.ar}، دون رابط إلى مصدر.`,
  en: `Mentioned in ${SOURCE_ARTICLE_CREDIT.en}, without a link to a source.`,
};

const DATA: NotVerified[] = [
  {
    id: 'coinbase-status-times-2025-10-20',
    factsText: "Coinbase status.coinbase.com incident timestamps for 2025-10-20 (start/identified/resolved) - not in the corpus.",
    kind: 'gap',
    claim: {
      ar: 'أوقات حادثة 20 أكتوبر 2025 على صفحة حالة Coinbase (البداية، وتحديد السبب، والحل).',
      en: "The times of the 20 October 2025 incident on Coinbase's status page (start, cause identified, resolved).",
    },
    source: null,
    extraSources: [],
    sourceNote: { ar: 'صفحة حالة Coinbase (status.coinbase.com).', en: "Coinbase's status page (status.coinbase.com)." },
    whyNotVerified: {
      ar: 'لم يُعثر على هذه الأوقات في أي مصدر؛ ما يتوفر هو بداية شكاوى المستخدمين بحسب Downdetector (نحو 07:00 UTC)، في منشور أُعيد نشره.',
      en: 'These times were not found in any source; what is available is when user complaints began on Downdetector (about 07:00 UTC), in a republished post.',
    },
    incidents: [OCT],
  },
  {
    id: 'infura-status-times-2025-10-20',
    factsText: "Infura status.infura.io incident timestamps for 2025-10-20 - only indirect ('3:11 AM ET' per Rekt News; 'reoccurred' update quoted by copies).",
    kind: 'gap',
    claim: {
      ar: 'أوقات حادثة 20 أكتوبر 2025 على صفحة حالة Infura (status.infura.io).',
      en: "The times of the 20 October 2025 incident on Infura's status page (status.infura.io).",
    },
    source: 'https://rekt.news/es/we-have-centralization-issue',
    extraSources: [],
    whyNotVerified: {
      ar: 'لا يتوفر إلا توقيت غير مباشر: ربط Rekt News بداية المشكلة بأول إعلان لـ AWS (07:11 UTC)، وتحديث «عودة المشكلة» الذي لا تنقله إلا نسخ، بلا وقت.',
      en: "Only indirect timing exists: Rekt News ties the start to AWS's first notice (07:11 UTC), and the 'reoccurred' update, quoted only by copies, has no time.",
    },
    incidents: [OCT],
  },
  {
    id: 'base-status-2025-10-20',
    factsText: "Base status-page entries and whether Base block production itself degraded on 2025-10-20 (one republished report mentions 'inconsistencies in block production').",
    kind: 'gap',
    claim: {
      ar: 'ما نشرته صفحة حالة Base في 20 أكتوبر 2025، وهل تراجع إنتاج الكتل في شبكة Base نفسها.',
      en: "What Base's status page posted on 20 October 2025, and whether block production on Base itself slowed.",
    },
    source: null,
    extraSources: [],
    sourceNote: { ar: 'صفحة حالة Base.', en: "Base's status page." },
    whyNotVerified: {
      ar: 'لم يُعثر على سجل من صفحة الحالة، ولم يُفحص إنتاج الكتل مباشرة؛ أرقام نشاط الشبكة المنشورة توحي باستمرارها لكنها لا تثبت ذلك، ويذكر تقرير أُعيد نشره «عدم انتظام في إنتاج الكتل» دون تفاصيل.',
      en: "No status-page record was found and block production was not checked directly; published activity figures suggest the chain kept running but do not prove it, and one republished report mentions 'inconsistencies in block production' without detail.",
    },
    incidents: [OCT],
  },
  {
    id: 'robinhood-statements-2025-10-20',
    factsText: "Robinhood's own statements/timestamps for 2025-10-20.",
    kind: 'gap',
    claim: {
      ar: 'تصريحات Robinhood نفسها وأوقاتها في 20 أكتوبر 2025.',
      en: "Robinhood's own statements, and their times, on 20 October 2025.",
    },
    source: null,
    extraSources: [],
    sourceNote: { ar: 'تصريحات الشركة نفسها؛ لم يُعثر عليها.', en: "The company's own statements; none was found." },
    whyNotVerified: {
      ar: 'لا يصف مشكلات Robinhood إلا تحليل Rekt News وتقارير أُعيد نشرها.',
      en: "Only Rekt News's analysis and republished reports describe Robinhood's problems.",
    },
    incidents: [OCT],
  },
  {
    id: 'alchemy-opensea-status-2025-10-20',
    factsText: "Alchemy and OpenSea status-page incidents for 2025-10-20.",
    kind: 'gap',
    claim: {
      ar: 'حوادث 20 أكتوبر 2025 على صفحتَي حالة Alchemy وOpenSea.',
      en: "The 20 October 2025 incidents on Alchemy's and OpenSea's status pages.",
    },
    source: null,
    extraSources: [],
    sourceNote: { ar: 'صفحتا حالة الشركتين؛ لم يُعثر على الحادثتين.', en: "The two companies' status pages; neither incident was found." },
    whyNotVerified: {
      ar: 'لا يذكر ما أصاب Alchemy وOpenSea إلا مصادر ثانوية.',
      en: 'Only secondary sources describe what happened to Alchemy and OpenSea.',
    },
    incidents: [OCT],
  },
  {
    id: 'sei-cofounder-remark',
    factsText: "Sei co-founder's comment about Sei continuing to process transactions - no source found.",
    kind: 'claim',
    claim: {
      ar: 'يُنسب إلى أحد مؤسسي Sei تعليق مفاده أن شبكة Sei واصلت معالجة المعاملات أثناء انقطاع أكتوبر 2025.',
      en: 'A Sei co-founder is said to have remarked that Sei kept processing transactions during the October 2025 outage.',
    },
    source: null,
    extraSources: [],
    sourceNote: ARTICLE_NOTE,
    whyNotVerified: { ar: 'لم يُعثر على مصدر لهذا التعليق.', en: 'No source for the remark was found.' },
    incidents: [OCT],
  },
  {
    id: 'l2-front-ends-on-cloud-quotes',
    factsText: "Expert quotes that Polygon/Arbitrum front ends rely on centralised clouds.",
    kind: 'claim',
    claim: {
      ar: 'أقوال منسوبة إلى خبراء بأن الواجهات الأمامية لشبكتي Polygon وArbitrum تعتمد على خدمات سحابية مركزية.',
      en: 'Quotes attributed to experts saying that the front ends of Polygon and Arbitrum rely on centralised cloud services.',
    },
    source: null,
    extraSources: [],
    sourceNote: ARTICLE_NOTE,
    whyNotVerified: {
      ar: 'لم يُعثر على مصدر لهذه الأقوال ولا على أسماء قائليها.',
      en: 'Neither the quotes nor the people quoted could be traced to a source.',
    },
    incidents: [OCT],
  },
  {
    id: 'other-exchanges-2025-10-20',
    factsText: "Kraken, Binance, OKX, Bybit impact on 2025-10-20 - no reports found (absence of evidence, not evidence of no impact).",
    kind: 'gap',
    claim: {
      ar: 'هل تأثرت Kraken وBinance وOKX وBybit في 20 أكتوبر 2025.',
      en: 'Whether Kraken, Binance, OKX and Bybit were affected on 20 October 2025.',
    },
    source: null,
    extraSources: [],
    sourceNote: { ar: 'لم يُعثر على أي تقرير.', en: 'No report was found.' },
    whyNotVerified: {
      ar: 'لم نجد تقارير عن تأثرها. غياب الدليل لا يعني أنها لم تتأثر.',
      en: 'No reports of impact were found. That is an absence of evidence, not evidence that they were unaffected.',
    },
    incidents: [OCT],
  },
  {
    id: 'binance-kucoin-post-times-2025-04-15',
    factsText: "Exact Binance/KuCoin X-post times on 2025-04-15 (a FinancesFeed-style article gives ~08:05 and ~08:16 UTC for Binance; not verified).",
    kind: 'gap',
    claim: {
      ar: 'الأوقات الدقيقة لمنشورات Binance وKuCoin على منصة X في 15 أبريل 2025.',
      en: "The exact times of Binance's and KuCoin's posts on X on 15 April 2025.",
    },
    source: 'https://www.pymnts.com/cryptocurrency/2025/binance-resumes-services-after-aws-outage-disrupts-withdrawals/',
    extraSources: ['https://buycrypto.news/crypto-exchanges-binance-and-kucoin-disrupted-by-aws-outage-services-now-recovering'],
    whyNotVerified: {
      ar: 'تنقل التقارير نص المنشورات دون أوقاتها؛ ويذكر مقال ثانوي نحو 08:05 و08:16 UTC لمنشورَي Binance دون دليل. لذا تظهر هذه الأحداث دون وقت.',
      en: "Reports quote the posts without their times; a secondary article gives about 08:05 and 08:16 UTC for Binance's two posts, without evidence. So these events are shown without a time.",
    },
    incidents: [APR],
  },
  {
    id: 'original-article-urls',
    factsText: "The original Cointelegraph/CoinDesk/CryptoSlate/AMBCrypto article URLs (the sources linked are republished copies).",
    kind: 'gap',
    claim: {
      ar: 'الروابط الأصلية لمقالات Cointelegraph وCoinDesk وCryptoSlate وAMBCrypto التي تستند إليها بعض التقارير.',
      en: 'The original addresses of the Cointelegraph, CoinDesk, CryptoSlate and AMBCrypto articles some reports rely on.',
    },
    source: null,
    extraSources: [],
    sourceNote: {
      ar: 'الروابط المذكورة في مرصد نسخ أُعيد نشرها، ومعروضة على أنها نسخ.',
      en: 'The links Marsad gives are republished copies, shown as copies.',
    },
    whyNotVerified: {
      ar: 'لم يُتحقَّق من عناوين المقالات الأصلية.',
      en: "The original articles' addresses were not verified.",
    },
    incidents: [OCT, APR],
  },
  {
    id: 'aws-pes-current-wording',
    factsText: "The live text of https://aws.amazon.com/message/101925/ - read only via verbatim copies; the Redshift 4:05 AM PDT Oct 21 line was read only in summaries.",
    kind: 'gap',
    claim: {
      ar: 'النص الحالي لملخص AWS بعد حادثة 20 أكتوبر 2025 على صفحته نفسها.',
      en: "The live text of AWS's post-event summary for 20 October 2025, on its own page.",
    },
    source: 'https://aws.amazon.com/message/101925/',
    extraSources: ['https://gokawiil.com/article/192713'],
    whyNotVerified: {
      ar: 'قُرئ الملخص في نسخ حرفية فقط؛ وقُرئ سطر تعافي Redshift (11:05 UTC يوم 21 أكتوبر) في ملخصات له فقط.',
      en: 'The summary was read only in verbatim copies; the Redshift recovery line (11:05 UTC on 21 October) only in summaries of it.',
    },
    incidents: [OCT],
  },
  {
    id: 'aws-dashboard-other-times-2025-10-20',
    factsText: "AWS Health Dashboard update times on 2025-10-20 other than 12:11 AM, 12:51 AM, 2:24 AM (DNS), 3:35 AM and the final 3:01 PM / 3:53 PM PDT.",
    kind: 'gap',
    claim: {
      ar: 'أوقات تحديثات لوحة AWS Health Dashboard يوم 20 أكتوبر 2025، غير تلك المعروضة هنا (07:11 و07:51 و09:24 و10:35 و22:01 و22:53 UTC).',
      en: 'The times of the AWS Health Dashboard updates on 20 October 2025 other than those shown here (07:11, 07:51, 09:24, 10:35, 22:01 and 22:53 UTC).',
    },
    source: 'https://health.aws.amazon.com/health/status',
    extraSources: [],
    whyNotVerified: {
      ar: 'لا تحفظ لوحة الحالة تحديثاتها السابقة برابط ثابت، ولم تنقل الصحافة غير هذه الأوقات.',
      en: 'The dashboard keeps no stable address for past updates, and the press quoted only these times.',
    },
    incidents: [OCT],
  },
  {
    id: 'coinbase-aws-may-2026-records',
    factsText: "Coinbase's own May 2026 post-mortem page and status-page entries, and an AWS post-event summary for the May 2026 thermal event - not found in the corpus.",
    kind: 'gap',
    claim: {
      ar: 'صفحة تحليل Coinbase بعد حادثة مايو 2026 ومداخل صفحة حالتها، وملخص من AWS بعد الحدث الحراري.',
      en: "Coinbase's own May 2026 post-mortem page and status-page entries, and an AWS post-event summary of the thermal event.",
    },
    source: null,
    extraSources: [],
    sourceNote: { ar: 'Coinbase وAWS نفساهما؛ لم يُعثر على هذه الصفحات.', en: 'Coinbase and AWS themselves; these pages were not found.' },
    whyNotVerified: {
      ar: 'تُنقل أوقات الحادثة وسببها كما لخّصتها الصحافة لتحليل Coinbase.',
      en: "The incident's times and cause are given as the press summarised Coinbase's post-mortem.",
    },
    incidents: [MAY],
  },
  {
    id: 'aws-update-times-may-2026',
    factsText: "AWS update times for the May 2026 thermal event (5:25 PM, 6:47 PM, 8:06 PM, 10:11 PM PDT; cooling restored 1:50 PM PDT May 8) - secondary sources only.",
    kind: 'gap',
    claim: {
      ar: 'أوقات تحديثات AWS خلال الحدث الحراري في مايو 2026 (00:25 و01:47 و03:06 و05:11 UTC يوم 8 مايو، وعودة التبريد في 20:50 UTC).',
      en: "The times of AWS's updates during the May 2026 thermal event (00:25, 01:47, 03:06 and 05:11 UTC on 8 May; cooling restored at 20:50 UTC).",
    },
    source: 'https://webman.tech/blog/aws-us-east-1-outage-may-2026',
    extraSources: ['https://www.pulse.bot/climatetech/news/aws-hit-by-us-east-1-outage-after-data-center-thermal-event-9fd33b6f-893c-402d-93ed-9ddd7d1c17cc/'],
    whyNotVerified: {
      ar: 'لا تذكر هذه الأوقات إلا مصادر ثانوية.',
      en: 'Only secondary sources give these times.',
    },
    incidents: [MAY],
  },
  {
    id: 'ethereum-node-hosting-current',
    factsText: "Current (2025-2026) Ethereum node hosting shares from ethernodes.org.",
    kind: 'gap',
    claim: {
      ar: 'الحصص الحالية (2025–2026) لمزوّدي الاستضافة من عُقد Ethereum بحسب ethernodes.org.',
      en: 'Current (2025–2026) shares of Ethereum nodes by hosting provider, from ethernodes.org.',
    },
    source: null,
    extraSources: [],
    sourceNote: { ar: 'موقع ethernodes.org.', en: 'ethernodes.org.' },
    whyNotVerified: {
      ar: 'الأرقام المتاحة لمرصد أقدم من ذلك أو غير مؤرَّخة (انظر أرقام التركّز).',
      en: 'The figures Marsad has are older or undated (see the concentration figures).',
    },
    incidents: [],
  },
  {
    id: 'ethereum-nodes-offline-37-percent',
    kind: 'claim',
    claim: {
      ar: 'أن نحو 37% من عُقد شبكة Ethereum الرئيسية خرجت عن الخدمة أثناء انقطاع 20 أكتوبر 2025.',
      en: 'That about 37% of Ethereum mainnet nodes were knocked out during the 20 October 2025 outage.',
    },
    source: 'https://www.mexc.ge/tr-CT/news/163997',
    extraSources: ['https://meme-insider.com/en/article/aws-outage-exposes-crypto-centralization-coinbase-infura-down-impact-on-meme-tokens'],
    whyNotVerified: {
      ar: 'تذكر الصفحات التي قرأناها 37% بوصفها حصة عُقد Ethereum المستضافة على AWS (2,371 عقدة من أصل 6,408)، لا العُقد التي توقفت؛ ولم نجد بيانات أولية عن عُقد خرجت عن الخدمة.',
      en: 'The pages we read give 37% as the share of Ethereum nodes hosted on AWS (2,371 out of 6,408), not of nodes that went offline; we found no primary data on nodes knocked out.',
    },
    incidents: [OCT],
  },
  {
    id: 'rollup-sequencers-stalled',
    kind: 'claim',
    claim: {
      ar: 'أن المُرتِّب (sequencer) في «عدة شبكات rollup» توقف حتى تدخّل أحد يدويًا أثناء انقطاع 20 أكتوبر 2025.',
      en: "That 'several rollups' saw their sequencers stall until someone stepped in by hand during the 20 October 2025 outage.",
    },
    source: 'https://coinsleague.com/2025/10/31/if-web3-is-decentralized-why-do-defi-dapps-still-break-when-the-cloud-goes-down',
    extraSources: [],
    whyNotVerified: {
      ar: 'مقال رأي أُعيد نشره لا يسمّي أي شبكة ولا يقدّم دليلًا، ولم نجد دليلًا مُتحقَّقًا منه على توقّف إنتاج الكتل في أي شبكة.',
      en: 'A republished opinion piece that names no network and gives no evidence; we found no verified evidence of any chain halting.',
    },
    incidents: [OCT],
  },
];

export const NOT_VERIFIED_ITEMS: readonly NotVerified[] = z.array(notVerifiedSchema).parse(DATA);

{
  const seen = new Set<string>();
  for (const item of NOT_VERIFIED_ITEMS) {
    if (seen.has(item.id)) throw new Error(`not-verified id repeats: ${item.id}`);
    seen.add(item.id);
  }
}

/** Items that concern one incident, by its facts.json id. */
export function notVerifiedFor(factsId: string): NotVerified[] {
  return NOT_VERIFIED_ITEMS.filter((n) => n.incidents.includes(factsId));
}

/** The label an item is published under: "claimed, not verified" for claims, "not verified" for gaps. */
export function notVerifiedLabel(item: Pick<NotVerified, 'kind'>): Localized {
  return item.kind === 'claim' ? CLAIMED_NOT_VERIFIED : NOT_VERIFIED;
}
