// How concentrated blockchain nodes are on clouds (facts.json `concentration`), with sources. Each figure
// keeps its date, its confidence and its caveat; the sentences are Marsad's own. The "37% offline" item is
// a claim: it is published only as "claimed, not verified".
import { z } from 'zod';
import { CONFIDENCES } from '@/lib/status/vocabulary';
import { localizedSchema, serviceIdSchema, urlSchema } from './types';

export const concentrationSchema = z
  .object({
    /** facts.json id of the figure. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Catalog ids of the chains the figure is about. */
    chainIds: z.array(serviceIdSchema).min(1),
    metric: localizedSchema,
    /** Marsad's own sentence stating the figure. */
    sentence: localizedSchema,
    /** When the figure was taken, as precisely as known (YYYY, YYYY-MM or YYYY-MM-DD); null when undated. */
    asOf: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
      .nullable(),
    asOfNote: localizedSchema.optional(),
    /** Who produced the data, as the facts name them (Latin, verbatim). */
    originalSource: z.string().min(1).optional(),
    sources: z.array(urlSchema).min(1),
    confidence: z.enum(CONFIDENCES),
    caveat: localizedSchema.optional(),
    /** Old data kept for context (for example from before the Merge). */
    outdated: z.boolean().optional(),
    /** A claim no data backs: shown only as "claimed, not verified". */
    claimOnly: z.boolean().optional(),
  })
  .strict()
  .refine((c) => c.asOf !== null || c.asOfNote !== undefined, { message: 'an undated figure says so in asOfNote' });
export type ConcentrationFigure = z.infer<typeof concentrationSchema>;

const XYFOREX = 'https://xyforex.com/2022/08/18/3-cloud-providers-accounting-for-over-two-thirds-of-ethereum-nodes-data/';

const DATA: ConcentrationFigure[] = [
  {
    id: 'eth-nodes-aws-2022',
    chainIds: ['ethereum'],
    metric: { ar: 'حصص مزوّدي الاستضافة من عُقد Ethereum المستضافة', en: 'Share of hosted Ethereum nodes by provider' },
    sentence: {
      ar: 'في أغسطس 2022 كان أكثر من نصف عُقد Ethereum المستضافة في مراكز البيانات يعمل على AWS، تليها Hetzner (أكثر من 15%) ثم OVH (4.1%)، وكانت هذه الثلاث تضم 69% من العُقد المستضافة. وجاءت بعدها Oracle (4.1%) وAlibaba (3.9%) وGoogle (3.5%)، من أصل نحو 4653 عُقدة نشطة.',
      en: 'In August 2022 more than half of the Ethereum nodes hosted in data centres ran on AWS, followed by Hetzner (over 15%) and OVH (4.1%); these three held 69% of hosted nodes. Oracle (4.1%), Alibaba (3.9%) and Google (3.5%) came next, out of about 4,653 active nodes.',
    },
    asOf: '2022-08-15',
    originalSource: 'Messari / Ethernodes (ethernodes.org)',
    sources: [XYFOREX, 'https://metaweb3.tech/news/3-cloud-providers-accounting-for-over-two-thirds-of-ethereum-nodes/'],
    confidence: 'medium',
    caveat: {
      ar: 'النسب من العُقد المستضافة (في السحابة) لا من جميع العُقد، وEthernodes لا يحصي إلا عُقد طبقة التنفيذ التي يستطيع الوصول إليها. والرابطان نسختان من مقال نشرته Cointelegraph في أغسطس 2022.',
      en: 'Shares of hosted (cloud) nodes, not of all nodes; Ethernodes counts only the execution-layer nodes it can crawl. Both links reproduce a Cointelegraph article from August 2022.',
    },
  },
  {
    id: 'eth-nodes-aws-ethnews',
    chainIds: ['ethereum'],
    metric: { ar: 'حصة AWS من جميع عُقد Ethereum', en: 'Share of all Ethereum nodes hosted on AWS' },
    sentence: {
      ar: 'يقدّر إحصاء غير مؤرَّخ مبني على ethernodes.org أن نحو 35% من جميع عُقد Ethereum تعمل على AWS (2439 من أصل 6810)، منها 1395 عُقدة في مركز بيانات واحد في Ashburn بولاية فرجينيا.',
      en: 'An undated count based on ethernodes.org puts about 35% of all Ethereum nodes on AWS (2,439 of 6,810), 1,395 of them in a single data centre in Ashburn, Virginia.',
    },
    asOf: null,
    asOfNote: { ar: 'المصدر غير مؤرَّخ، والأرجح أنه من عام 2023.', en: 'The source is undated; probably 2023.' },
    originalSource: 'ethernodes.org',
    sources: ['https://www.ethnews.com/amazons-shadow-looms-over-ethereum-what-it-means-for-your-portfolio/'],
    confidence: 'low',
  },
  {
    id: 'eth-nodes-cloud-chainstack',
    chainIds: ['ethereum'],
    metric: { ar: 'عُقد Ethereum العاملة في السحابة وعلى AWS', en: 'Ethereum nodes running in the cloud and on AWS' },
    sentence: {
      ar: 'في نحو عام 2019، قبل الدمج (The Merge)، كانت 61.6% من عُقد Ethereum تعمل في السحابة، ونحو 25% من جميع العُقد على AWS.',
      en: 'Around 2019, before the Merge, 61.6% of Ethereum nodes ran in the cloud and about 25% of all nodes ran on AWS.',
    },
    asOf: '2019',
    asOfNote: { ar: 'في نحو عام 2019 (تاريخ تقريبي).', en: 'Around 2019 (approximate).' },
    originalSource: 'Hard Fork / Chainstack',
    sources: ['https://businesscryptonews.com/more-than-60-of-ethereum-nodes-run-in-the-cloud-mostly-on-amazon-web-services/'],
    confidence: 'low',
    caveat: { ar: 'أرقام قديمة من قبل الدمج (The Merge).', en: 'Outdated: from before the Merge.' },
    outdated: true,
  },
  {
    id: 'eth-nodes-hosted-residential',
    chainIds: ['ethereum'],
    metric: { ar: 'عُقد Ethereum المستضافة مقابل المنزلية', en: 'Hosted versus residential Ethereum nodes' },
    sentence: {
      ar: 'تُظهر لقطة غير مؤرَّخة من Ethernodes نقلها موقع BlocDesk أن 70.4% من أصل 8092 عُقدة Ethereum مستضافة في مراكز بيانات، و25.09% تعمل من اتصالات منزلية.',
      en: 'An undated Ethernodes snapshot quoted by BlocDesk counts 70.4% of 8,092 Ethereum nodes as hosted in data centres and 25.09% as residential.',
    },
    asOf: null,
    asOfNote: { ar: 'لقطة غير مؤرَّخة من Ethernodes نقلها BlocDesk.', en: 'An undated Ethernodes snapshot quoted by BlocDesk.' },
    originalSource: 'Ethernodes',
    sources: ['https://www.blocdesk.com/is-amazon-a-threat-to-over-30-of-all-ethereum-nodes/'],
    confidence: 'low',
  },
  {
    id: 'sol-stake-hosting-2024',
    chainIds: ['solana'],
    metric: { ar: 'حصص مزوّدي الاستضافة من الحصة المرهونة في Solana', en: 'Share of Solana stake by hosting provider' },
    sentence: {
      ar: 'في نوفمبر 2024 (الحقبة 685) توزّع مدققو Solana على 135 مزوّد استضافة؛ وكان أكبرهم Teraswitch بنحو 24% من الحصة المرهونة (stake) ثم Latitude.sh بنحو 19%. وأحصت Helius 1414 مدققًا و3100 عُقدة RPC، وبلغ معامل ناكاموتو 19. وليس أيٌّ من المزوّدَين الأكبر هو AWS.',
      en: "In November 2024 (epoch 685) Solana's validators were spread over 135 hosting providers; the largest, Teraswitch and Latitude.sh, held about 24% and 19% of stake. Helius counted 1,414 validators and 3,100 RPC nodes, with a Nakamoto coefficient of 19. Neither of the two largest providers is AWS.",
    },
    asOf: '2024-11-18',
    originalSource: 'Helius',
    sources: ['https://helius.dev/blog/solana-decentralization-facts-and-figures', 'https://panewslab.com/en/articledetails/fzearo5h.html'],
    confidence: 'medium',
    caveat: {
      ar: 'يتفق ذلك مع تعليقات بعد 20 أكتوبر 2025 وصفت Solana بأنها الأقل اعتمادًا على AWS. ولم تُقرأ صفحة Helius نفسها؛ بل تأكدت الأرقام في ترجمات لها (منها PANews).',
      en: "Consistent with commentary after 20 October 2025 describing Solana as the least dependent on AWS. Helius's own page was not read; the figures were confirmed in translations of it (PANews among them).",
    },
  },
  {
    id: 'sol-hosted-nodes-2022',
    chainIds: ['solana'],
    metric: { ar: 'حصص مزوّدي الاستضافة من عُقد Solana المستضافة', en: 'Share of hosted Solana nodes by provider' },
    sentence: {
      ar: 'في أغسطس 2022، من بين عُقد Solana المستضافة في مراكز البيانات، كانت 42% على Hetzner و26% على OVH و3% على AWS.',
      en: 'In August 2022, of the Solana nodes hosted in data centres, 42% ran on Hetzner, 26% on OVH and 3% on AWS.',
    },
    asOf: '2022-08',
    originalSource: 'Messari (via Cointelegraph)',
    sources: [XYFOREX],
    confidence: 'medium',
  },
  {
    id: 'sol-stake-hetzner-2022',
    chainIds: ['solana'],
    metric: { ar: 'الحصة المرهونة لدى أكبر المزوّدين في Solana', en: 'Solana stake on the largest providers' },
    sentence: {
      ar: 'في أغسطس 2022 استضافت Hetzner نحو 40% من مدققي Solana ونحو 20% من الحصة المرهونة، وكانت Hetzner وEquinix وAWS معًا تضم نحو 65% منها؛ ثم حظرت Hetzner لاحقًا نشاط Solana، فخرج أكثر من 1000 مدقق عن الخدمة.',
      en: 'In August 2022 Hetzner hosted about 40% of Solana validators and about 20% of stake, and Hetzner, Equinix and AWS together held about 65% of stake; Hetzner later banned Solana activity, taking more than 1,000 validators offline.',
    },
    asOf: '2022-08',
    asOfNote: { ar: 'أغسطس 2022، وحظر Hetzner في نوفمبر 2022.', en: 'August 2022; the Hetzner ban in November 2022.' },
    originalSource: 'Google Cloud engineer Sam Padilla (as reported)',
    sources: ['https://exploringdigitalassets.com/2022/11/09/solana-google-partnership/'],
    confidence: 'low',
  },
  {
    id: 'chains-aws-dependency-oct2025',
    chainIds: ['solana', 'base'],
    metric: { ar: 'مدى الاعتماد على AWS بعد 20 أكتوبر 2025 (تقدير وصفي)', en: 'How dependent on AWS, after 20 October 2025 (qualitative)' },
    sentence: {
      ar: 'رأى متتبّع لتحليلات ما بعد الحادثة أن شبكات الطبقة الأولى مثل Solana هي الأقل اعتمادًا على AWS، وأن شبكات الطبقة الثانية مثل Base هي الأكثر اعتمادًا عليها.',
      en: 'A post-mortem tracker judged layer-1 chains such as Solana the least dependent on AWS, and layer-2 networks such as Base the most dependent.',
    },
    asOf: '2025-10',
    sources: ['https://leviathan.news/atlas/outage'],
    confidence: 'low',
    caveat: {
      ar: 'لم نجد سوى ملخص من سطر واحد لهذا المتتبّع، ولم يُتحقَّق من بياناته.',
      en: "Only a one-line summary of the tracker was found; its underlying data is not verified.",
    },
  },
  {
    id: 'eth-nodes-offline-claim-oct2025',
    chainIds: ['ethereum'],
    metric: { ar: 'عُقد خرجت عن الخدمة أثناء انقطاع 20 أكتوبر (ادعاء)', en: 'Nodes offline during the 20 October outage (claim)' },
    sentence: {
      ar: 'ادعاء غير مُتحقَّق منه: تداولت منشورات على وسائل التواصل الاجتماعي أن 37% من عُقد شبكة Ethereum الرئيسية خرجت عن الخدمة أثناء انقطاع 20 أكتوبر 2025.',
      en: 'Claimed, not verified: social-media posts said 37% of Ethereum mainnet nodes went offline during the 20 October 2025 outage.',
    },
    asOf: '2025-10-20',
    sources: [
      'https://www.mexc.ge/tr-CT/news/163997',
      'https://meme-insider.com/en/article/aws-outage-exposes-crypto-centralization-coinbase-infura-down-impact-on-meme-tokens',
    ],
    confidence: 'low',
    caveat: {
      ar: 'لا يُنشر بوصفه حقيقة: تذكر الصفحات التي قرأناها 37% بوصفها حصة عُقد Ethereum المستضافة على AWS (2,371 عقدة من أصل 6,408)، لا العُقد التي توقفت.',
      en: 'Not to be cited as fact: the pages we read give 37% as the share of Ethereum nodes hosted on AWS (2,371 out of 6,408), not of nodes that went offline.',
    },
    claimOnly: true,
  },
];

export const CONCENTRATION: readonly ConcentrationFigure[] = z.array(concentrationSchema).parse(DATA);

{
  const ids = new Set<string>();
  for (const c of CONCENTRATION) {
    if (ids.has(c.id)) throw new Error(`concentration id repeats: ${c.id}`);
    ids.add(c.id);
  }
}

/** Figures about one chain (by catalog id), dated ones newest first, undated last. */
export function concentrationFor(chainId: string): ConcentrationFigure[] {
  return CONCENTRATION.filter((c) => (c.chainIds as string[]).includes(chainId)).sort((a, b) => {
    if (a.asOf === b.asOf) return 0;
    if (a.asOf === null) return 1;
    if (b.asOf === null) return -1;
    return a.asOf < b.asOf ? 1 : -1;
  });
}
