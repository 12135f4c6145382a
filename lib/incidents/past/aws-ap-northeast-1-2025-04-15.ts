// AWS Tokyo (ap-northeast-1, apne1-az4), 15 April 2025. From facts.json
// (id aws-ap-northeast-1-apne1-az4-2025-04-15); the sentences are Marsad's own, Arabic first.
import type { IncidentInput } from '../build';

const QIITA = 'https://qiita.com/tsukamoto/items/03886ed64a12b1919fb3';
const BSON =
  'https://blog.b-son.net/2025/05/AWS-Tokyo-Region-outage-in-April-2025-caused-by-interruption-of-main-and-secondary-power.html';
const PYMNTS = 'https://www.pymnts.com/cryptocurrency/2025/binance-resumes-services-after-aws-outage-disrupts-withdrawals/';
const BUYCRYPTO = 'https://buycrypto.news/crypto-exchanges-binance-and-kucoin-disrupted-by-aws-outage-services-now-recovering';
const CNI = 'https://cryptonewsinsiders.com/the-aws-outage-reveals-crypto-industrys-reliance-on-centralized-infrastructure/amp';
const BLACKCHAIN = 'https://blackchain.news/falha-na-aws-derruba-servicos-da-binance-kucoin-e-outras-exchanges-de-criptomoedas';
const GROWMYBAG =
  'https://growmybag.com/Article/192470/AWS-Outage-Cripples-Major-Crypto-Platforms--Exposes-Dangerous-Centralization-Risk-in-Industry-s-Backbone';
const FINANCESFEED = 'https://financesfeed.com/april-incidents-replicate-the-multi-layered-challenges-binance-continues-to-face';
const GRAFA = 'https://grafa.com/news/es-cryptocurrencies-binance-and-kucoin-face-outages-after-aws-disruption-424442';

const WITHIN_AWS_WINDOW = {
  ar: 'لم يُتحقَّق من الأوقات الدقيقة للمنشورات؛ وهي ضمن فترة AWS بين 07:40 و08:43 UTC.',
  en: "The exact times of the posts are not verified; they fall within AWS's window of 07:40–08:43 UTC.",
};

export const AWS_AP_NORTHEAST_1_2025_04_15: IncidentInput = {
  slug: 'aws-ap-northeast-1-2025-04-15',
  factsId: 'aws-ap-northeast-1-apne1-az4-2025-04-15',
  provider: 'AWS',
  region: 'ap-northeast-1',
  regionName: { ar: 'طوكيو', en: 'Tokyo' },
  zone: 'apne1-az4',
  title: {
    ar: 'انقطاع الكهرباء في منطقة توافر واحدة (apne1-az4) لدى AWS في طوكيو (ap-northeast-1)، وتعطّل Binance وKuCoin وMEXC وغيرها في الوقت نفسه',
    en: 'AWS Tokyo (ap-northeast-1) power loss in one availability zone (apne1-az4), with Binance, KuCoin, MEXC and others disrupted at the same time',
  },
  summary: {
    ar: 'في 15 أبريل 2025 فقدت معدات في منطقة توافر واحدة لدى AWS في طوكيو (apne1-az4) مصدرَي الكهرباء الرئيسي والاحتياطي معًا، فتعذّر الوصول إلى بعض خوادم EC2، وظهرت أخطاء وبطء في خدمات AWS المعتمدة عليها بين 07:40 و08:43 UTC. وفي الوقت نفسه أبلغت عدة منصات تداول وخدمات للعملات الرقمية عن مشكلات؛ وقالت Binance وKuCoin إن عطل AWS وراء ما أصابهما، وعلّقت Binance السحب مؤقتًا.',
    en: 'On 15 April 2025 equipment in one AWS availability zone in Tokyo (apne1-az4) lost both its main and its backup power, so some EC2 instances became unreachable and AWS services that depend on them showed errors and delays from 07:40 to 08:43 UTC. At the same time several exchanges and crypto services reported problems; Binance and KuCoin said the AWS failure was behind theirs, and Binance briefly suspended withdrawals.',
  },
  rootCause: {
    ar: 'انقطع مصدرا الكهرباء الرئيسي والاحتياطي عن خوادم EC2 المتأثرة في منطقة توافر واحدة (apne1-az4)، ففقد بعضها الاتصال، وارتفعت معدلات الأخطاء وزمن الاستجابة في الخدمات المعتمدة عليها. وأُدرجت 15 خدمة من خدمات AWS بوصفها متأثرة: CodeCommit وLambda وNAT Gateway وNetwork Firewall وSystems Manager وTransit Gateway وVPCE PrivateLink وCloudWatch وECS وELB وLocation Service وRedshift وRDS وS3 وWorkSpaces.',
    en: 'The affected EC2 instances in a single availability zone (apne1-az4) lost both their primary and their secondary power, so some lost connectivity and dependent services saw higher error rates and latency. Fifteen AWS services were listed as affected: CodeCommit, Lambda, NAT Gateway, Network Firewall, Systems Manager, Transit Gateway, VPCE PrivateLink, CloudWatch, ECS, ELB, Location Service, Redshift, RDS, S3 and WorkSpaces.',
  },
  rootCauseConfidence: 'high',
  phase: 'resolved',
  startUtc: '2025-04-15T07:40:00Z',
  endUtc: '2025-04-15T08:43:00Z',
  endNote: {
    ar: 'تحدد AWS الفترة من 16:40 إلى 17:43 بتوقيت اليابان JST (من 12:40 إلى 1:43 صباحًا بتوقيت PDT). نشرت AWS أول إعلان في 17:15 JST (08:15 UTC)، وأعلنت بوادر التعافي في 17:21 JST (08:21 UTC)، ثم نشرت ملاحظة الحل في 17:51 JST (08:51 UTC) وذكرت فيها أن المشكلة انتهت في 17:43 JST. وتفيد التقارير بأن RDS احتاجت وقتًا أطول لتعود إلى وضعها الطبيعي.',
    en: 'AWS gives 16:40–17:43 JST (12:40–1:43 AM PDT). AWS first posted at 17:15 JST (08:15 UTC), reported signs of recovery at 17:21 JST (08:21 UTC), and posted a resolution note at 17:51 JST (08:51 UTC) saying the issue ended at 17:43 JST. RDS reportedly took longer to return to normal.',
  },
  durationNote: {
    ar: '63 دقيقة من التأثير لدى AWS (07:40–08:43 UTC). أما أوقات تعافي خدمات العملات الرقمية فغير مؤكدة: أعادت Binance فتح السحب بعد «أقل من ساعة» من تعليقه، وتذكر تقارير أن Rabby Wallet وDeBank واجهتا مشكلات لفترة أطول (انظر نقاط الخلاف بين المصادر).',
    en: "63 minutes of AWS impact (07:40–08:43 UTC). The crypto services' own recovery times are not confirmed: Binance reopened withdrawals 'less than an hour' after suspending them, and reports say Rabby Wallet and DeBank had problems for longer (see where sources disagree).",
  },
  phases: [],
  events: [
    {
      service: 'AWS',
      timeUtc: '2025-04-15T07:40:00Z',
      state: 'partial_outage',
      summary: {
        ar: 'فقدت معدات في apne1-az4 مصدرَي الكهرباء الرئيسي والاحتياطي؛ فتعذّر الوصول إلى بعض خوادم EC2، وظهرت أخطاء وبطء في الخدمات المعتمدة عليها.',
        en: 'Equipment in apne1-az4 loses both primary and backup power; some EC2 instances become unreachable and dependent services show errors and delays.',
      },
      source: QIITA,
      extraSources: [BSON, CNI],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-04-15T08:15:00Z',
      state: 'partial_outage',
      summary: {
        ar: 'نشرت AWS الحدث على لوحة AWS Health Dashboard (17:15 بتوقيت JST).',
        en: 'AWS posts the event on its Health Dashboard (17:15 JST).',
      },
      source: BSON,
      extraSources: [FINANCESFEED],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-04-15T08:21:00Z',
      state: 'degraded',
      summary: {
        ar: 'أعلنت AWS ظهور أولى بوادر التعافي (17:21 بتوقيت JST)، وقالت إن خدمات AWS الأخرى المتأثرة بالمشكلة بدأت تتعافى كذلك.',
        en: 'AWS reports first signs of recovery (17:21 JST) and says other AWS services affected by the issue are recovering too.',
      },
      source: BSON,
      extraSources: [PYMNTS],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-04-15T08:43:00Z',
      state: 'resolved',
      summary: {
        ar: 'انتهت المشكلة في 17:43 بتوقيت JST، بحسب ملاحظة نشرتها AWS في 17:51 JST (08:51 UTC)؛ وتفيد التقارير بأن RDS كانت أبطأ في العودة إلى وضعها الطبيعي.',
        en: "The issue is resolved at 17:43 JST, according to AWS's note posted at 17:51 JST (08:51 UTC); RDS was reportedly slower to return to normal.",
      },
      source: QIITA,
      extraSources: [BSON, CNI],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'Binance',
      timeUtc: null,
      timeNote: WITHIN_AWS_WINDOW,
      state: 'partial_outage',
      summary: {
        ar: 'قالت Binance على منصة X إن بعض الخدمات على منصتها تأثرت بانقطاع مؤقت في الشبكة داخل مركز بيانات تابع لـ AWS. وفشلت بعض الأوامر، وعُلّق السحب مؤقتًا على سبيل الاحتياط.',
        en: 'Binance says on X that some services on its platform are affected by a temporary network interruption in an AWS data centre. Some orders failed, and withdrawals were suspended for a while as a precaution.',
      },
      source: PYMNTS,
      extraSources: [BUYCRYPTO, GROWMYBAG],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'Binance',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'أعادت Binance فتح السحب بعد «أقل من ساعة»؛ وتعافت معظم الخدمات مع احتمال بقاء بعض التأخير.',
        en: "Binance reopens withdrawals 'less than an hour later'; most services recover, with some delays possibly lingering.",
      },
      source: BUYCRYPTO,
      extraSources: [PYMNTS, GROWMYBAG],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'named_by_company',
    },
    {
      service: 'KuCoin',
      timeUtc: null,
      state: 'partial_outage',
      summary: {
        ar: 'نسبت KuCoin مشكلاتها إلى انقطاع واسع في شبكة خدمات AWS، وقالت إن أموال المستخدمين وبياناتهم آمنة.',
        en: "KuCoin attributes its problems to a 'large-scale network outage with AWS services' and says user funds and data are safe.",
      },
      source: BUYCRYPTO,
      extraSources: [GRAFA],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'MEXC',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'تزامنًا مع انقطاع AWS، ظهرت لدى MEXC رسوم بيانية غير طبيعية للشموع، وفشلت عمليات إلغاء أوامر، وتأخرت تحويلات الأصول؛ وقالت المنصة إن الأموال آمنة ووعدت بخطة تعويض.',
        en: 'Coinciding with the AWS outage, MEXC shows abnormal candlestick charts, failed order cancellations and delayed asset transfers; it says funds are safe and promises a compensation plan.',
      },
      source: BLACKCHAIN,
      extraSources: [BUYCRYPTO],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Gate.io / Coinstore',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'أبلغت Gate.io وCoinstore عن مشكلات تقنية تزامنت مع انقطاع AWS.',
        en: 'Gate.io and Coinstore reported technical problems that coincided with the AWS outage.',
      },
      source: BUYCRYPTO,
      extraSources: [BLACKCHAIN],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Rabby Wallet / DeBank',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'واجهت Rabby Wallet وDeBank اضطرابات مؤقتة تزامنت مع انقطاع AWS؛ ويقول موقع Blackchain إنها استمرت «لساعات»، ويقول موقع Grafa إن DeBank ظلت تعاني تأخيرًا بعد تعافي الآخرين.',
        en: "Rabby Wallet and DeBank had temporary disruptions that coincided with the AWS outage; Blackchain says they lasted 'for hours', and Grafa says DeBank still had delays after others had recovered.",
      },
      source: GROWMYBAG,
      extraSources: [BLACKCHAIN, GRAFA],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Crypto sector (aggregate)',
      timeUtc: '2025-04-15T09:30:00Z',
      state: 'degraded',
      summary: {
        ar: 'حتى الساعة 09:30 UTC، كانت ثماني جهات على الأقل من منصات التداول المركزية ومزوّدي خدمات العملات الرقمية قد أبلغت عن تأثّرها، تزامنًا مع انقطاع AWS.',
        en: 'By 09:30 UTC at least eight centralised exchanges and crypto service providers had reported effects, coinciding with the AWS outage.',
      },
      source: BUYCRYPTO,
      confidence: 'medium',
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
          according: {
            ar: 'قائمة AWS كما نقلها موقع Qiita، وتقارير مستندة إلى Cointelegraph',
            en: "AWS's list as quoted by Qiita, and reports drawing on Cointelegraph",
          },
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
          figure: { ar: '07:40 UTC (16:40 بتوقيت JST)', en: '07:40 UTC (16:40 JST)' },
          according: { ar: 'AWS، كما نقلها موقع Qiita', en: 'AWS, as quoted by Qiita' },
          sources: [QIITA],
        },
        {
          figure: { ar: '08:15 UTC (1:15 صباحًا بتوقيت PDT)', en: '08:15 UTC (1:15 AM PDT)' },
          according: { ar: 'FinancesFeed، الذي يقول إن المشكلة «بدأت» حينها', en: "FinancesFeed, which says the issue 'began' then" },
          sources: [FINANCESFEED],
        },
      ],
      note: {
        ar: 'الساعة 08:15 UTC هي وقت أول إعلان علني لـ AWS لا وقت بداية التأثير؛ لذا يبدأ الخط الزمني من 07:40 UTC.',
        en: "08:15 UTC is when AWS first posted, not when the impact began, so the timeline starts at 07:40 UTC.",
      },
    },
    {
      topic: { ar: 'متى تعافت خدمات العملات الرقمية', en: 'When crypto services recovered' },
      figures: [
        {
          figure: {
            ar: 'عادت معظم الخدمات بحلول 1:50 بعد الظهر UTC (13:50)، باستثناء DeBank',
            en: "Most services restored 'by 1:50 PM UTC' (13:50), except DeBank",
          },
          according: { ar: 'Grafa', en: 'Grafa' },
          sources: [GRAFA],
        },
        {
          figure: {
            ar: 'انتهى تأثير AWS في 08:43 UTC، وأعادت Binance فتح السحب خلال نحو ساعة',
            en: 'AWS impact ended at 08:43 UTC, and Binance reopened withdrawals within about an hour',
          },
          according: { ar: 'AWS كما نقلها موقع Qiita، وتقارير عن Binance', en: 'AWS as quoted by Qiita, and reports on Binance' },
          sources: [QIITA, BUYCRYPTO],
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
  sources: [QIITA, BSON, PYMNTS, BUYCRYPTO, CNI, BLACKCHAIN, GROWMYBAG],
  sourceNotes: {
    ar: 'ينقل موقعا Qiita وb-son (باليابانية) مدخل لوحة AWS Health Dashboard بعنوان «Amazon Elastic Compute Cloud (Tokyo) - April 15, 2025». وتعود التقارير عن أثر الحادثة في العملات الرقمية إلى Cointelegraph وCoinDesk (كما ينقل PYMNTS)، ولا ترد هنا روابط مقالاتهما الأصلية.',
    en: "AWS's Health Dashboard entry 'Amazon Elastic Compute Cloud (Tokyo) - April 15, 2025' is quoted by Qiita and b-son (both in Japanese). Reporting on the crypto impact comes from Cointelegraph and CoinDesk (as cited by PYMNTS); their original articles are not linked here.",
  },
  corrections: [],
  lastUpdated: '2026-11-24',
  inScope: true,
};
