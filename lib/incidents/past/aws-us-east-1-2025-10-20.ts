// AWS us-east-1, 20 October 2025. Every event, phase and disagreement comes from facts.json
// (id aws-us-east-1-2025-10-20); the sentences are Marsad's own, Arabic first. Times are the facts'.
import type { IncidentInput } from '../build';

const PES = 'https://aws.amazon.com/message/101925/';
const TUANNVM =
  'https://docs.tuannvm.com/blog/reading/2025-10-23-summary-of-the-amazon-dynamodb-service-disruption-in-northern-virginia-us-east-1-region';
const VHT =
  'https://www.virtualizationhowto.com/community/cloud-forum/aws-outage-october-2025-explained-in-detail-as-to-why-things-went-down-due-to-dns';
const CHIANG =
  'https://www.ernestchiang.com/en/posts/2025/summary-of-the-amazon-dynamodb-service-disruption-in-the-northern-virginia-us-east-1-region';
const WINDOWSFORUM =
  'https://windowsforum.com/threads/aws-us-east-1-outage-highlights-cloud-concentration-risks-and-dns-failures.385581/post-939849';
const HELIX = 'https://helixprojectai.com/wiki/index.php/AWS_Outage_(Oct_20,_2025)';
const BITCOINFO = 'https://news.bitcoinfo.net/why-did-metamask-present-0-on-ethereum-when-aws-went-offline/';
const PANTO = 'https://www.getpanto.ai/blog/aws-outage-2025-retry-storm';
const REKT = 'https://rekt.news/es/we-have-centralization-issue';
const GATESITE = 'https://www.gatesite.tv/th/news/detail/15144591';
const BTCETHNEWS = 'https://bitcoinethereumnews.com/tech/aws-outage-triggers-zero-balance-glitch-on-base-web3s-fragility-exposed';
const TROSTISAR = 'https://trostisar.com/archives/3724';
const ZBATTLE = 'https://zbattle.co/cryptos-decentralized-illusion-shattered-again-by-another-aws-meltdown/?amp=1';
const BINANCE_BH = 'https://www.binance.bh/en-AE/square/post/31309479193258';
const TODAYONCHAIN = 'https://todayonchain.com/news/article/01K86720WBAWBG2A8GMJ7GY4XA/';
const PAKGAZETTE = 'https://pakgazette.com/base-and-eth-l2-access-affected-by-amazon-aws-outage';
const WEIXUANERP = 'https://binance.weixuanerp.com/it/square/post/31349464762026';
const BLOCKBRIEFLY = 'https://blockbriefly.com/news/widespread-aws-outage-disrupts-major-crypto-platforms';
const COINMELA = 'https://coinmela.com/amazon-web-services-outage-disrupts-major-crypto-platforms-exposing-centralization-flaws';
const COINPULSE = 'https://coinpulsehq.com/base-app-outage-error';
const CRYPTONEWSHUB = 'https://thecryptonewshub.com/why-did-metamask-show-0-on-ethereum-when-aws-went-offline';
const COINSLEAGUE =
  'https://coinsleague.com/2025/10/31/if-web3-is-decentralized-why-do-defi-dapps-still-break-when-the-cloud-goes-down';
const CRYPTOX = 'https://cryptox.trade/the-aws-outage-shows-why-crypto-cant-keep-relying-on-centralized-infrastructure';
const LEVIATHAN = 'https://leviathan.news/atlas/outage';
const CHAINCATCHER = 'https://www.chaincatcher.com/en/article/2214365';
const COINWORLDNET = 'https://www.coinworldnet.com/author/129971/dynamic';
const COINTEETH = 'https://www.cointeeth.com/news/aws-outage-reveals-cryptocurrency-s-decentralization';
const NFBNEWS = 'https://nfbnews247.com/?p=2031';
const JUMPY = 'https://gh-private.jumpy.ai/karunakar2000/AWS_dns_outage_analysis-Oct-2025';
const PARTICLE = 'https://particle.news/story/aws-pins-global-outage-on-dynamodb-dns-race-condition-suspends-automation-worldwide';
const WILLISON = 'https://feeds.simonwillison.net/2025/Oct/23/aws-postmortem';
const LLS = 'https://blog.lls-software.com/reading-through-the-us-east-1-service-disruption-summary-report';

const NO_TIME_IN_SOURCES = { ar: 'لا تذكر المصادر وقتًا.', en: 'The sources give no time.' };
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
    ar: 'في 20 أكتوبر 2025 أصبح سجل DNS الخاص بعنوان DynamoDB في منطقة us-east-1 لدى AWS فارغًا، فتعذّر على الأنظمة الوصول إليه، وامتد الخلل إلى تشغيل خوادم EC2 ثم إلى موازنات الأحمال الشبكية (NLB). وتزامن مع الانقطاع تعطّل منصات تداول ومزوّدي بنية تحتية ومحافظ، منها Coinbase وInfura وMetaMask وRobinhood، في حين تقول تقارير منشورة إن شبكات الطبقة الأولى مثل Bitcoin وEthereum واصلت إنتاج الكتل. ويحدد ملخص AWS بعد الحادثة مدة الحدث من 06:48 إلى 21:20 UTC، واستمرت معالجة بعض المهام المتراكمة حتى اليوم التالي.',
    en: "On 20 October 2025 the DNS record for DynamoDB's regional endpoint in AWS us-east-1 ended up empty, so systems could not reach it, and the failure spread to EC2 instance launches and then to Network Load Balancers. Exchanges, infrastructure providers and wallets failed at the same time, among them Coinbase, Infura, MetaMask and Robinhood, while public reports say layer-1 chains such as Bitcoin and Ethereum kept producing blocks. AWS's post-event summary puts the event from 06:48 to 21:20 UTC; some backlogs took until the next day to clear.",
  },
  rootCause: {
    ar: 'حالة تسابق (race condition) كامنة في الإدارة الآلية لسجلات DNS الخاصة بـ DynamoDB: طبّق أحد مكوّنات التنفيذ (DNS Enactor) خطة قديمة بعد أن تأخر، في حين حذفها مكوّن تنفيذ آخر أثناء التنظيف، فبقي سجل dynamodb.us-east-1.amazonaws.com فارغًا ولم تستطع الأتمتة إصلاحه، واحتاج الأمر إلى تدخّل يدوي من المهندسين. وبعد ذلك انتهت صلاحية عقود الإيجار (leases) في نظام DropletWorkflow Manager الخاص بـ EC2 واختنق النظام أثناء محاولة التعافي، فتعذّر تشغيل خوادم جديدة وتأخر نشر حالة الشبكة، ما أدى إلى فشل فحوص السلامة في موازنات الأحمال الشبكية (NLB). أوقفت AWS أتمتة DNS Planner وDNS Enactor الخاصة بـ DynamoDB في جميع أنحاء العالم إلى حين إصلاحها.',
    en: "A latent race condition in DynamoDB's automated DNS management: a delayed DNS Enactor applied an old plan while another Enactor's clean-up deleted that plan, leaving the DNS record for dynamodb.us-east-1.amazonaws.com empty; the automation could not repair it and engineers had to step in by hand. Knock-on effects: leases in EC2's DropletWorkflow Manager expired and its recovery congested, so new instances failed to launch and network state spread slowly, which in turn made Network Load Balancer health checks fail. AWS switched off the DynamoDB DNS Planner and Enactor automation worldwide until fixes are in place.",
  },
  rootCauseConfidence: 'high',
  phase: 'resolved',
  startUtc: '2025-10-20T06:48:00Z',
  endUtc: '2025-10-20T21:20:00Z',
  endNote: {
    ar: 'يحدد ملخص AWS بعد الحادثة المدة من 11:48 مساءً بتوقيت PDT يوم 19 أكتوبر إلى 2:20 بعد الظهر بتوقيت PDT يوم 20 أكتوبر (06:48–21:20 UTC). وتذكر تقارير إخبارية أن AWS أظهرت عودة جميع الخدمات إلى وضعها الطبيعي نحو الساعة 6 مساءً بتوقيت ET (قرابة 22:00 UTC)، مع استمرار معالجة مهام متراكمة، منها Redshift الذي تعافى بالكامل يوم 21 أكتوبر الساعة 11:05 UTC.',
    en: "AWS's post-event summary gives 11:48 PM PDT on 19 October to 2:20 PM PDT on 20 October (06:48–21:20 UTC). News reports say AWS showed all services back to normal around 6 PM ET (about 22:00 UTC) while backlogs, for example in Redshift, were still clearing; Redshift fully recovered on 21 October at 11:05 UTC.",
  },
  endBounds: {
    earliestUtc: '2025-10-20T21:20:00Z',
    latestUtc: '2025-10-20T22:00:00Z',
    note: {
      ar: '21:20 UTC نهاية الحدث بحسب ملخص AWS، وقرابة 22:00 UTC بحسب تقارير إخبارية عن صفحة حالة AWS (وقت تقريبي). أما المهام المتراكمة حتى 21 أكتوبر فتُعرض مرحلةً مستقلة.',
      en: "21:20 UTC is the end of the event per AWS's summary; about 22:00 UTC per news reports of AWS's status page (approximate). Backlogs that ran into 21 October are shown as a separate phase.",
    },
  },
  durationNote: {
    ar: 'نحو 14 ساعة و32 دقيقة بحسب أوقات AWS نفسها (06:48–21:20 UTC). وتقول تقارير إخبارية «نحو 15 ساعة»، وينقل Simon Willison رقم 14.5 ساعة. وتقصر المدة إذا حُسبت من أول إعلان علني لـ AWS (قرابة 07:11 UTC)، وتطول إذا حُسبت حتى انتهاء آخر المهام المتراكمة (Redshift، يوم 21 أكتوبر الساعة 11:05 UTC).',
    en: "About 14 h 32 min by AWS's own times (06:48–21:20 UTC). News reports say 'about 15 hours'; Simon Willison quotes 14.5 hours. Counted from AWS's first public post (about 07:11 UTC) it is shorter; counted to the last backlog (Redshift, 21 October at 11:05 UTC) it is longer.",
  },
  phases: [
    {
      label: {
        ar: 'أخطاء في واجهة DynamoDB وتعذّر تحليل عنوانها عبر DNS',
        en: 'DynamoDB API errors and DNS resolution failure',
      },
      startUtc: '2025-10-20T06:48:00Z',
      endUtc: '2025-10-20T09:40:00Z',
      providerLocalTime: '11:48 PM PDT Oct 19 - 2:40 AM PDT Oct 20',
      note: {
        ar: 'أُعيدت سجلات DNS في 09:25 UTC (2:25 صباحًا بتوقيت PDT)، ولحق نسخ الجداول العالمية (global tables) بما فاته في 09:32 UTC، وتعافى العملاء مع انتهاء صلاحية ذاكرة DNS المؤقتة بحلول 09:40 UTC.',
        en: 'DNS records were restored at 09:25 UTC (2:25 AM PDT); global-table replication caught up at 09:32 UTC; clients recovered as DNS caches expired, by 09:40 UTC.',
      },
      sources: [PES, TUANNVM, VHT],
      confidence: 'high',
    },
    {
      label: {
        ar: 'تعثّر تشغيل خوادم EC2 وتأخر نشر حالة الشبكة',
        en: 'EC2 instance launches impaired and network state propagation delayed',
      },
      startUtc: '2025-10-20T06:48:00Z',
      endUtc: '2025-10-20T20:50:00Z',
      providerLocalTime: '11:48 PM PDT Oct 19 - 1:50 PM PDT Oct 20',
      note: {
        ar: 'يضع ملخص ثانوي «تراكمًا في حالة الشبكة» بين 2:25 و10:36 صباحًا بتوقيت PDT (09:25–17:36 UTC) ضمن هذه الفترة.',
        en: "A secondary summary places a 'network state backlog' from 2:25 to 10:36 AM PDT (09:25–17:36 UTC) inside this window.",
      },
      sources: [PES, TUANNVM, VHT],
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
      note: {
        ar: 'استقر الوضع بعد أن أوقفت AWS التحويل التلقائي الذي تُجريه NLB عند فشل فحوص السلامة.',
        en: 'Things stabilised after AWS turned off automatic health-check failover for NLB.',
      },
      sources: [PES, TUANNVM, VHT],
      confidence: 'high',
    },
    {
      label: { ar: 'نهاية الحدث بحسب ملخص AWS بعد الحادثة', en: "End of the event per AWS's post-event summary" },
      startUtc: null,
      endUtc: '2025-10-20T21:20:00Z',
      providerLocalTime: '2:20 PM PDT Oct 20',
      sources: [PES, CHIANG],
      confidence: 'high',
    },
    {
      label: {
        ar: 'صفحة حالة AWS تُظهر عودة جميع الخدمات إلى وضعها الطبيعي (مع استمرار معالجة المهام المتراكمة)',
        en: "AWS's status page shows all services back to normal (backlogs still clearing)",
      },
      startUtc: null,
      endUtc: '2025-10-20T22:00:00Z',
      providerLocalTime: '~6 PM ET (~3 PM PDT), approximate',
      note: {
        ar: 'وقت تقريبي مأخوذ من تقارير إخبارية عن لوحة AWS Health Dashboard. وتذكر صفحة تحليل أخرى أن جميع الخدمات عادت للعمل بالكامل في 3:01 صباحًا بتوقيت جنوب أفريقيا SAST يوم 21 أكتوبر (01:01 UTC)؛ والمصدران متعارضان، لذا يُعامل وقت 22:00 UTC على أنه تقريبي.',
        en: 'Approximate, from news reports of the AWS Health Dashboard. Another analysis page says all services were fully operational at 3:01 AM SAST on 21 October (01:01 UTC); the two conflict, so 22:00 UTC is treated as approximate.',
      },
      sources: [NFBNEWS, JUMPY],
      confidence: 'medium',
    },
    {
      label: { ar: 'عودة جميع عناقيد Redshift إلى العمل بالكامل', en: 'Redshift cluster availability fully restored' },
      startUtc: null,
      endUtc: '2025-10-21T11:05:00Z',
      providerLocalTime: '4:05 AM PDT Oct 21',
      sources: [PES, TUANNVM],
      confidence: 'high',
    },
  ],
  events: [
    {
      service: 'AWS',
      timeUtc: '2025-10-20T06:48:00Z',
      state: 'major_outage',
      summary: {
        ar: 'ارتفعت معدلات الأخطاء في واجهة DynamoDB في us-east-1، وتعذّر على العملاء تحليل عنوان DynamoDB الإقليمي أو الاتصال به. ويعدّ ملخص AWS بعد الحادثة هذه اللحظة بداية التأثير.',
        en: "DynamoDB API error rates rise in us-east-1 and clients cannot resolve or connect to the regional DynamoDB endpoint. AWS's post-event summary marks this as the start of impact.",
      },
      source: PES,
      extraSources: [TUANNVM],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T07:11:00Z',
      state: 'major_outage',
      summary: {
        ar: 'نشرت AWS أول إعلان على لوحة AWS Health Dashboard عن ارتفاع معدلات الأخطاء وزمن الاستجابة في عدة خدمات في us-east-1 (3:11 صباحًا بتوقيت ET).',
        en: 'AWS first posts on its Health Dashboard about increased error rates and latencies for several services in us-east-1 (3:11 AM ET).',
      },
      source: WINDOWSFORUM,
      extraSources: [HELIX, BITCOINFO],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T07:38:00Z',
      timeApproximate: true,
      state: 'major_outage',
      summary: {
        ar: 'حدّد مهندسو AWS أن المشكلة في حالة DNS الخاصة بـ DynamoDB (نحو 12:38 صباحًا بتوقيت PDT، بحسب ملخص ثانوي لتقرير AWS بعد الحادثة).',
        en: "AWS engineers trace the problem to DynamoDB's DNS state (about 12:38 AM PDT, per a secondary summary of AWS's post-event summary).",
      },
      source: PANTO,
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T09:25:00Z',
      state: 'partial_outage',
      summary: {
        ar: 'أُعيدت سجلات DNS الخاصة بـ DynamoDB (2:25 صباحًا بتوقيت PDT)، وتعافت DynamoDB بحلول 09:40 UTC مع انتهاء صلاحية ذاكرة DNS المؤقتة. ولا يزال تشغيل خوادم EC2 الجديدة متعثرًا.',
        en: "DynamoDB's DNS records are restored (2:25 AM PDT) and DynamoDB recovers by 09:40 UTC as DNS caches expire. EC2 instance launches are still impaired.",
      },
      source: PES,
      extraSources: [VHT],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T10:35:00Z',
      state: 'partial_outage',
      summary: {
        ar: 'أعلنت AWS أن مشكلة DNS الأساسية عولجت بالكامل (نُقل ذلك على نطاق واسع بتوقيت 6:35 صباحًا ET)، في حين استمرت مشكلات تشغيل خوادم EC2 والمهام المتراكمة.',
        en: 'AWS says the underlying DNS issue is fully mitigated (widely reported as 6:35 AM ET); problems with EC2 launches and backlogs continue.',
      },
      source: BITCOINFO,
      extraSources: [HELIX],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T12:30:00Z',
      state: 'partial_outage',
      summary: {
        ar: 'موجة ثانية: فشلت فحوص السلامة في موازنات الأحمال الشبكية (NLB)، فظهرت أخطاء اتصال في الخدمات المعتمدة عليها (5:30 صباحًا بتوقيت PDT).',
        en: 'Second wave: Network Load Balancer health checks fail, bringing connection errors to the services that depend on them (5:30 AM PDT).',
      },
      source: PES,
      extraSources: [TUANNVM],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T20:50:00Z',
      state: 'degraded',
      summary: {
        ar: 'تعافت خدمة EC2 بالكامل (1:50 بعد الظهر بتوقيت PDT).',
        en: 'EC2 has fully recovered (1:50 PM PDT).',
      },
      source: PES,
      extraSources: [TUANNVM],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T21:09:00Z',
      state: 'degraded',
      summary: {
        ar: 'اكتمل تعافي موازنات الأحمال الشبكية (NLB) (2:09 بعد الظهر بتوقيت PDT).',
        en: 'Network Load Balancer recovery is complete (2:09 PM PDT).',
      },
      source: PES,
      extraSources: [TUANNVM],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'AWS',
      timeUtc: '2025-10-20T21:20:00Z',
      state: 'resolved',
      summary: {
        ar: 'انتهى الحدث بحسب ملخص AWS بعد الحادثة (2:20 بعد الظهر بتوقيت PDT)، مع استمرار بعض الخدمات، مثل Redshift وConfig وConnect، في معالجة المهام المتراكمة.',
        en: "The event ends, per AWS's post-event summary (2:20 PM PDT); some services, such as Redshift, Config and Connect, are still working through backlogs.",
      },
      source: PES,
      extraSources: [CHIANG],
      confidence: 'high',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'Infura (ConsenSys)',
      timeUtc: '2025-10-20T07:11:00Z',
      timeApproximate: true,
      timeNote: {
        ar: 'لم يؤكد أي مصدر منشور أوقات صفحة حالة Infura نفسها؛ هذا الوقت تقريبي، ومرتبط بأول إعلان علني لـ AWS.',
        en: "No public source confirms the times on Infura's own status page; this time is approximate, tied to AWS's first public notice.",
      },
      state: 'major_outage',
      summary: {
        ar: 'أظهرت صفحة حالة Infura انقطاعًا في نقاط اتصال (RPC) شبكة Ethereum الرئيسية، وفي نقاط اتصالها لشبكات Polygon وOptimism وArbitrum وLinea وBase وScroll، تزامنًا مع عطل DNS لدى AWS. ويربط موقع rekt.news هذا التوقيت بأول إعلان علني لـ AWS (3:11 صباحًا بتوقيت ET).',
        en: "Infura's status page shows outages for its Ethereum mainnet JSON-RPC and its Polygon, Optimism, Arbitrum, Linea, Base and Scroll endpoints, coinciding with the AWS DNS failure. rekt.news ties the timing to AWS's first public notice (3:11 AM ET).",
      },
      source: REKT,
      extraSources: [GATESITE],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Infura (ConsenSys)',
      timeUtc: null,
      timeNote: NO_TIME_IN_SOURCES,
      state: 'major_outage',
      summary: {
        ar: 'نشرت Infura تحديثًا قالت فيه إن المشكلة عادت بسبب انقطاع AWS المستمر، وإنها تؤثر في عدة واجهات JSON-RPC للشبكات الرئيسية (Ethereum وPolygon وOptimism وArbitrum وLinea وBase وScroll). توحي الصياغة بموجة ثانية، ربما مرحلة موازنات الأحمال التي بدأت 12:30 UTC، لكن هذا الربط غير مُتحقَّق منه.',
        en: 'Infura posts an update saying the issue has recurred because of the ongoing AWS outage, affecting several of its mainnet JSON-RPC APIs (Ethereum, Polygon, Optimism, Arbitrum, Linea, Base, Scroll). The wording suggests a second wave, possibly the load-balancer phase from 12:30 UTC; that link is not verified.',
      },
      source: BTCETHNEWS,
      extraSources: [TROSTISAR, ZBATTLE],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'MetaMask',
      timeUtc: null,
      timeNote: { ar: 'لا وقت في المصادر؛ خلال فترة تعطّل Infura.', en: 'No time in the sources; during the Infura impairment.' },
      state: 'degraded',
      summary: {
        ar: 'أفاد مستخدمون بأن MetaMask يعرض أرصدة صفرية وأن طلباتهم تفشل، تزامنًا مع تعطّل Infura؛ إذ يمرّر MetaMask عمليات القراءة والمعاملات عبر Infura افتراضيًا. ولم تتأثر الأموال على الشبكة نفسها.',
        en: 'Users report MetaMask showing zero balances and failing requests, coinciding with the Infura impairment; MetaMask sends its reads and transactions through Infura by default. Funds on the chain itself were not affected.',
      },
      source: BITCOINFO,
      extraSources: [BINANCE_BH, TODAYONCHAIN],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: null,
      timeNote: {
        ar: 'أوقات صفحة حالة Coinbase (status.coinbase.com) ليوم 20 أكتوبر 2025 غير مُتحقَّق منها. وتضع تقارير تستند إلى Downdetector بداية شكاوى المستخدمين نحو الساعة 08:00 بتوقيت المملكة المتحدة (07:00 UTC).',
        en: "Coinbase's status-page (status.coinbase.com) times for 20 October 2025 are not verified. Reports based on Downdetector put the first user complaints around 08:00 UK time (07:00 UTC).",
      },
      state: 'major_outage',
      summary: {
        ar: 'فتحت Coinbase حادثة على صفحة حالتها تصف انقطاعًا لدى AWS يؤثر في عدد من تطبيقاتها وخدماتها. ويذكر تقرير أُعيد نشره (يبدو أن أصله من Cointelegraph، والرابط الأصلي غير مُتحقَّق منه) أن Coinbase قالت إن منصة التداول لديها وشبكة Base من الطبقة الثانية تعطّلتا معًا، وإن المستخدمين لم يتمكنوا من تسجيل الدخول أو التداول أو التحويل.',
        en: "Coinbase opens an incident on its status page describing an AWS outage that affects several of its apps and services. A republished report (apparently from Cointelegraph; the original link is not verified) says Coinbase reported that its trading platform and its Base layer-2 network both went down, and that users could not log in, trade or transfer.",
      },
      source: BITCOINFO,
      extraSources: [ZBATTLE, PAKGAZETTE, WEIXUANERP],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: null,
      timeNote: NO_TIME_IN_SOURCES,
      state: 'degraded',
      summary: {
        ar: 'قالت Coinbase إن أنظمتها في طريقها إلى التعافي. ويذكر تقرير أُعيد نشره (على Binance Square وCoinmela، ولم يُتأكد من الوسيلة الأصلية) أن كثيرًا من المستخدمين ظلوا عاجزين عن التداول أو التحويل بعد وقت طويل من بداية التعطل، في حين كانت Robinhood قد استأنفت عملها.',
        en: 'Coinbase says its systems are on the path to recovery. A republished report (carried by Binance Square and Coinmela; the original outlet is not confirmed) says many users still could not trade or transfer long after the first disruption, while Robinhood had already resumed.',
      },
      source: BLOCKBRIEFLY,
      extraSources: [COINMELA, BINANCE_BH],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'named_by_company',
    },
    {
      service: 'Base (Coinbase L2)',
      timeUtc: null,
      timeNote: NO_TIME_VERIFIED,
      state: 'degraded',
      summary: {
        ar: 'ظهر في تطبيق Base خلل في العرض يُظهر «رصيدًا صفريًا»، وأفاد مستخدمون بتأخر المعاملات على شبكة Base، تزامنًا مع انقطاع AWS. ويذكر تقرير أُعيد نشره (يبدو أنه من AMBCrypto، وهو غير مُتحقَّق منه) أن المشروع ربط الخلل بـ«اختبارات». ولم تُفقد أي أموال.',
        en: "The Base app shows a 'zero balance' display glitch and users report delays to Base network transactions, coinciding with the AWS outage. A republished report (apparently AMBCrypto; not verified) says the project linked the glitch to 'testing'. No funds were lost.",
      },
      source: BTCETHNEWS,
      extraSources: [BITCOINFO, COINPULSE],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Base (Coinbase L2)',
      timeUtc: null,
      state: 'operational',
      summary: {
        ar: 'بقي النشاط على شبكة Base نفسها مستقرًا إلى حد بعيد: نحو 10.9 مليون معاملة يوم 20 أكتوبر مقابل 10.74 مليون يوم 21 أكتوبر، وحجم تداول في المنصات اللامركزية (DEX) بلغ 1.36 مليار دولار و1.48 مليار دولار (بحسب مقال لـ Gino Matos في CryptoSlate كما أُعيد نشره). ويشير ذلك إلى مشكلات في التطبيقات ونقاط الاتصال (RPC) لا إلى توقّف إنتاج الكتل.',
        en: 'Activity on the Base chain itself stayed broadly steady: about 10.9 million transactions on 20 October against 10.74 million on 21 October, and DEX volume of $1.36 billion and $1.48 billion (a CryptoSlate article by Gino Matos, as republished). This points to problems in apps and RPC access rather than a halt of the chain.',
      },
      source: CRYPTONEWSHUB,
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'none',
    },
    {
      service: 'Robinhood',
      timeUtc: null,
      timeNote: NO_TIME_VERIFIED,
      state: 'degraded',
      summary: {
        ar: 'أبلغت Robinhood، بما فيها خدمة العملات الرقمية لديها، عن مشكلات وبطء تزامنت مع انقطاع AWS؛ ويذكر تقرير أُعيد نشره (لم يُتحقَّق من وسيلته الأصلية) أنها عادت إلى العمل الطبيعي قبل Coinbase.',
        en: 'Robinhood, including its crypto service, reported problems and slowdowns that coincided with the AWS outage; a republished report (original outlet not verified) says it returned to normal before Coinbase did.',
      },
      source: ZBATTLE,
      extraSources: [COINMELA, REKT],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Alchemy',
      timeUtc: null,
      timeNote: { ar: 'لم يُتحقَّق من الحادثة على صفحة حالة Alchemy.', en: "Alchemy's status-page incident is not verified." },
      state: 'degraded',
      summary: {
        ar: 'يقول مقال رأي أُعيد نشره على الإنترنت بتاريخ 31 أكتوبر 2025 (لم يُتحقَّق من وسيلته الأصلية) إن Alchemy، مثل Infura، نشرت ملاحظات عن حوادث مرتبطة بـ AWS، تزامنًا مع الانقطاع.',
        en: 'An opinion piece republished online and dated 31 October 2025 (original outlet not verified) says Alchemy, like Infura, posted incident notes related to AWS at the time of the outage.',
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
        ar: 'أقرّ المدير التقني لـ OpenSea بارتفاع معدلات الأخطاء وعزاها إلى مزوّدين تعتمد عليهم المنصة، تزامنًا مع انقطاع AWS (تقرير أُعيد نشره، ولم يُتحقَّق من وسيلته الأصلية).',
        en: "OpenSea's CTO acknowledged elevated errors and put them down to upstream providers, coinciding with the AWS outage (a republished report; original outlet not verified).",
      },
      source: COINMELA,
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Crypto.com',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'يذكر تقرير أُعيد نشره (يبدو أنه من AMBCrypto) أن مستخدمي Crypto.com لم يتمكنوا من التداول أو التحويل، تزامنًا مع انقطاع AWS.',
        en: 'A republished report (apparently from AMBCrypto) says Crypto.com users were locked out of trading and transfers, coinciding with the AWS outage.',
      },
      source: BTCETHNEWS,
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'CoinMarketCap',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'يدرج مقال رأي أُعيد نشره على الإنترنت (لم يُتحقَّق من وسيلته الأصلية) CoinMarketCap ضمن الخدمات التي تعطّلت بشدة، تزامنًا مع انقطاع AWS.',
        en: 'An opinion piece republished online (original outlet not verified) lists CoinMarketCap among the services badly hit, coinciding with the AWS outage.',
      },
      source: CRYPTOX,
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'coincided',
    },
    {
      service: 'Polygon PoS / Arbitrum One / OP Mainnet / Linea / Scroll',
      timeUtc: null,
      state: 'degraded',
      summary: {
        ar: 'تعطّل الوصول إلى هذه الشبكات عبر نقاط اتصال Infura (RPC)، تزامنًا مع انقطاع AWS، ولا يوجد دليل مُتحقَّق منه على توقّف إنتاج الكتل في أي منها؛ إذ يذكر موقع rekt.news أن المدققين (validators) واصلوا عملهم وأن الكتل استمر إنتاجها. ويدّعي مقال رأي أُعيد نشره أن المُرتِّب (sequencer) في «عدة شبكات rollup» توقف حتى تدخّل أحد يدويًا، دون أن يسمّيها؛ وهذا ادعاء غير مُتحقَّق منه.',
        en: "Access to these networks through Infura's RPC was disrupted, coinciding with the AWS outage; there is no verified evidence that any of the chains halted, and rekt.news reports that validators kept validating and blocks kept being produced. A republished opinion piece claims that 'several rollups' saw their sequencers stall until someone stepped in by hand, without naming them; this is not verified.",
      },
      source: REKT,
      extraSources: [COINSLEAGUE, GATESITE],
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
      extraSources: [BITCOINFO],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'none',
    },
    {
      service: 'Bitcoin L1',
      timeUtc: null,
      state: 'operational',
      summary: {
        ar: 'استمرت شبكة Bitcoin في العمل دون اضطراب، بحسب موقع rekt.news.',
        en: 'Bitcoin kept running undisturbed, according to rekt.news.',
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
        ar: 'يصف متتبّع لتحليلات ما بعد الحادثة، كما لخّصه موقع Leviathan، شبكات الطبقة الأولى مثل Solana بأنها الأقل اعتمادًا على AWS. لكن المصادر تتعارض: فقد أدرج مقال واسع الانتشار (YQ) «Solana» ضمن المنصات التي توقفت، والأرجح أن المقصود خدمات مرتبطة بـ Solana لا الشبكة نفسها.',
        en: "A post-mortem tracker, as summarised by Leviathan, describes layer-1 chains such as Solana as the least dependent on AWS. Sources conflict: a widely republished piece by YQ listed 'Solana' among platforms taken down, which probably meant services around Solana rather than the chain itself.",
      },
      source: LEVIATHAN,
      extraSources: [CHAINCATCHER],
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
        ar: 'ادعاء غير مُتحقَّق منه: منشور على وسائل التواصل الاجتماعي يقول إن 37% من عُقد شبكة Ethereum الرئيسية خرجت عن الخدمة وإن نحو 70% من اتصالات MetaMask فشلت. لم نجد بيانات أولية تدعمه، وقد يكون خلطًا بين نسبة العُقد المستضافة على AWS والعُقد التي توقفت.',
        en: 'Claimed, not verified: a social-media post says 37% of Ethereum mainnet nodes went offline and about 70% of MetaMask connections failed. No primary data we found supports it; it may confuse the share of nodes hosted on AWS with nodes that went offline.',
      },
      source: COINWORLDNET,
      extraSources: [COINTEETH],
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'none',
    },
  ],
  scale: {
    summary: {
      ar: 'تختلف أرقام Downdetector (التابعة لـ Ookla) بحسب المصدر وتوقيت العدّ: يذكر مصدر «أكثر من 16 مليون» بلاغ من المستخدمين عن أكثر من 2000 خدمة في أكثر من 60 دولة، ويذكر مصدر آخر «أكثر من 17 مليون» بلاغ عن أكثر من 3000 جهة.',
      en: "Downdetector (Ookla) counts differ by source and by when they were taken: one source gives 'over 16 million' user reports across more than 2,000 services in over 60 countries; another gives 'over 17 million' reports across more than 3,000 organisations.",
    },
    sources: [PARTICLE, VHT],
    confidence: 'medium',
  },
  disagreements: [
    {
      topic: { ar: 'وقت البداية', en: 'Start time' },
      figures: [
        {
          figure: { ar: '06:48 UTC (11:48 مساءً بتوقيت PDT يوم 19 أكتوبر)', en: '06:48 UTC (11:48 PM PDT on 19 October)' },
          according: { ar: 'ملخص AWS بعد الحادثة', en: "AWS's post-event summary" },
          sources: [PES],
        },
        {
          figure: { ar: 'قرابة 07:11 UTC (3:11 صباحًا بتوقيت ET)', en: 'About 07:11 UTC (3:11 AM ET)' },
          according: {
            ar: 'أول إعلان علني لـ AWS، وهو ما تعتمده معظم الأخبار بدايةً',
            en: "AWS's first public post, which most news reports use as the start",
          },
          sources: [WINDOWSFORUM],
        },
        {
          figure: { ar: 'من 06:46 إلى 06:48 UTC', en: '06:46–06:48 UTC' },
          according: { ar: 'صفحات حالة شركات من عملاء AWS رصدت الأخطاء', en: "Status pages of AWS's customers, which saw errors" },
          sources: [],
        },
      ],
      note: {
        ar: 'يبدأ الخط الزمني في مرصد من 06:48 UTC بحسب رواية AWS نفسها، ويظهر إعلان 07:11 حدثًا مستقلًا.',
        en: "Marsad's timeline starts at 06:48 UTC, AWS's own account; the 07:11 post appears as an event of its own.",
      },
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
          figure: { ar: 'قرابة 22:00 UTC (وقت تقريبي)', en: 'About 22:00 UTC (approximate)' },
          according: {
            ar: 'تقارير إخبارية عن إعلان صفحة حالة AWS عودة جميع الخدمات إلى وضعها الطبيعي',
            en: "News reports of AWS's status page showing all services normal",
          },
          sources: [NFBNEWS],
        },
        {
          figure: { ar: '21 أكتوبر، 11:05 UTC (انتهاء المهام المتراكمة في Redshift)', en: '21 October, 11:05 UTC (Redshift backlog cleared)' },
          according: { ar: 'ملخص AWS بعد الحادثة', en: "AWS's post-event summary" },
          sources: [PES],
        },
        {
          figure: { ar: '«نحو 15 ساعة»', en: "'About 15 hours'" },
          according: { ar: 'بعض التقارير الإخبارية', en: 'Some news reports' },
          sources: [],
        },
        {
          figure: { ar: '14.5 ساعة', en: '14.5 hours' },
          according: { ar: 'Simon Willison', en: 'Simon Willison' },
          sources: [WILLISON],
        },
        {
          figure: { ar: '2:20 صباحًا (خطأ في القراءة)', en: '2:20 AM (a misreading)' },
          according: {
            ar: 'مدونة أخطأت في نقل وقت النهاية؛ ملخص AWS يذكر 2:20 بعد الظهر',
            en: "A blog that misstates the end; AWS's summary says 2:20 PM",
          },
          sources: [LLS],
        },
      ],
    },
    {
      topic: { ar: 'السبب', en: 'Cause' },
      figures: [
        {
          figure: {
            ar: 'نظام فرعي داخلي لمراقبة سلامة الشبكة في EC2',
            en: "An 'EC2 internal network health-monitoring subsystem'",
          },
          according: {
            ar: 'صياغة مؤقتة على صفحة حالة AWS، تناقلتها كتابات مبكرة وثانوية',
            en: "AWS's interim status wording, repeated by early and secondary write-ups",
          },
          sources: [],
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
          figure: { ar: 'أكثر من 16 مليون بلاغ، عن أكثر من 2000 خدمة', en: 'Over 16 million reports, across 2,000+ services' },
          according: { ar: 'مصدر ينقل عن Downdetector', en: 'One source citing Downdetector' },
          sources: [],
        },
        {
          figure: { ar: 'أكثر من 17 مليون بلاغ، عن أكثر من 3000 جهة', en: 'Over 17 million reports, across 3,000+ organisations' },
          according: { ar: 'مصدر آخر ينقل عن Downdetector', en: 'Another source citing Downdetector' },
          sources: [],
        },
      ],
      sources: [PARTICLE, VHT],
      note: {
        ar: 'يذكر المصدران أعلاه الرقمين، ولا تحدد بيانات مرصد أيهما يذكر أي رقم.',
        en: "The two sources above give the two figures; Marsad's data does not say which gives which.",
      },
    },
    {
      topic: { ar: 'عدد خدمات AWS المتأثرة', en: 'Number of AWS services affected' },
      figures: [
        {
          figure: { ar: 'أكثر من 65', en: '65+' },
          according: { ar: 'مقطع مصوّر منشور', en: 'A published video' },
          sources: ['https://www.onvels.com/videos/view/8279/amazon-explains-more-than-65-affected-services-companies-lose-netflix'],
        },
        {
          figure: { ar: '85', en: '85' },
          according: { ar: 'منشور للرئيس التنفيذي لـ Vercel', en: "A post by Vercel's CEO" },
          sources: ['https://tweets.vercel.fyi/x/rauchg/1980314641613091318'],
        },
        {
          figure: { ar: 'نحو 140', en: 'About 140' },
          according: { ar: 'مدونة', en: 'A blog' },
          sources: ['https://quitemailingyourself.com/tags/aws/dynamodb/outage'],
        },
        {
          figure: { ar: '142 خدمة عادت إلى العمل', en: '142 restored' },
          according: { ar: 'مقال منشور', en: 'A published article' },
          sources: ['https://read2earn.xyz/articles/26192'],
        },
      ],
      note: {
        ar: 'تختلف الأرقام بحسب المصدر ووقت العدّ، ولم يُتحقَّق من أي منها مقابل أرقام AWS.',
        en: "The counts vary with the source and the time of counting; none is verified against AWS's own figures.",
      },
    },
  ],
  sources: [
    PES,
    TUANNVM,
    CHIANG,
    PANTO,
    VHT,
    WILLISON,
    'https://reddit.jaspervandalum.nl/r/aws/comments/1odqsdq/summary_of_the_amazon_dynamodb_service_disruption',
    WINDOWSFORUM,
    'https://status.chargebee.com/incidents/r93dsnqt3nq3',
  ],
  sourceNotes: {
    ar: 'ملخص AWS بعد الحادثة منشور على https://aws.amazon.com/message/101925/، وتنقل المصادر الثانوية المذكورة أوقاته كذلك.',
    en: "AWS's post-event summary is at https://aws.amazon.com/message/101925/; the secondary sources listed also quote its times.",
  },
  corrections: [],
  lastUpdated: '2026-11-24',
  inScope: true,
};
