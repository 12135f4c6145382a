// What Marsad could not verify (facts.json `not_verified`, plus the unverified claims inside events).
// A `claim` is shown only as "claimed, not verified"; a `gap` is a record that could not be found.
// Nothing here is published as fact.
import { z } from 'zod';
import { CLAIMED_NOT_VERIFIED, NOT_VERIFIED } from './labels';
import { notVerifiedSchema, type Localized, type NotVerified } from './types';

const OCT = 'aws-us-east-1-2025-10-20';
const APR = 'aws-ap-northeast-1-apne1-az4-2025-04-15';

const ARTICLE_NOTE: Localized = {
  ar: 'ورد في المقال الذي ألهم مرصد، دون رابط إلى مصدر.',
  en: 'Mentioned in the article that inspired Marsad, without a link to a source.',
};

const DATA: NotVerified[] = [
  {
    id: 'coinbase-status-times-2025-10-20',
    factsText: "Coinbase status.coinbase.com incident timestamps for 2025-10-20 (start/identified/resolved).",
    kind: 'gap',
    claim: {
      ar: 'أوقات حادثة 20 أكتوبر 2025 على صفحة حالة Coinbase (البداية، وتحديد السبب، والحل).',
      en: "The times of the 20 October 2025 incident on Coinbase's status page (start, cause identified, resolved).",
    },
    source: null,
    extraSources: [],
    sourceNote: { ar: 'صفحة حالة Coinbase (status.coinbase.com).', en: "Coinbase's status page (status.coinbase.com)." },
    whyNotVerified: {
      ar: 'لم يؤكد أي مصدر منشور هذه الأوقات؛ ما يتوفر هو بداية شكاوى المستخدمين بحسب Downdetector (نحو 07:00 UTC).',
      en: 'No public source confirms these times; what is available is when user complaints began on Downdetector (about 07:00 UTC).',
    },
    incidents: [OCT],
  },
  {
    id: 'infura-status-times-2025-10-20',
    factsText: "Infura status.infura.io incident timestamps for 2025-10-20 - only indirect ('3:11 AM ET', 'reoccurred').",
    kind: 'gap',
    claim: {
      ar: 'أوقات حادثة 20 أكتوبر 2025 على صفحة حالة Infura (status.infura.io).',
      en: "The times of the 20 October 2025 incident on Infura's status page (status.infura.io).",
    },
    source: 'https://rekt.news/es/we-have-centralization-issue',
    extraSources: [],
    whyNotVerified: {
      ar: 'لا يتوفر إلا توقيت غير مباشر: «3:11 صباحًا بتوقيت ET» المرتبط بأول إعلان لـ AWS، وتحديث «عودة المشكلة» بلا وقت.',
      en: "Only indirect timing exists: '3:11 AM ET', tied to AWS's first notice, and an undated update saying the issue had recurred.",
    },
    incidents: [OCT],
  },
  {
    id: 'base-status-2025-10-20',
    factsText: "Base status-page entries and whether Base block production itself degraded on 2025-10-20.",
    kind: 'gap',
    claim: {
      ar: 'ما نشرته صفحة حالة Base في 20 أكتوبر 2025، وهل تراجع إنتاج الكتل في شبكة Base نفسها.',
      en: "What Base's status page posted on 20 October 2025, and whether block production on Base itself slowed.",
    },
    source: null,
    extraSources: [],
    sourceNote: { ar: 'صفحة حالة Base.', en: "Base's status page." },
    whyNotVerified: {
      ar: 'لم يُعثر على سجل من صفحة الحالة، ولم يُفحص إنتاج الكتل مباشرة؛ أرقام نشاط الشبكة المنشورة توحي باستمرارها لكنها لا تثبت ذلك.',
      en: 'No status-page record was found and block production was not checked directly; published activity figures suggest the chain kept running but do not prove it.',
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
      ar: 'لا تصف مشكلات Robinhood إلا تقارير أُعيد نشرها.',
      en: "Only republished reports describe Robinhood's problems.",
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
    factsText: "Exact Binance/KuCoin X-post times on 2025-04-15.",
    kind: 'gap',
    claim: {
      ar: 'الأوقات الدقيقة لمنشورات Binance وKuCoin على منصة X في 15 أبريل 2025.',
      en: "The exact times of Binance's and KuCoin's posts on X on 15 April 2025.",
    },
    source: 'https://www.pymnts.com/cryptocurrency/2025/binance-resumes-services-after-aws-outage-disrupts-withdrawals/',
    extraSources: ['https://buycrypto.news/crypto-exchanges-binance-and-kucoin-disrupted-by-aws-outage-services-now-recovering'],
    whyNotVerified: {
      ar: 'تنقل التقارير نص المنشورات دون أوقاتها؛ لذا تظهر هذه الأحداث دون وقت ضمن فترة AWS بين 07:40 و08:43 UTC.',
      en: "Reports quote the posts without their times, so these events are shown without a time, inside AWS's 07:40–08:43 UTC window.",
    },
    incidents: [APR],
  },
  {
    id: 'original-article-urls',
    factsText: "The original Cointelegraph/CoinDesk/CryptoSlate article URLs (the sources linked are republished versions).",
    kind: 'gap',
    claim: {
      ar: 'الروابط الأصلية لمقالات Cointelegraph وCoinDesk وCryptoSlate التي تستند إليها بعض التقارير.',
      en: 'The original addresses of the Cointelegraph, CoinDesk and CryptoSlate articles some reports rely on.',
    },
    source: null,
    extraSources: [],
    sourceNote: {
      ar: 'الروابط المذكورة في مرصد نسخ أُعيد نشرها، وتُركت كما وردت.',
      en: 'The links Marsad gives are republished copies, kept as given.',
    },
    whyNotVerified: {
      ar: 'لم يُتحقَّق من عناوين المقالات الأصلية.',
      en: "The original articles' addresses were not verified.",
    },
    incidents: [OCT, APR],
  },
  {
    id: 'aws-pes-current-wording',
    factsText: "The exact current wording of https://aws.amazon.com/message/101925/ (times as quoted by secondary sources).",
    kind: 'gap',
    claim: {
      ar: 'النص الحالي الدقيق لملخص AWS بعد حادثة 20 أكتوبر 2025.',
      en: "The exact current wording of AWS's post-event summary for 20 October 2025.",
    },
    source: 'https://aws.amazon.com/message/101925/',
    extraSources: [],
    whyNotVerified: {
      ar: 'الأوقات مأخوذة كما تنقلها مصادر ثانوية عن الملخص.',
      en: 'Its times are used as secondary sources quote them.',
    },
    incidents: [OCT],
  },
  {
    id: 'ethereum-node-hosting-current',
    factsText: "Current (2025) Ethereum node hosting shares from ethernodes.org.",
    kind: 'gap',
    claim: {
      ar: 'الحصص الحالية (2025) لمزوّدي الاستضافة من عُقد Ethereum بحسب ethernodes.org.',
      en: 'Current (2025) shares of Ethereum nodes by hosting provider, from ethernodes.org.',
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
      ar: 'أن 37% من عُقد شبكة Ethereum الرئيسية خرجت عن الخدمة أثناء انقطاع 20 أكتوبر 2025، وأن نحو 70% من اتصالات MetaMask فشلت.',
      en: "That 37% of Ethereum mainnet nodes went offline during the 20 October 2025 outage, and that about 70% of MetaMask's connections failed.",
    },
    source: 'https://www.coinworldnet.com/author/129971/dynamic',
    extraSources: ['https://www.cointeeth.com/news/aws-outage-reveals-cryptocurrency-s-decentralization'],
    whyNotVerified: {
      ar: 'منشور على وسائل التواصل الاجتماعي لا تدعمه أي بيانات أولية وجدناها؛ وقد يكون خلطًا بين نسبة العُقد المستضافة على AWS (نحو 35% في بعض الإحصاءات) والعُقد التي توقفت.',
      en: 'A social-media claim that no primary data we found supports; it may mix up the share of nodes hosted on AWS (about 35% in some counts) with nodes that went offline.',
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
