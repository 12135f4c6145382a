// AWS us-east-1, 20 October 2025. Every event, phase and disagreement comes from facts.json version 2
// (id aws-us-east-1-2025-10-20); the sentences are Marsad's own, Arabic first. Times are the facts'.
// Each source's type and publisher come from the facts too (lib/incidents/sources.ts).
import type { IncidentInput } from '../build';

// Primary: AWS itself, and one of its customers.
const PES = 'https://aws.amazon.com/message/101925/';
const HEALTH = 'https://health.aws.amazon.com/health/status';
const CHARGEBEE = 'https://status.chargebee.com/incidents/r93dsnqt3nq3';
// Press.
const TECHSPOT = 'https://www.techspot.com/news/110025-amazon-reveals-single-point-failure-brought-down-aws.html';
const MYNAVI = 'https://news.mynavi.jp/techplus/article/20251021-3571913/';
const DUNYA = 'https://dunyanews.tv/en/Technology/913181-amazon-says-aws-cloud-service-is-back-to-normal-after-outage-disrupts-';
const NEWSX = 'https://www.newsx.com/tech-and-auto/amazons-aws-nears-recovery-after-major-outage-disrupts-apps-services-worldwide-95939/';
const STORYBOARD =
  'https://www.storyboard18.com/how-it-works/aws-outage-amazon-web-services-restores-operations-after-global-internet-outage-disrupts-major-apps-82852.htm';
const IBTIMES = 'https://www.ibtimes.co.uk/back-normal-aws-outage-resolved-after-causing-worldwide-disruption-1749019';
// Analysis.
const WILLISON = 'https://feeds.simonwillison.net/2025/Oct/23/aws-postmortem';
const PANTO = 'https://www.getpanto.ai/blog/aws-outage-2025-retry-storm';
const REKT = 'https://rekt.news/es/we-have-centralization-issue';
// Copies of AWS's summary, and other secondary pages.
const GOKAWIIL = 'https://gokawiil.com/article/192713';
const CHIANG =
  'https://www.ernestchiang.com/en/posts/2025/summary-of-the-amazon-dynamodb-service-disruption-in-the-northern-virginia-us-east-1-region';
const GITHUB_PES =
  'https://github.com/ggalihpp/awesome-incident-postmortem/blob/e5fc1fe083c2d5ddff8cf61a992278f6f109d403/source/aws/2025-10-19-dynamodb-us-east-1-disruption.md';
const TUANNVM =
  'https://docs.tuannvm.com/blog/reading/2025-10-23-summary-of-the-amazon-dynamodb-service-disruption-in-northern-virginia-us-east-1-region';
const REDDIT_MIRROR = 'https://reddit.jaspervandalum.nl/r/aws/comments/1odqsdq/summary_of_the_amazon_dynamodb_service_disruption';
const KURAY =
  'https://kuray.dev/blog/cloud-devops/aws-outage-on-october-20-2025-what-went-wrong-in-us-east-1-and-how-it-affected-key-services-102025';
const LOCALNEWSWAVE = 'https://localnewswave.com/article/1032755947570737152';
const BITCOINFO = 'https://news.bitcoinfo.net/why-did-metamask-present-0-on-ethereum-when-aws-went-offline/';
const ZBATTLE = 'https://zbattle.co/cryptos-decentralized-illusion-shattered-again-by-another-aws-meltdown/?amp=1';
const TROSTISAR = 'https://trostisar.com/archives/3724';
const BTCETHNEWS = 'https://bitcoinethereumnews.com/tech/aws-outage-triggers-zero-balance-glitch-on-base-web3s-fragility-exposed';
const TODAYONCHAIN_METAMASK = 'https://todayonchain.com/news/article/01K86720WBAWBG2A8GMJ7GY4XA/';
const TODAYONCHAIN_COINDESK = 'https://todayonchain.com/news/article/01K84DHQJ6BZ251YFMRZ1EKSGT/';
const COINMELA = 'https://coinmela.com/amazon-web-services-outage-disrupts-major-crypto-platforms-exposing-centralization-flaws';
const WEIXUANERP = 'https://binance.weixuanerp.com/it/square/post/31349464762026';
const BINANCE_BH = 'https://www.binance.bh/en-AE/square/post/31309479193258';
const COINPULSE = 'https://coinpulsehq.com/base-app-outage-error';
const CRYPTONEWSHUB = 'https://thecryptonewshub.com/why-did-metamask-show-0-on-ethereum-when-aws-went-offline';
const BTC_NEWSWIRE = 'https://btc-newswire.com/why-did-metamask-show-0-on-ethereum-when-aws-went-offline/?lcp_page0=8';
const COINSLEAGUE =
  'https://coinsleague.com/2025/10/31/if-web3-is-decentralized-why-do-defi-dapps-still-break-when-the-cloud-goes-down';
const SENTIFIN = 'https://www.sentifin.ai/20251020194608-4b9023f9';
const CRYPTOX = 'https://cryptox.trade/the-aws-outage-shows-why-crypto-cant-keep-relying-on-centralized-infrastructure';
const PAKINOMIST = 'https://pakinomist.com/?p=128328';
const LEVIATHAN = 'https://leviathan.news/atlas/outage';
const GATE_LEARN = 'https://apim.gateapi.io/tr/learn/articles/crypto-infrastructure-is-far-from-perfect/13219';
const MEXC_NEWS = 'https://www.mexc.ge/tr-CT/news/163997';
const MEME_INSIDER = 'https://meme-insider.com/en/article/aws-outage-exposes-crypto-centralization-coinbase-infura-down-impact-on-meme-tokens';
const PARTICLE = 'https://particle.news/story/aws-pins-global-outage-on-dynamodb-dns-race-condition-suspends-automation-worldwide';
const QUITEMAILING = 'https://quitemailingyourself.com/tags/aws/dynamodb/outage';
const READ2EARN = 'https://read2earn.xyz/articles/26192';

const PDT = 'America/Los_Angeles';
const NO_TIME_VERIFIED = { ar: 'لم يُتحقَّق من أي وقت.', en: 'No time has been verified.' };

export const AWS_US_EAST_1_2025_10_20: IncidentInput = {
  slug: 'aws-us-east-1-2025-10-20',
  factsId: 'aws-us-east-1-2025-10-20',
  provider: 'AWS',
  region: 'us-east-1',
  regionName: { ar: 'شمال فرجينيا', en: 'N. Virginia' },
  title: {
    ar: 'انقطاع AWS في منطقة us-east-1 (شمال فرجينيا): خلل في DNS الخاص بـ DynamoDB امتد إلى EC2 وموازنات الأحمال وخدمات كثيرة',
    en: 'AWS us-east-1 (N. Virginia) outage: a DynamoDB DNS failure that spread to EC2, load balancers and many dependent services',
  },
  summary: {
    ar: 'في 20 أكتوبر 2025 أصبح سجل DNS الخاص بعنوان DynamoDB في منطقة us-east-1 لدى AWS فارغًا، فتعذّر على الأنظمة فتح اتصالات جديدة به، وامتد الخلل إلى تشغيل خوادم EC2 ثم إلى موازنات الأحمال الشبكية (NLB). وتزامن مع الانقطاع تعطّل منصات تداول ومزوّدي بنية تحتية ومحافظ، منها Coinbase وInfura وMetaMask وRobinhood، في حين يقول تحليل منشور إن شبكات الطبقة الأولى مثل Bitcoin وEthereum واصلت إنتاج الكتل. ويحدد ملخص AWS بعد الحادثة مدة الحدث من 06:48 إلى 21:20 UTC، واستمرت معالجة بعض المهام المتراكمة حتى اليوم التالي.',
    en: "On 20 October 2025 the DNS record for DynamoDB's regional endpoint in AWS us-east-1 ended up empty, so systems could not open new connections to it, and the failure spread to EC2 instance launches and then to Network Load Balancers. Exchanges, infrastructure providers and wallets failed at the same time, among them Coinbase, Infura, MetaMask and Robinhood, while a published analysis says layer-1 chains such as Bitcoin and Ethereum kept producing blocks. AWS's post-event summary puts the event from 06:48 to 21:20 UTC; some backlogs took until the next day to clear.",
  },
  rootCause: {
    ar: 'حالة تسابق (race condition) كامنة في الإدارة الآلية لسجلات DNS الخاصة بـ DynamoDB: طبّق أحد مكوّنات التنفيذ (DNS Enactor) خطة قديمة بعد أن تأخر، في حين حذفها مكوّن تنفيذ آخر أثناء التنظيف، فبقي سجل dynamodb.us-east-1.amazonaws.com فارغًا ولم تستطع الأتمتة إصلاحه، واحتاج الأمر إلى تدخّل يدوي من المهندسين. وبعد ذلك انتهت صلاحية عقود الإيجار (leases) في نظام DropletWorkflow Manager الخاص بـ EC2 واختنق النظام أثناء محاولة التعافي، فتعذّر تشغيل خوادم جديدة وتأخر نشر حالة الشبكة، ما أدى إلى فشل فحوص السلامة في موازنات الأحمال الشبكية (NLB). أوقفت AWS أتمتة DNS Planner وDNS Enactor الخاصة بـ DynamoDB في جميع أنحاء العالم إلى حين إصلاحها.',
    en: "A latent race condition in DynamoDB's automated DNS management: a delayed DNS Enactor applied an old plan while another Enactor's clean-up deleted that plan, leaving the DNS record for dynamodb.us-east-1.amazonaws.com empty; the automation could not repair it and engineers had to step in by hand. Knock-on effects: leases in EC2's DropletWorkflow Manager expired and its recovery congested, so new instances failed to launch and network state spread slowly, which in turn made Network Load Balancer health checks fail. AWS switched off the DynamoDB DNS Planner and Enactor automation worldwide until fixes are in place.",
  },
  rootCauseConfidence: 'high',
  rootCauseSources: [PES, GOKAWIIL, WILLISON, TECHSPOT],
  phase: 'resolved',
  startUtc: '2025-10-20T06:48:00Z',
  endUtc: '2025-10-20T21:20:00Z',
  endNote: {
    ar: 'يحدد ملخص AWS بعد الحادثة المدة من 06:48 إلى 21:20 UTC (من 11:48 مساء 19 أكتوبر إلى 2:20 بعد ظهر 20 أكتوبر بتوقيت المحيط الهادئ). وقالت لوحة AWS Health Dashboard إن جميع الخدمات عادت إلى العمل الطبيعي بحلول 22:01 UTC، مع استمرار معالجة مهام متراكمة (مثل Redshift وConfig وConnect)؛ وتعافت Redshift بالكامل يوم 21 أكتوبر الساعة 11:05 UTC.',
    en: "AWS's post-event summary gives 06:48 to 21:20 UTC (11:48 PM on 19 October to 2:20 PM on 20 October, Pacific time). The AWS Health Dashboard said all services had returned to normal operations by 22:01 UTC, with backlogs (for example Redshift, Config and Connect) still being processed; Redshift fully recovered on 21 October at 11:05 UTC.",
  },
  endBounds: {
    earliestUtc: '2025-10-20T21:20:00Z',
    latestUtc: '2025-10-20T22:01:00Z',
    note: {
      ar: 'الساعة 21:20 UTC نهاية الحدث بحسب ملخص AWS، والساعة 22:01 UTC عودة جميع الخدمات بحسب لوحة AWS Health Dashboard. أما المهام المتراكمة حتى 21 أكتوبر فتُعرض مرحلةً مستقلة.',
      en: "21:20 UTC is the end of the event per AWS's summary; 22:01 UTC is when the AWS Health Dashboard said all services were back. Backlogs that ran into 21 October are shown as a separate phase.",
    },
  },
  durationNote: {
    ar: 'نحو 14 ساعة و32 دقيقة بحسب أوقات AWS نفسها (06:48–21:20 UTC). وتقول تقارير إخبارية «نحو 15 ساعة»، وينقل Simon Willison رقم 14.5 ساعة، وتقول TechSpot إن التعافي الكامل استغرق «نحو 16 ساعة». وتقصر المدة إذا حُسبت من أول إعلان علني لـ AWS (07:11 UTC)، وتطول إذا حُسبت حتى انتهاء آخر المهام المتراكمة (Redshift، يوم 21 أكتوبر الساعة 11:05 UTC).',
    en: "About 14 h 32 min by AWS's own times (06:48–21:20 UTC). News reports say 'about 15 hours', Simon Willison gives 14.5 hours and TechSpot 'roughly 16 hours' to full recovery. Counted from AWS's first public post (07:11 UTC) it is shorter; counted to the last backlog (Redshift, 21 October at 11:05 UTC) it is longer.",
  },
  phases: [
    {
      label: { ar: 'أخطاء في واجهة DynamoDB وتعذّر تحليل عنوانها عبر DNS', en: 'DynamoDB API errors and DNS resolution failure' },
      startUtc: '2025-10-20T06:48:00Z',
      endUtc: '2025-10-20T09:40:00Z',
      providerLocalTime: '11:48 PM PDT Oct 19 - 2:40 AM PDT Oct 20',
      providerTimeZone: PDT,
      note: {
        ar: 'أُعيدت سجلات DNS في 09:25 UTC، ولحقت نسخ الجداول العالمية (global tables) بما فاتها في 09:32 UTC، وتعافى العملاء مع انتهاء صلاحية ذاكرة DNS المؤقتة بحلول 09:40 UTC.',
        en: 'DNS records were restored at 09:25 UTC; global-table replicas caught up at 09:32 UTC; clients recovered as DNS caches expired, by 09:40 UTC.',
      },
      sources: [PES, GOKAWIIL, PANTO, GITHUB_PES],
      confidence: 'high',
    },
    {
      label: {
        ar: 'أخطاء في واجهة EC2 وتعثّر تشغيل الخوادم ومشكلات اتصال الخوادم الجديدة',
        en: 'EC2 API errors, launch failures and connectivity problems of new instances',
      },
      startUtc: '2025-10-20T06:48:00Z',
      endUtc: '2025-10-20T20:50:00Z',
      providerLocalTime: '11:48 PM PDT Oct 19 - 1:50 PM PDT Oct 20',
      providerTimeZone: PDT,
      note: {
        ar: 'يقول ملخص AWS نفسه إن تشغيل خوادم EC2 الجديدة فشل بين 09:25 و17:36 UTC، ثم نجح من جديد ابتداءً من 17:37 UTC، وإن مشكلات اتصال الخوادم التي شُغّلت حديثًا حُلّت بحلول 20:50 UTC.',
        en: "AWS's own summary says new EC2 launches failed from 09:25 to 17:36 UTC, succeeded again from 17:37 UTC, and that connectivity problems of newly launched instances were resolved by 20:50 UTC.",
      },
      sources: [PES, GOKAWIIL],
      confidence: 'high',
    },
    {
      label: {
        ar: 'فشل فحوص السلامة في موازنات الأحمال الشبكية (NLB) وأخطاء في الاتصال',
        en: 'Network Load Balancer health-check failures and connection errors',
      },
      startUtc: '2025-10-20T12:30:00Z',
      endUtc: '2025-10-20T21:09:00Z',
      providerLocalTime: '5:30 AM - 2:09 PM PDT Oct 20',
      providerTimeZone: PDT,
      note: {
        ar: 'تأخر نشر حالة الشبكة للخوادم الجديدة ففشلت فحوص السلامة في أسطول NLB؛ واستقر الوضع بعد أن أوقفت AWS التحويل التلقائي الذي تُجريه NLB عند فشل هذه الفحوص.',
        en: 'Network state for new instances lagged, so health checks failed across the NLB fleet; things stabilised after AWS turned off automatic health-check failover.',
      },
      sources: [PES, GOKAWIIL, TUANNVM],
      confidence: 'high',
    },
    {
      label: { ar: 'نهاية الحدث بحسب ملخص AWS بعد الحادثة', en: "End of the event per AWS's post-event summary" },
      startUtc: null,
      endUtc: '2025-10-20T21:20:00Z',
      providerLocalTime: '2:20 PM PDT Oct 20',
      providerTimeZone: PDT,
      sources: [PES, GOKAWIIL, CHIANG],
      confidence: 'high',
    },
    {
      label: {
        ar: 'لوحة AWS Health Dashboard: عودة جميع الخدمات إلى العمل الطبيعي (مع استمرار معالجة المهام المتراكمة)',
        en: 'AWS Health Dashboard: all services back to normal operations (backlogs still clearing)',
      },
      startUtc: null,
      endUtc: '2025-10-20T22:01:00Z',
      providerLocalTime: '3:01 PM PDT Oct 20 (final update posted ~3:53 PM PDT)',
      providerTimeZone: PDT,
      note: {
        ar: 'نُشر التحديث الأخير نحو 22:53 UTC. وكانت بيانات مرصد تذكر قرابة 22:00 UTC وقتًا تقريبيًا، ثم صُحّح إلى 22:01 UTC. أما وقت «01:01 UTC يوم 21 أكتوبر» الذي ذكرته صفحة تحليل أخرى فخطأ في تحويل المنطقة الزمنية، وقد حُذف.',
        en: "The final update was posted at about 22:53 UTC. Marsad's data said about 22:00 UTC, approximate; it is corrected to 22:01 UTC. The '01:01 UTC on 21 October' another analysis page gave is a time-zone conversion error and has been dropped.",
      },
      sources: [HEALTH, STORYBOARD, IBTIMES, MYNAVI],
      confidence: 'high',
    },
    {
      label: { ar: 'عودة جميع عناقيد Redshift إلى العمل بالكامل', en: 'Redshift cluster availability fully restored' },
      startUtc: null,
      endUtc: '2025-10-21T11:05:00Z',
      providerLocalTime: '4:05 AM PDT Oct 21',
      providerTimeZone: PDT,
      note: {
        ar: 'يرد هذا في ملخص AWS بحسب ملخّصين مستقلين له، ولم تُقرأ جملة AWS نفسها حرفيًا.',
        en: "Stated in AWS's summary according to two independent summaries of it; AWS's own sentence was not read verbatim.",
      },
      sources: [TUANNVM, GITHUB_PES],
      confidence: 'low',
    },
  ],
  events: [
    {
      service: 'AWS',
      timeUtc: '2025-10-20T06:48:00Z',
      state: 'major_outage',
      summary: {
        ar: 'ارتفعت معدلات الأخطاء في واجهة DynamoDB في us-east-1: صار عنوانها الإقليمي dynamodb.us-east-1.amazonaws.com يُحلَّل إلى سجل DNS فارغ، فلم يعد العملاء ولا خدمات AWS نفسها قادرين على فتح اتصالات جديدة. ويعدّ ملخص AWS بعد الحادثة هذه اللحظة بداية الحدث، ورصدت Chargebee، وهي من عملاء AWS، أخطاء منذ الوقت نفسه.',
        en: "DynamoDB API error rates rise in us-east-1: its regional endpoint dynamodb.us-east-1.amazonaws.com resolves to an empty DNS record, so neither customers nor AWS's own services can open new connections. AWS's post-event summary marks this as the start of the event, and Chargebee, an AWS customer, saw errors from the same time.",
      },
      source: PES,
      extraSources: [GOKAWIIL, TECHSPOT, CHARGEBEE],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T07:11:00Z',
      state: 'major_outage',
      summary: {
        ar: 'أول إعلان على لوحة AWS Health Dashboard: تحقق AWS في ارتفاع معدلات الأخطاء وزمن الاستجابة في عدة خدمات في us-east-1. وبعد 40 دقيقة أكّدت AWS ارتفاع الأخطاء، ونبّهت إلى أن فتح طلبات الدعم قد يتأثر.',
        en: 'First post on the AWS Health Dashboard: AWS is investigating increased error rates and latencies for several services in us-east-1. Forty minutes later AWS confirmed the elevated errors and warned that opening support cases might be affected.',
      },
      source: HEALTH,
      extraSources: [MYNAVI, KURAY, LOCALNEWSWAVE],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T07:38:00Z',
      timeNote: {
        ar: 'قُرئت جملة ملخص AWS حرفيًا في ملف نشرة عامة لم يُعرف مستودعه؛ ويذكر getpanto.ai الوقت نفسه تقريبًا.',
        en: "AWS's sentence was read verbatim in a public newsletter file whose repository could not be identified; getpanto.ai gives about the same time.",
      },
      state: 'major_outage',
      summary: {
        ar: 'بحلول هذا الوقت كان مهندسو AWS قد حدّدوا أن مصدر الانقطاع هو حالة DNS الخاصة بـ DynamoDB، بحسب ملخص AWS بعد الحادثة.',
        en: "By this time AWS engineers had identified DynamoDB's DNS state as the source of the outage, according to AWS's post-event summary.",
      },
      source: PES,
      extraSources: [PANTO],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T08:15:00Z',
      timeNote: {
        ar: 'الوقت من خط زمني نشرته شركة على مدونتها استنادًا إلى ملخص AWS، ومن تحويل للملخص يعيد صياغته؛ ولم تُقرأ جملة AWS نفسها حرفيًا.',
        en: "The time comes from a company blog's timeline built on AWS's summary and from a paraphrased conversion of it; AWS's own sentence was not read verbatim.",
      },
      state: 'major_outage',
      summary: {
        ar: 'أتاحت إجراءات مؤقتة لبعض خدمات AWS الداخلية الوصول إلى DynamoDB من جديد، وأعادت أدوات داخلية أساسية إلى العمل؛ أما سجل DNS الذي يستخدمه العملاء فبقي معطّلًا.',
        en: 'Temporary mitigations let some internal AWS services reach DynamoDB again and restore key internal tooling; the DNS record customers use was still broken.',
      },
      source: PANTO,
      extraSources: [GITHUB_PES],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T09:25:00Z',
      state: 'partial_outage',
      summary: {
        ar: 'أُعيدت جميع معلومات DNS الخاصة بـ DynamoDB، ولحقت نسخ الجداول العالمية بما فاتها بعد 7 دقائق. لكن تشغيل خوادم EC2 الجديدة ظل يفشل. (صياغة لوحة الحالة وقتها وضعت إصلاح DNS قبل ذلك بدقيقة.)',
        en: "All of DynamoDB's DNS information is restored, and global-table replicas catch up seven minutes later. New EC2 instance launches keep failing. (The status dashboard's wording at the time put the DNS fix one minute earlier.)",
      },
      source: PES,
      extraSources: [GOKAWIIL, PANTO, MYNAVI, GITHUB_PES],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T09:40:00Z',
      state: 'partial_outage',
      summary: {
        ar: 'انتهت فترة تأثّر DynamoDB بحسب ملخص AWS، وعاد العملاء إلى الاتصال بها مع انتهاء صلاحية سجلات DNS المخزّنة مؤقتًا. وظل تشغيل خوادم EC2 الجديدة يفشل.',
        en: "The DynamoDB impact period ends, per AWS's summary; clients reconnect as cached DNS records expire. New EC2 launches are still failing.",
      },
      source: PES,
      extraSources: [GOKAWIIL, PANTO],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T10:35:00Z',
      state: 'partial_outage',
      summary: {
        ar: 'أعلنت AWS على لوحة الحالة أن مشكلة DNS الأساسية «عولجت بالكامل» وأن معظم عمليات خدماتها تنجح بشكل طبيعي، في حين استمر فشل تشغيل خوادم EC2 والمهام المتراكمة.',
        en: "AWS says on its status dashboard that the underlying DNS issue is 'fully mitigated' and that most of its service operations succeed normally; EC2 launch failures and backlogs continue.",
      },
      source: HEALTH,
      extraSources: [MYNAVI, NEWSX, BITCOINFO],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T12:30:00Z',
      state: 'partial_outage',
      summary: {
        ar: 'موجة ثانية: فشلت فحوص السلامة في موازنات الأحمال الشبكية (NLB)، فارتفعت أخطاء الاتصال في بعضها وفي خدمات AWS التي تعتمد عليها، حتى 21:09 UTC بحسب ملخص AWS.',
        en: "Second wave: Network Load Balancer health checks fail, raising connection errors for some NLBs and the AWS services that use them, until 21:09 UTC per AWS's summary.",
      },
      source: PES,
      extraSources: [GOKAWIIL, CHIANG],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T17:37:00Z',
      state: 'degraded',
      summary: {
        ar: 'بدأ تشغيل خوادم EC2 الجديدة ينجح من جديد، مع بقاء مشكلات اتصال في بعض الخوادم التي شُغّلت حديثًا، واستمرار أخطاء NLB.',
        en: 'New EC2 instance launches begin to succeed again; some newly launched instances still have connectivity problems, and NLB errors continue.',
      },
      source: PES,
      extraSources: [GOKAWIIL],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T20:50:00Z',
      state: 'degraded',
      summary: {
        ar: 'تعافت خدمة EC2 بالكامل: حُلّت مشكلات اتصال الخوادم التي شُغّلت حديثًا.',
        en: 'EC2 has fully recovered: the connectivity problems of newly launched instances are resolved.',
      },
      source: PES,
      extraSources: [GOKAWIIL, TUANNVM],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T21:09:00Z',
      state: 'degraded',
      summary: {
        ar: 'انتهت فترة أخطاء الاتصال في موازنات الأحمال الشبكية (NLB).',
        en: 'The Network Load Balancer connection-error period ends.',
      },
      source: PES,
      extraSources: [GOKAWIIL, TUANNVM],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T21:20:00Z',
      state: 'resolved',
      summary: {
        ar: 'انتهى الحدث بحسب ملخص AWS بعد الحادثة، مع استمرار بعض الخدمات، مثل Redshift وConfig وConnect، في معالجة المهام المتراكمة.',
        en: "The event ends, per AWS's post-event summary; some services, such as Redshift, Config and Connect, are still working through backlogs.",
      },
      source: PES,
      extraSources: [GOKAWIIL, CHIANG, WILLISON],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T22:01:00Z',
      timeNote: {
        ar: 'تقول الصحافة «نحو 3 بعد الظهر بتوقيت المحيط الهادئ (22:00 UTC)» و«6 مساءً بتوقيت شرق الولايات المتحدة»؛ ويرد الوقت الدقيق في مدونات تنقل لوحة الحالة، وتؤرّخ Mynavi TECH+ الإعلان الأخير بالساعة 22:53 UTC.',
        en: "The press gives 'around 3 p.m. PT (2200 GMT)' and '6 p.m. Eastern'; the exact time appears in blogs quoting the dashboard, and Mynavi TECH+ dates the final announcement 22:53 UTC.",
      },
      state: 'resolved',
      summary: {
        ar: 'أعلنت لوحة AWS Health Dashboard أن «جميع خدمات AWS عادت إلى العمل الطبيعي»، مع استمرار بعض الخدمات، مثل AWS Config وRedshift وConnect، في معالجة المهام المتراكمة.',
        en: "The AWS Health Dashboard says 'all AWS services returned to normal operations'; some services, such as AWS Config, Redshift and Connect, are still processing backlogs.",
      },
      source: HEALTH,
      extraSources: [STORYBOARD, IBTIMES, MYNAVI, DUNYA],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'Infura (ConsenSys)',
      timeUtc: '2025-10-20T07:11:00Z',
      timeApproximate: true,
      timeNote: {
        ar: 'وقت تقريبي يربطه Rekt News بأول إعلان علني لـ AWS؛ ولم يُعثر على أوقات صفحة حالة Infura نفسها.',
        en: "Approximate: Rekt News ties it to AWS's first public notice; the times on Infura's own status page were not found.",
      },
      state: 'major_outage',
      summary: {
        ar: 'أظهرت صفحة حالة Infura انقطاعًا في واجهة JSON-RPC لشبكة Ethereum الرئيسية وفي نقاط اتصالها لشبكات Polygon وOptimism وArbitrum وLinea وBase وScroll، تزامنًا مع عطل DNS لدى AWS.',
        en: "Infura's status page shows outages for its Ethereum mainnet JSON-RPC API and its Polygon, Optimism, Arbitrum, Linea, Base and Scroll endpoints, coinciding with the AWS DNS failure.",
      },
      source: REKT,
      extraSources: [ZBATTLE],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Infura (ConsenSys)',
      timeUtc: null,
      timeNote: {
        ar: 'لا تذكر المصادر وقتًا؛ ولا تنقل هذا التحديث إلا نسخ أُعيد نشرها.',
        en: 'The sources give no time; only republished copies quote this update.',
      },
      state: 'major_outage',
      summary: {
        ar: 'تنقل نسخ أُعيد نشرها تحديثًا من Infura يقول إن المشكلة عادت بسبب انقطاع AWS المستمر، وإنها تؤثر في عدة واجهات JSON-RPC للشبكات الرئيسية (Ethereum وPolygon وOptimism وArbitrum وLinea وBase وScroll). توحي الصياغة بموجة ثانية، ربما مرحلة موازنات الأحمال التي بدأت 12:30 UTC، لكن هذا الربط غير مُتحقَّق منه.',
        en: 'Republished copies quote an Infura update saying the issue had recurred because of the ongoing AWS outage, affecting several of its mainnet JSON-RPC APIs (Ethereum, Polygon, Optimism, Arbitrum, Linea, Base, Scroll). The wording suggests a second wave, possibly the load-balancer phase from 12:30 UTC; that link is not verified.',
      },
      source: TROSTISAR,
      extraSources: [BTCETHNEWS, ZBATTLE],
      confidence: 'low',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'MetaMask',
      timeUtc: null,
      timeNote: { ar: 'لا وقت في المصادر؛ خلال فترة تعطّل Infura.', en: 'No time in the sources; during the Infura impairment.' },
      state: 'degraded',
      summary: {
        ar: 'فقد مستخدمو MetaMask الوصول إلى شبكة Ethereum وشبكات الطبقة الثانية، ورأى كثيرون منهم أرصدة صفرية، تزامنًا مع تعطّل Infura؛ إذ يقرأ MetaMask البيانات عبر Infura افتراضيًا. ولم تتأثر الأموال على الشبكة نفسها.',
        en: 'MetaMask users lose access to Ethereum and layer-2 networks and many see zero balances, coinciding with the Infura impairment; MetaMask reads through Infura by default. Funds on the chain itself were not affected.',
      },
      source: REKT,
      extraSources: [BITCOINFO, TODAYONCHAIN_METAMASK, COINMELA],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: null,
      timeNote: {
        ar: 'لم يُعثر على أوقات صفحة حالة Coinbase (status.coinbase.com) ليوم 20 أكتوبر 2025. ويضع منشور أُعيد نشره بداية شكاوى Downdetector نحو 08:00 بتوقيت المملكة المتحدة (07:00 UTC).',
        en: "Coinbase's status-page (status.coinbase.com) times for 20 October 2025 were not found. A republished post puts the start of Downdetector complaints around 08:00 UK time (07:00 UTC).",
      },
      state: 'major_outage',
      summary: {
        ar: 'يقول تقرير لـ CoinDesk، قُرئ في نسخة أُعيد نشرها، إن منصة التداول لدى Coinbase وشبكة Base من الطبقة الثانية «تعطّلتا معًا»؛ ويقول تقرير لـ CryptoSlate، قُرئ كذلك في نسخة، إن Coinbase فتحت حادثة على صفحة حالتها بعنوان «انقطاع AWS يؤثر في عدة تطبيقات وخدمات». ولم يتمكن المستخدمون من تسجيل الدخول أو التداول أو التحويل.',
        en: "A CoinDesk report, read in a republished copy, says Coinbase's trading platform and its Base layer-2 network 'both went down'; a CryptoSlate report, also read in a copy, says Coinbase opened a status-page incident titled 'AWS outage impacting multiple apps and services'. Users could not log in, trade or transfer.",
      },
      source: ZBATTLE,
      extraSources: [REKT, BITCOINFO, TODAYONCHAIN_COINDESK, WEIXUANERP],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: null,
      timeNote: { ar: 'لا تذكر المصادر وقتًا.', en: 'The sources give no time.' },
      state: 'degraded',
      summary: {
        ar: 'يذكر تقرير أُعيد نشره، دون تسمية وسيلته الأصلية، أن Coinbase واجهت صعوبة في إعادة جميع خدماتها، وأن كثيرًا من المستخدمين ظلوا عاجزين عن التداول أو التحويل بعد وقت طويل من بداية التعطل، في حين كانت Robinhood قد عادت إلى العمل الطبيعي.',
        en: 'A republished report, which does not name its original outlet, says Coinbase struggled to restore all its services and many users still could not trade or transfer long after the first disruption, while Robinhood had already returned to normal.',
      },
      source: COINMELA,
      extraSources: [BINANCE_BH],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Base (Coinbase L2)',
      timeUtc: null,
      timeNote: NO_TIME_VERIFIED,
      state: 'degraded',
      summary: {
        ar: 'تقول تقارير أُعيد نشرها إن تطبيق Base أظهر خللًا في العرض («رصيد صفري») وتعذّر الوصول إلى بعض خدماته مؤقتًا، تزامنًا مع انقطاع AWS، وإن المشروع ربط الخلل بـ«اختبارات»، وإن أي أموال لم تُفقد؛ ويذكر تقرير آخر تأخرًا وأخطاء في المزامنة.',
        en: "Republished reports say the Base app showed a 'zero balance' display glitch and some services were briefly unreachable, coinciding with the AWS outage, that the project linked the glitch to 'testing', and that no funds were lost; another reports latency and synchronisation errors.",
      },
      source: BTCETHNEWS,
      extraSources: [TROSTISAR, COINPULSE, COINMELA],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Base (Coinbase L2)',
      timeUtc: null,
      state: 'operational',
      summary: {
        ar: 'تقول نسخ أُعيد نشرها من مقال لـ CryptoSlate إن النشاط على شبكة Base نفسها بقي مستقرًا إلى حد بعيد: نحو 10.9 مليون معاملة يوم 20 أكتوبر مقابل 10.74 مليون يوم 21 أكتوبر، وحجم تداول في المنصات اللامركزية (DEX) بلغ 1.36 مليار دولار و1.48 مليار دولار. وإن صحّت الأرقام فهي تشير إلى مشكلات في التطبيقات ونقاط الاتصال (RPC) لا إلى توقّف إنتاج الكتل.',
        en: 'Republished copies of a CryptoSlate article say activity on the Base chain itself stayed broadly steady: about 10.9 million transactions on 20 October against 10.74 million on 21 October, and DEX volume of $1.36 billion and $1.48 billion. If the figures hold, they point to problems in apps and RPC access rather than a halt of the chain.',
      },
      source: CRYPTONEWSHUB,
      extraSources: [BTC_NEWSWIRE],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'none',
    },
    {
      service: 'Robinhood',
      timeUtc: null,
      timeNote: {
        ar: 'لم يُتحقَّق من أي وقت، ولم يُعثر على بيانات Robinhood نفسها.',
        en: "No time has been verified, and Robinhood's own statements were not found.",
      },
      state: 'degraded',
      summary: {
        ar: 'تعثّرت Robinhood، بما فيها خدمة العملات الرقمية لديها، تزامنًا مع انقطاع AWS؛ ويذكر تقرير أُعيد نشره أنها عادت إلى العمل الطبيعي قبل Coinbase.',
        en: 'Robinhood, including its crypto service, stuttered at the same time as the AWS outage; a republished report says it returned to normal before Coinbase did.',
      },
      source: REKT,
      extraSources: [ZBATTLE, COINMELA, LOCALNEWSWAVE],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Alchemy',
      timeUtc: null,
      timeNote: { ar: 'لم يُعثر على حادثة على صفحة حالة Alchemy.', en: "No incident was found on Alchemy's status page." },
      state: 'degraded',
      summary: {
        ar: 'يقول مقال رأي أُعيد نشره إن Infura وAlchemy نشرتا ملاحظات عن حوادث مرتبطة بـ AWS، تزامنًا مع الانقطاع.',
        en: 'A republished opinion piece says Infura and Alchemy both posted incident notes related to AWS at the time of the outage.',
      },
      source: COINSLEAGUE,
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'OpenSea',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'يذكر تقرير أُعيد نشره أن المدير التقني لـ OpenSea أقرّ باستمرار اضطراب مصدره مزوّدون تعتمد عليهم المنصة: معدلات أخطاء مرتفعة وتجربة استخدام سيئة مع أن الموقع بدا يعمل، تزامنًا مع انقطاع AWS.',
        en: "A republished report says OpenSea's CTO acknowledged continuing disruption from upstream providers, with elevated error rates and a poor experience although the site appeared to be up, coinciding with the AWS outage.",
      },
      source: COINMELA,
      extraSources: [SENTIFIN],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Crypto.com',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'يذكر تقرير أُعيد نشره أن مستخدمي Crypto.com لم يتمكنوا من التداول أو تحويل الأصول، تزامنًا مع انقطاع AWS.',
        en: 'A republished report says Crypto.com users were locked out of trading and transferring assets, coinciding with the AWS outage.',
      },
      source: BTCETHNEWS,
      extraSources: [TROSTISAR],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'CoinMarketCap',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'يدرج مقال رأي أُعيد نشره CoinMarketCap ضمن الخدمات التي تعطّلت بشدة يوم 20 أكتوبر، تزامنًا مع انقطاع AWS.',
        en: 'A republished opinion piece lists CoinMarketCap among the services badly hit on 20 October, coinciding with the AWS outage.',
      },
      source: CRYPTOX,
      extraSources: [PAKINOMIST],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Polygon PoS / Arbitrum One / OP Mainnet / Linea / Scroll',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'تعطّل الوصول إلى هذه الشبكات عبر نقاط اتصال Infura (RPC)، تزامنًا مع انقطاع AWS، ولا يوجد دليل مُتحقَّق منه على توقّف إنتاج الكتل في أي منها؛ إذ يذكر Rekt News أن المدققين (validators) واصلوا عملهم وأن الكتل استمر إنتاجها. ويدّعي مقال رأي أُعيد نشره أن المُرتِّب (sequencer) في «عدة شبكات rollup» توقف حتى تدخّل أحد يدويًا، دون أن يسمّيها؛ وهذا ادعاء غير مُتحقَّق منه.',
        en: "Access to these networks through Infura's RPC was disrupted, coinciding with the AWS outage; there is no verified evidence that any of the chains halted, and Rekt News reports that validators kept validating and blocks kept being produced. A republished opinion piece claims that 'several rollups' saw their sequencers stall until someone stepped in by hand, without naming them; this is not verified.",
      },
      source: REKT,
      extraSources: [ZBATTLE, COINSLEAGUE],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Ethereum L1',
      timeUtc: null,
      state: 'operational',
      summary: {
        ar: 'واصلت شبكة Ethereum إنتاج الكتل؛ وكانت الأعطال في طبقات الوصول إليها (نقاط الاتصال RPC والمحافظ ومنصات التداول).',
        en: 'Ethereum kept producing blocks; the failures were in the layers people use to reach it (RPC providers, wallets, exchanges).',
      },
      source: REKT,
      extraSources: [TODAYONCHAIN_COINDESK],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'none',
    },
    {
      service: 'Bitcoin L1',
      timeUtc: null,
      state: 'operational',
      summary: {
        ar: 'استمرت شبكة Bitcoin في العمل دون اضطراب، بحسب Rekt News.',
        en: 'Bitcoin kept running undisturbed, according to Rekt News.',
      },
      source: REKT,
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'none',
    },
    {
      service: 'Solana L1',
      timeUtc: null,
      state: 'operational',
      summary: {
        ar: 'يلخّص مصدر ثانوي (Leviathan News) متتبّعًا لتحليلات ما بعد الحادثة يصف شبكات الطبقة الأولى مثل Solana بأنها الأقل اعتمادًا على AWS. لكن المصادر تتعارض: فقد أدرج مقال واسع الانتشار (YQ) «Solana» ضمن المنصات التي توقفت، والأرجح أن المقصود خدمات مرتبطة بـ Solana لا الشبكة نفسها.',
        en: "A secondary source, Leviathan News, summarises a post-mortem tracker that describes layer-1 chains such as Solana as the least dependent on AWS. Sources conflict: a widely republished essay by YQ listed 'Solana' among platforms taken down, which most likely meant services around Solana rather than the chain itself.",
      },
      source: LEVIATHAN,
      extraSources: [GATE_LEARN],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'none',
    },
    {
      service: 'Ethereum nodes (claim)',
      timeUtc: null,
      state: 'unknown',
      claimOnly: true,
      summary: {
        ar: 'ادعاء غير مُتحقَّق منه: تداولت منشورات بعد الانقطاع أن نحو 37% من عُقد شبكة Ethereum الرئيسية خرجت عن الخدمة. لكن الصفحات التي قرأناها تذكر 37% بوصفها حصة عُقد Ethereum المستضافة على AWS (2,371 عقدة من أصل 6,408)، لا العُقد التي توقفت.',
        en: 'Claimed, not verified: posts after the outage said about 37% of Ethereum mainnet nodes were knocked out. The pages we read give 37% as the share of Ethereum nodes hosted on AWS (2,371 out of 6,408), not of nodes that went offline.',
      },
      source: MEXC_NEWS,
      extraSources: [MEME_INSIDER],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'none',
    },
  ],
  scale: {
    summary: {
      ar: 'تختلف أرقام Downdetector (التابعة لـ Ookla) بحسب المصدر وتوقيت العدّ: تذكر TechSpot «أكثر من 17 مليون» بلاغ من المستخدمين من 60 دولة، منها أكثر من 6 ملايين من الولايات المتحدة وحدها؛ ويذكر Particle «أكثر من 16 مليون» بلاغ عن أكثر من 2000 خدمة في أكثر من 60 دولة.',
      en: "Downdetector (Ookla) counts differ by source and by when they were taken: TechSpot gives 'more than 17 million' user reports from 60 countries, over 6 million of them from the United States alone; Particle gives 'over 16 million' reports across more than 2,000 services in over 60 countries.",
    },
    sources: [TECHSPOT, PARTICLE],
    confidence: 'medium',
  },
  disagreements: [
    {
      topic: { ar: 'وقت البداية', en: 'Start time' },
      figures: [
        {
          figure: { ar: '06:48 UTC', en: '06:48 UTC' },
          according: { ar: 'ملخص AWS بعد الحادثة', en: "AWS's post-event summary" },
          sources: [PES],
        },
        {
          figure: { ar: '06:49 UTC', en: '06:49 UTC' },
          according: { ar: 'ملخص لوحة AWS Health Dashboard في اليوم نفسه', en: "The AWS Health Dashboard's same-day summary" },
          sources: [HEALTH],
        },
        {
          figure: { ar: '07:11 UTC', en: '07:11 UTC' },
          according: {
            ar: 'أول إعلان علني لـ AWS، وهو ما تعتمده معظم الأخبار بدايةً',
            en: "AWS's first public post, which most news reports use as the start",
          },
          sources: [HEALTH, MYNAVI],
        },
        {
          figure: { ar: 'من 06:46 إلى 06:48 UTC', en: '06:46–06:48 UTC' },
          according: { ar: 'صفحة حالة Chargebee، وهي من عملاء AWS', en: "Chargebee's status page (an AWS customer)" },
          sources: [CHARGEBEE],
        },
      ],
      note: {
        ar: 'يبدأ الخط الزمني في مرصد من 06:48 UTC بحسب رواية AWS نفسها، ويظهر إعلان 07:11 حدثًا مستقلًا.',
        en: "Marsad's timeline starts at 06:48 UTC, AWS's own account; the 07:11 post appears as an event of its own.",
      },
    },
    {
      topic: { ar: 'وقت إصلاح DNS', en: 'When DNS was fixed' },
      figures: [
        {
          figure: { ar: '09:25 UTC', en: '09:25 UTC' },
          according: { ar: 'ملخص AWS بعد الحادثة', en: "AWS's post-event summary" },
          sources: [PES],
        },
        {
          figure: { ar: '09:24 UTC', en: '09:24 UTC' },
          according: { ar: 'صياغة لوحة الحالة وقتها، كما نقلتها Mynavi TECH+ ومدونات', en: "The dashboard's wording at the time, as quoted by Mynavi TECH+ and blogs" },
          sources: [MYNAVI],
        },
      ],
    },
    {
      topic: { ar: 'وقت النهاية والمدة', en: 'End time and duration' },
      figures: [
        {
          figure: { ar: '21:20 UTC (انتهاء الحدث)', en: '21:20 UTC (event ended)' },
          according: { ar: 'ملخص AWS بعد الحادثة', en: "AWS's post-event summary" },
          sources: [PES],
        },
        {
          figure: { ar: '22:01 UTC (عودة جميع الخدمات)', en: '22:01 UTC (all services back)' },
          according: { ar: 'لوحة AWS Health Dashboard، ونُشر تحديثها الأخير نحو 22:53 UTC', en: 'The AWS Health Dashboard; its final update was posted at about 22:53 UTC' },
          sources: [HEALTH, STORYBOARD, IBTIMES],
        },
        {
          figure: { ar: '21 أكتوبر، 11:05 UTC (انتهاء المهام المتراكمة في Redshift)', en: '21 October, 11:05 UTC (Redshift backlog cleared)' },
          according: { ar: 'ملخص AWS، بحسب ملخّصين له', en: "AWS's summary, according to two summaries of it" },
          sources: [TUANNVM, GITHUB_PES],
        },
        {
          figure: { ar: '«نحو 15 ساعة»', en: "'About 15 hours'" },
          according: { ar: 'تقارير إخبارية', en: 'News reports' },
          sources: [],
        },
        {
          figure: { ar: '14.5 ساعة', en: '14.5 hours' },
          according: { ar: 'Simon Willison', en: 'Simon Willison' },
          sources: [WILLISON],
        },
        {
          figure: { ar: '«نحو 16 ساعة» حتى التعافي الكامل', en: "'Roughly 16 hours' to full recovery" },
          according: { ar: 'TechSpot', en: 'TechSpot' },
          sources: [TECHSPOT],
        },
      ],
    },
    {
      topic: { ar: 'السبب', en: 'Cause' },
      figures: [
        {
          figure: {
            ar: 'نظام فرعي داخلي مسؤول عن مراقبة سلامة موازنات الأحمال الشبكية',
            en: "'An underlying internal subsystem responsible for monitoring the health of our network load balancers'",
          },
          according: {
            ar: 'صياغة AWS المؤقتة في اليوم نفسه، كما نقلتها Reuters وغيرها',
            en: "AWS's interim wording on the day, as reported by Reuters and others",
          },
          sources: [DUNYA, NEWSX],
        },
        {
          figure: {
            ar: 'حالة تسابق في إدارة DNS الخاصة بـ DynamoDB، وما أصاب فحوص السلامة في NLB نتيجة لاحقة لها',
            en: 'A race condition in DynamoDB DNS management, with NLB health checks a downstream effect',
          },
          according: { ar: 'ملخص AWS النهائي بعد الحادثة', en: "AWS's final post-event summary" },
          sources: [PES],
        },
      ],
      note: {
        ar: 'يعتمد مرصد السبب الوارد في الملخص النهائي لـ AWS.',
        en: "Marsad uses the cause given in AWS's final summary.",
      },
    },
    {
      topic: { ar: 'عدد بلاغات الانقطاع', en: 'Outage-report totals' },
      figures: [
        {
          figure: { ar: 'أكثر من 17 مليون بلاغ من 60 دولة', en: 'More than 17 million reports from 60 countries' },
          according: { ar: 'TechSpot، نقلًا عن Downdetector', en: 'TechSpot, citing Downdetector' },
          sources: [TECHSPOT],
        },
        {
          figure: { ar: 'أكثر من 16 مليون بلاغ، عن أكثر من 2000 خدمة', en: 'Over 16 million reports, across 2,000+ services' },
          according: { ar: 'Particle، نقلًا عن Downdetector', en: 'Particle, citing Downdetector' },
          sources: [PARTICLE],
        },
      ],
    },
    {
      topic: { ar: 'عدد خدمات AWS المتأثرة', en: 'Number of AWS services affected' },
      figures: [
        {
          figure: { ar: 'نحو 140', en: 'About 140' },
          according: { ar: 'مدونة', en: 'A blog' },
          sources: [QUITEMAILING],
        },
        {
          figure: { ar: '142 خدمة عادت إلى العمل', en: '142 restored' },
          according: {
            ar: 'مقال منشور يؤرّخ الرقم بالساعة «22:53 ET»، والأرجح أنها 22:53 UTC',
            en: "A published article, which times the figure '22:53 ET', most likely 22:53 UTC",
          },
          sources: [READ2EARN],
        },
      ],
      note: {
        ar: 'تختلف الأرقام بحسب المصدر ووقت العدّ، ولم يُتحقَّق من أي منها مقابل أرقام AWS. وقد حُذف رقما «أكثر من 65» و«85» لأن صفحتيهما لم تُقرآ من جديد.',
        en: "The counts vary with the source and the time of counting; none is verified against AWS's own figures. The '65+' and '85' figures were removed because their pages could not be read again.",
      },
    },
  ],
  sources: [
    PES,
    HEALTH,
    GOKAWIIL,
    CHIANG,
    TECHSPOT,
    MYNAVI,
    DUNYA,
    NEWSX,
    STORYBOARD,
    IBTIMES,
    WILLISON,
    PANTO,
    CHARGEBEE,
    REKT,
    ZBATTLE,
    TUANNVM,
    REDDIT_MIRROR,
  ],
  sourceNotes: {
    ar: 'لم يُقرأ ملخص AWS بعد الحادثة (https://aws.amazon.com/message/101925/) من صفحته نفسها، بل من نسخة حرفية (gokawiil.com)، ومن إعادة إنتاج مشروحة (Ernest Chiang)، ومن اقتباسات حرفية (Simon Willison). وتُنقل تحديثات لوحة AWS Health Dashboard كما أوردتها الصحافة. ولم تُتَح مقالات وسائل الإعلام المتخصصة في العملات الرقمية الأصلية (CoinDesk وCryptoSlate وغيرها) إلا في نسخ أُعيد نشرها، ولم يُعثر على صفحات حالة Infura وCoinbase وBase لذلك اليوم.',
    en: "AWS's post-event summary (https://aws.amazon.com/message/101925/) was not read on its own page but in a verbatim copy (gokawiil.com), an annotated reproduction (Ernest Chiang) and verbatim quotations (Simon Willison). AWS Health Dashboard updates are cited as the press quoted them. The crypto outlets' original articles (CoinDesk, CryptoSlate and others) were reachable only as republished copies, and the Infura, Coinbase and Base status pages for that day were not found.",
  },
  corrections: [
    {
      date: '2026-12-06',
      eventId: 'event-2025-10-20t2201-aws',
      text: {
        ar: 'كانت نهاية الانقطاع بحسب لوحة حالة AWS «قرابة 22:00 UTC» بدرجة ثقة متوسطة؛ وهي الآن 22:01 UTC بدرجة ثقة عالية. وحُذف وقت «01:01 UTC يوم 21 أكتوبر» لأنه خطأ في تحويل المنطقة الزمنية.',
        en: "The end per AWS's status dashboard was 'about 22:00 UTC', medium confidence; it is now 22:01 UTC, high confidence. The '01:01 UTC on 21 October' time was dropped as a time-zone conversion error.",
      },
    },
    {
      date: '2026-12-06',
      eventId: 'event-2025-10-20-untimed-coinbase',
      text: {
        ar: 'نُسب نص «تعطّلتا معًا» عن Coinbase وBase إلى Cointelegraph؛ وتبيّن أنه لـ CoinDesk.',
        en: "The 'both went down' text about Coinbase and Base was attributed to Cointelegraph; it is CoinDesk's.",
      },
    },
    {
      date: '2026-12-06',
      eventId: 'event-2025-10-20-untimed-coinbase-2',
      text: {
        ar: 'حُذفت عبارة «قالت Coinbase إن أنظمتها في طريقها إلى التعافي»: لم تنسبها إلى Coinbase أي صفحة أعيدت قراءتها.',
        en: "Removed 'Coinbase says its systems are on the path to recovery': no page read again attributes it to Coinbase.",
      },
    },
    {
      date: '2026-12-06',
      eventId: 'event-2025-10-20-untimed-ethereum-claim',
      text: {
        ar: 'تذكر الصفحات التي قُرئت نسبة 37% بوصفها حصة عُقد Ethereum المستضافة على AWS، لا العُقد التي توقفت؛ وأُعيدت صياغة الادعاء على هذا الأساس.',
        en: 'The pages read give 37% as the share of Ethereum nodes hosted on AWS, not of nodes that went offline; the claim is reworded accordingly.',
      },
    },
    {
      date: '2026-12-06',
      text: {
        ar: 'صار لكل مصدر نوعه (أولي، صحافة، تحليل، ثانوي، نسخة) وناشره، وأُضيفت أربعة أحداث لـ AWS (08:15 و09:40 و17:37 و22:01 UTC). وخُفّضت درجة الثقة إلى منخفضة في الأحداث التي لا تستند إلا إلى مصادر ثانوية أو نسخ: عودة مشكلة Infura، وحدثا Base.',
        en: 'Every source now has its type (primary, press, analysis, secondary, copy) and publisher, and four AWS events were added (08:15, 09:40, 17:37 and 22:01 UTC). Events resting only on secondary sources or copies were lowered to low confidence: the Infura recurrence and both Base events.',
      },
    },
  ],
  lastUpdated: '2026-12-06',
  inScope: true,
};
