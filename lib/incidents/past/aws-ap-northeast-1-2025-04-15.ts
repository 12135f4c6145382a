// AWS Tokyo (ap-northeast-1, apne1-az4), 15 April 2025. From facts.json version 2
// (id aws-ap-northeast-1-apne1-az4-2025-04-15); the sentences are Marsad's own, Arabic first.
import type { IncidentInput } from '../build';

const HEALTH = 'https://health.aws.amazon.com/health/status';
const PUBLICKEY = 'https://www.publickey1.jp/blog/25/aws1aws.html';
const QIITA = 'https://qiita.com/tsukamoto/items/03886ed64a12b1919fb3';
const CLASSMETHOD = 'https://dev.classmethod.jp/articles/aws-az-failure-developersio-2025-04-15';
const PYMNTS = 'https://www.pymnts.com/cryptocurrency/2025/binance-resumes-services-after-aws-outage-disrupts-withdrawals/';
const BSON =
  'https://blog.b-son.net/2025/05/AWS-Tokyo-Region-outage-in-April-2025-caused-by-interruption-of-main-and-secondary-power.html';
const FAMACRYPTO = 'https://famacrypto.com/major-crypto-exchanges-affected-by-aws-outage-prompting-call-for-cloud-decentralization/';
const GRAFA = 'https://grafa.com/news/es-cryptocurrencies-binance-and-kucoin-face-outages-after-aws-disruption-424442';
const BUYCRYPTO = 'https://buycrypto.news/crypto-exchanges-binance-and-kucoin-disrupted-by-aws-outage-services-now-recovering';
const BLACKCHAIN = 'https://blackchain.news/falha-na-aws-derruba-servicos-da-binance-kucoin-e-outras-exchanges-de-criptomoedas';
const GROWMYBAG =
  'https://growmybag.com/Article/192470/AWS-Outage-Cripples-Major-Crypto-Platforms--Exposes-Dangerous-Centralization-Risk-in-Industry-s-Backbone';
const CNI = 'https://cryptonewsinsiders.com/the-aws-outage-reveals-crypto-industrys-reliance-on-centralized-infrastructure/amp';
const FINANCESFEED = 'https://financesfeed.com/april-incidents-replicate-the-multi-layered-challenges-binance-continues-to-face';
const SMARTMONEY = 'https://smartmoneymindset.com/?p=6353';

export const AWS_AP_NORTHEAST_1_2025_04_15: IncidentInput = {
  slug: 'aws-ap-northeast-1-2025-04-15',
  factsId: 'aws-ap-northeast-1-apne1-az4-2025-04-15',
  provider: 'AWS',
  region: 'ap-northeast-1',
  regionName: { ar: 'طوكيو', en: 'Tokyo' },
  zone: 'apne1-az4',
  title: {
    ar: 'انقطاع الكهرباء في منطقة توافر واحدة (apne1-az4) لدى AWS في طوكيو (ap-northeast-1)، وتعطّل Binance وKuCoin في الوقت نفسه',
    en: 'AWS Tokyo (ap-northeast-1) power loss in one availability zone (apne1-az4), with Binance and KuCoin disrupted at the same time',
  },
  summary: {
    ar: 'في 15 أبريل 2025 فقدت معدات في منطقة توافر واحدة لدى AWS في طوكيو (apne1-az4) مصدرَي الكهرباء الرئيسي والاحتياطي معًا، فتعذّر الوصول إلى بعض خوادم EC2، وظهرت أخطاء وبطء في خدمات AWS المعتمدة عليها بين 07:40 و08:43 UTC. وفي الوقت نفسه قالت Binance وKuCoin إن عطل AWS وراء ما أصابهما، وعلّقتا السحب مؤقتًا. وتذكر مصادر ثانوية وحدها منصات أخرى، وهي معروضة في الخط الزمني على هذا الأساس.',
    en: 'On 15 April 2025 equipment in one AWS availability zone in Tokyo (apne1-az4) lost both its main and its backup power, so some EC2 instances became unreachable and AWS services that depend on them showed errors and delays from 07:40 to 08:43 UTC. At the same time Binance and KuCoin said the AWS failure was behind their problems, and both briefly suspended withdrawals. Other platforms are named by secondary sources only, and the timeline shows them as such.',
  },
  rootCause: {
    ar: 'انقطع مصدرا الكهرباء الرئيسي والاحتياطي عن خوادم EC2 المتأثرة في منطقة توافر واحدة (apne1-az4)، ففقد بعضها الاتصال، وارتفعت معدلات الأخطاء وزمن الاستجابة في الخدمات المعتمدة عليها. وأُدرجت 15 خدمة من خدمات AWS بوصفها متأثرة: CodeCommit وLambda وNAT Gateway وNetwork Firewall وSystems Manager وTransit Gateway وVPCE PrivateLink وCloudWatch وECS وELB وLocation Service وRedshift وRDS وS3 وWorkSpaces.',
    en: 'The affected EC2 instances in a single availability zone (apne1-az4) lost both their primary and their secondary power, so some lost connectivity and dependent services saw higher error rates and latency. Fifteen AWS services were listed as affected: CodeCommit, Lambda, NAT Gateway, Network Firewall, Systems Manager, Transit Gateway, VPCE PrivateLink, CloudWatch, ECS, ELB, Location Service, Redshift, RDS, S3 and WorkSpaces.',
  },
  rootCauseConfidence: 'high',
  rootCauseSources: [HEALTH, PUBLICKEY, QIITA],
  phase: 'resolved',
  startUtc: '2025-04-15T07:40:00Z',
  endUtc: '2025-04-15T08:43:00Z',
  endNote: {
    ar: 'تحدد AWS الفترة من 16:40 إلى 17:43 بتوقيت اليابان (07:40–08:43 UTC). نشرت AWS أول إعلان في 08:15 UTC، وأعلنت بوادر التعافي في 08:21 UTC، ثم نشرت ملاحظة الحل في 08:51 UTC وذكرت فيها أن المشكلة انتهت في 08:43 UTC. وتفيد التقارير بأن RDS احتاجت وقتًا أطول لتعود إلى وضعها الطبيعي.',
    en: 'AWS gives 16:40–17:43 Japan time (07:40–08:43 UTC). AWS first posted at 08:15 UTC, reported signs of recovery at 08:21 UTC, and posted a resolution note at 08:51 UTC saying the issue ended at 08:43 UTC. RDS reportedly took longer to return to normal.',
  },
  durationNote: {
    ar: '63 دقيقة من التأثير لدى AWS (07:40–08:43 UTC). أما أوقات تعافي خدمات العملات الرقمية فغير مؤكدة: أعادت Binance فتح السحب بعد «أقل من ساعة» من تعليقه، وتقول مصادر ثانوية إن Rabby Wallet وDeBank واجهتا مشكلات لفترة أطول (انظر نقاط الخلاف بين المصادر).',
    en: "63 minutes of AWS impact (07:40–08:43 UTC). The crypto services' own recovery times are not confirmed: Binance reopened withdrawals 'less than an hour' after suspending them, and secondary sources say Rabby Wallet and DeBank had problems for longer (see where sources disagree).",
  },
  phases: [],
  events: [
    {
      service: 'AWS',
      timeUtc: '2025-04-15T07:40:00Z',
      timeNote: {
        ar: 'قُرئت صياغة لوحة الحالة في اقتباس حرفي على Qiita وفي Publickey؛ ومدخل اللوحة («Amazon Elastic Compute Cloud (Tokyo) - April 15, 2025») ليس له رابط ثابت.',
        en: "The dashboard wording was read in a verbatim quote on Qiita and in Publickey; the dashboard entry ('Amazon Elastic Compute Cloud (Tokyo) - April 15, 2025') has no stable address.",
      },
      state: 'partial_outage',
      summary: {
        ar: 'فقدت بعض خوادم EC2 في منطقة توافر واحدة (apne1-az4) مصدرَي الكهرباء الرئيسي والاحتياطي؛ فتعذّر الوصول إلى بعضها، وارتفعت معدلات الأخطاء وزمن الاستجابة في خدمات AWS المعتمدة عليها، بحسب لوحة AWS Health Dashboard.',
        en: 'Some EC2 instances in one availability zone (apne1-az4) lose both primary and secondary power; some become unreachable, and AWS services that depend on them see higher error rates and latency, according to the AWS Health Dashboard.',
      },
      source: HEALTH,
      extraSources: [PUBLICKEY, QIITA, BSON],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-04-15T08:15:00Z',
      timeNote: {
        ar: 'لا يذكر هذا الوقت إلا مصدران ثانويان؛ ويخطئ FinancesFeed فيعدّه وقت البداية.',
        en: 'Only secondary sources give this time; FinancesFeed misreads it as the start.',
      },
      state: 'partial_outage',
      summary: {
        ar: 'تقول مصادر ثانوية إن AWS نشرت الحدث على لوحة AWS Health Dashboard في هذا الوقت.',
        en: 'Secondary sources say AWS posted the event on its Health Dashboard at this time.',
      },
      source: BSON,
      extraSources: [FINANCESFEED],
      confidence: 'low',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-04-15T08:21:00Z',
      timeNote: {
        ar: 'الاقتباس من PYMNTS (نقلًا عن CoinTelegraph)، والوقت من blog.b-son.net وحده.',
        en: 'The quote is from PYMNTS (citing CoinTelegraph); the time only from blog.b-son.net.',
      },
      state: 'degraded',
      summary: {
        ar: 'أعلنت AWS ظهور أولى بوادر التعافي، وقالت إنها تواصل المراقبة والعمل على التعافي الكامل، وإن خدمات AWS الأخرى المتأثرة بالمشكلة بدأت تتعافى كذلك.',
        en: 'AWS reports first signs of recovery, says it keeps monitoring and working towards full recovery, and that other AWS services affected by the issue are recovering too.',
      },
      source: PYMNTS,
      extraSources: [BSON],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-04-15T08:43:00Z',
      state: 'resolved',
      summary: {
        ar: 'انتهت المشكلة، بحسب ملاحظة نشرتها AWS على لوحة الحالة في 08:51 UTC (من 16:40 إلى 17:43 بتوقيت اليابان)؛ وتفيد التقارير بأن RDS كانت أبطأ في العودة إلى وضعها الطبيعي.',
        en: "The issue is resolved, according to the note AWS posted on its dashboard at 08:51 UTC (16:40–17:43 Japan time); RDS was reportedly slower to return to normal.",
      },
      source: HEALTH,
      extraSources: [QIITA, PUBLICKEY, BSON, CNI],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'Binance',
      timeUtc: null,
      timeNote: {
        ar: 'لم يُعثر على رابط منشور Binance على X ولا على وقته. ويذكر مقال ثانوي أن Binance أقرّت بالمشكلة نحو 08:05 UTC، وهذا غير مُتحقَّق منه.',
        en: "The address and time of Binance's post on X were not found. A secondary article says Binance acknowledged the issue at about 08:05 UTC; this is not verified.",
      },
      state: 'partial_outage',
      summary: {
        ar: 'قالت Binance على منصة X إن بعض الخدمات على منصتها تأثرت بانقطاع مؤقت في الشبكة داخل مركز بيانات تابع لـ AWS. وفشلت بعض الأوامر ونجح غيرها، وعُلّق السحب مؤقتًا.',
        en: 'Binance says on X that some services on its platform are affected by a temporary network interruption in an AWS data centre. Some orders failed while others went through, and withdrawals were suspended for a while.',
      },
      source: PYMNTS,
      extraSources: [GRAFA, BUYCRYPTO],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'Binance',
      timeUtc: null,
      timeNote: {
        ar: 'يذكر مقال ثانوي أن Binance أعلنت التعافي بحلول 08:16 UTC، وهذا غير مُتحقَّق منه.',
        en: 'A secondary article says Binance reported recovery by 08:16 UTC; this is not verified.',
      },
      state: 'degraded',
      summary: {
        ar: 'قالت Binance، بعد أقل من ساعة من منشورها الأول، إن جميع الخدمات بدأت تتعافى وإن السحب أُعيد فتحه، مع احتمال تأخر بعض الخدمات إلى أن يتعافى النظام بالكامل.',
        en: 'Less than an hour after its first post, Binance says all services are starting to recover and withdrawals have reopened, while some services may see delays until the system fully recovers.',
      },
      source: FAMACRYPTO,
      extraSources: [PYMNTS, BUYCRYPTO],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'KuCoin',
      timeUtc: null,
      state: 'partial_outage',
      summary: {
        ar: 'علّقت KuCoin السحب مؤقتًا (بحسب PYMNTS نقلًا عن CoinDesk)، ونسبت مشكلاتها إلى انقطاع واسع في شبكة خدمات AWS، وقالت إن أموال المستخدمين وبياناتهم آمنة.',
        en: "KuCoin temporarily suspended withdrawals (PYMNTS, citing CoinDesk), put its problems down to a 'large-scale network outage with AWS services', and said user funds and data were safe.",
      },
      source: PYMNTS,
      extraSources: [BUYCRYPTO, GRAFA],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'MEXC',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'تقول مصادر ثانوية إن MEXC شهدت، تزامنًا مع انقطاع AWS، رسومًا بيانية غير طبيعية للشموع وفشلًا في إلغاء أوامر وتأخرًا في تحويل الأصول، وإن المنصة قالت إن الأموال آمنة ووعدت بخطة تعويض.',
        en: 'Secondary sources say MEXC showed abnormal candlestick charts, failed order cancellations and delayed asset transfers at the same time as the AWS outage, and that it said funds were safe and promised a compensation plan.',
      },
      source: BLACKCHAIN,
      extraSources: [BUYCRYPTO, GRAFA],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Gate.io / Coinstore',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'تقول مصادر ثانوية إن Gate.io وCoinstore أبلغتا عن مشكلات تقنية تزامنت مع انقطاع AWS.',
        en: 'Secondary sources say Gate.io and Coinstore reported technical problems that coincided with the AWS outage.',
      },
      source: BUYCRYPTO,
      extraSources: [BLACKCHAIN, GRAFA],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Rabby Wallet / DeBank',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'تقول مصادر ثانوية إن Rabby Wallet وDeBank واجهتا اضطرابات مؤقتة تزامنت مع انقطاع AWS؛ ويقول Blackchain إنها استمرت «لساعات»، ويقول Grafa إن DeBank ظلت تعاني تأخيرًا بعد تعافي الآخرين.',
        en: "Secondary sources say Rabby Wallet and DeBank had temporary disruptions that coincided with the AWS outage; Blackchain says they lasted 'for hours', and Grafa says DeBank still had delays after others had recovered.",
      },
      source: GROWMYBAG,
      extraSources: [BLACKCHAIN, GRAFA, CNI],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Crypto sector (aggregate)',
      timeUtc: '2025-04-15T09:30:00Z',
      state: 'degraded',
      summary: {
        ar: 'تقول مصادر ثانوية إن ثماني جهات على الأقل من منصات التداول المركزية ومزوّدي خدمات العملات الرقمية كانت قد أبلغت عن تأثّرها حتى هذا الوقت، تزامنًا مع انقطاع AWS.',
        en: 'Secondary sources say at least eight centralised exchanges and crypto service providers had reported effects by this time, coinciding with the AWS outage.',
      },
      source: BUYCRYPTO,
      extraSources: [FAMACRYPTO, GRAFA],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
  ],
  disagreements: [
    {
      topic: { ar: 'عدد خدمات AWS المتأثرة', en: 'Number of AWS services affected' },
      figures: [
        {
          figure: { ar: '15 خدمة', en: '15 services' },
          according: { ar: 'قائمة AWS كما نقلها Qiita', en: "AWS's list as quoted by Qiita" },
          sources: [QIITA],
        },
        {
          figure: { ar: '12 خدمة', en: '12 services' },
          according: { ar: 'FinancesFeed وBlackchain', en: 'FinancesFeed and Blackchain' },
          sources: [FINANCESFEED, BLACKCHAIN],
        },
      ],
    },
    {
      topic: { ar: 'وقت البداية', en: 'Start time' },
      figures: [
        {
          figure: { ar: '07:40 UTC', en: '07:40 UTC' },
          according: { ar: 'لوحة AWS Health Dashboard، كما نقلها Qiita وPublickey', en: 'The AWS Health Dashboard, as quoted by Qiita and Publickey' },
          sources: [QIITA, PUBLICKEY],
        },
        {
          figure: { ar: '08:15 UTC', en: '08:15 UTC' },
          according: { ar: 'FinancesFeed، الذي يقول إن المشكلة «بدأت» حينها', en: "FinancesFeed, which says the issue 'began' then" },
          sources: [FINANCESFEED],
        },
      ],
      note: {
        ar: 'الساعة 08:15 UTC هي وقت أول إعلان علني لـ AWS لا وقت بداية التأثير؛ لذا يبدأ الخط الزمني من 07:40 UTC.',
        en: '08:15 UTC is when AWS first posted, not when the impact began, so the timeline starts at 07:40 UTC.',
      },
    },
    {
      topic: { ar: 'متى تعافت خدمات العملات الرقمية', en: 'When crypto services recovered' },
      figures: [
        {
          figure: { ar: 'عادت معظم الخدمات بحلول 13:50 UTC، باستثناء DeBank', en: 'Most services restored by 13:50 UTC, except DeBank' },
          according: { ar: 'Grafa', en: 'Grafa' },
          sources: [GRAFA],
        },
        {
          figure: {
            ar: 'انتهى تأثير AWS في 08:43 UTC، وأعادت Binance فتح السحب خلال نحو ساعة',
            en: 'AWS impact ended at 08:43 UTC, and Binance reopened withdrawals within about an hour',
          },
          according: { ar: 'AWS كما نقلها Qiita، وتقارير عن Binance', en: 'AWS as quoted by Qiita, and reports on Binance' },
          sources: [QIITA, PYMNTS],
        },
      ],
      note: {
        ar: 'وقت Grafa يُعامل بدرجة ثقة منخفضة: قد يكون خطأ في المنطقة الزمنية، أو يقصد مشكلات متبقية.',
        en: "Grafa's time is treated as low confidence: it may be a time-zone error, or refer to leftover problems.",
      },
    },
    {
      topic: { ar: 'مدة تعطّل Rabby Wallet وDeBank', en: 'How long Rabby Wallet and DeBank were disrupted' },
      figures: [
        {
          figure: { ar: '«لساعات»', en: "'For hours'" },
          according: { ar: 'Blackchain', en: 'Blackchain' },
          sources: [BLACKCHAIN],
        },
        {
          figure: { ar: 'اضطراب مؤقت', en: 'A temporary disruption' },
          according: { ar: 'تقارير أخرى', en: 'Other reports' },
          sources: [GROWMYBAG],
        },
      ],
    },
  ],
  sources: [HEALTH, PUBLICKEY, QIITA, CLASSMETHOD, PYMNTS, BSON, FAMACRYPTO, GRAFA, BUYCRYPTO, BLACKCHAIN, GROWMYBAG, CNI, FINANCESFEED, SMARTMONEY],
  sourceNotes: {
    ar: 'ينقل Qiita وPublickey (باليابانية) مدخل لوحة AWS Health Dashboard بعنوان «Amazon Elastic Compute Cloud (Tokyo) - April 15, 2025»، ويتبع blog.b-son.net مقال Publickey. وتعود التقارير عن أثر الحادثة في العملات الرقمية إلى CoinDesk وCointelegraph (كما ينقل PYMNTS)، ولم يُعثر على مقالاتهما الأصلية ولا على منشورات المنصات على X.',
    en: "The AWS Health Dashboard entry 'Amazon Elastic Compute Cloud (Tokyo) - April 15, 2025' is quoted by Qiita and Publickey (both in Japanese); blog.b-son.net follows Publickey's article. Reporting on the crypto impact comes from CoinDesk and Cointelegraph (as cited by PYMNTS); their original articles and the exchanges' posts on X were not found.",
  },
  corrections: [
    {
      date: '2026-12-06',
      eventId: 'event-2025-04-15-untimed-binance',
      text: {
        ar: 'خُفّضت درجة الثقة في حدثَي Binance من عالية إلى متوسطة: لم يُعثر على منشورات Binance على X، وتستند الصياغة إلى مصدر صحفي واحد.',
        en: "Both Binance events lowered from high to medium confidence: Binance's posts on X were not found, and the wording rests on one press source.",
      },
    },
    {
      date: '2026-12-06',
      eventId: 'event-2025-04-15-untimed-kucoin',
      text: {
        ar: 'أُضيف أن KuCoin علّقت السحب مؤقتًا (PYMNTS).',
        en: 'Added that KuCoin temporarily suspended withdrawals (PYMNTS).',
      },
    },
    {
      date: '2026-12-06',
      text: {
        ar: 'صار لكل مصدر نوعه وناشره. وخُفّضت درجة الثقة إلى منخفضة في ما لا يستند إلا إلى مصادر ثانوية: أحداث MEXC وGate.io وCoinstore وRabby Wallet وDeBank، وحصيلة القطاع في 09:30 UTC، ووقت أول إعلان لـ AWS (08:15 UTC).',
        en: "Every source now has its type and publisher. What rests only on secondary sources was lowered to low confidence: the MEXC, Gate.io/Coinstore and Rabby Wallet/DeBank events, the sector tally at 09:30 UTC, and the time of AWS's first post (08:15 UTC).",
      },
    },
  ],
  lastUpdated: '2026-12-06',
  inScope: true,
};
