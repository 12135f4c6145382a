// AWS us-east-1 (use1-az4) thermal event, 7–8 May 2026. From facts.json version 2
// (id aws-us-east-1-use1-az4-thermal-2026-05-07, in_scope false: the source article does not cover it).
import { SOURCE_ARTICLE_CREDIT } from '../article';
import type { IncidentInput } from '../build';

const INFOQ = 'https://infoq.com/news/2026/06/coinbase-aws-failure-postmortem';
const CRYPTOTIMES = 'https://www.cryptotimes.io/2026/06/02/coinbase-publishes-post-mortem-on-may-7-service-outage/';
const CRYPTONOMIST = 'https://en.cryptonomist.ch/2026/05/08/coinbase-aws-outage/';
const TNW = 'https://thenextweb.com/news/aws-northern-virginia-cooling-outage-coinbase';
const COINHEADLINES =
  'https://thecoinheadlines.com/crypto/coinbase-publishes-post-mortem-analysis-of-may-7-multi-hour-platform-failure/article-20639/';
const ODAILY = 'https://www.odaily.news/th/newsflash/485863';
const CHAINCATCHER = 'https://www.chaincatcher.com/en/tags/DENT';
const LAVX_AWS = 'https://news.lavx.hu/article/aws-us-east-1-region-faces-another-major-outage-as-power-loss-disrupts-services';
const LAVX_COINBASE = 'https://news.lavx.hu/article/coinbase-postmortem-shows-aws-cooling-failure-exposed-trading-system-coupling';
const WEBMAN = 'https://webman.tech/blog/aws-us-east-1-outage-may-2026';
const FAILURE_MODES = 'https://failure-modes.dev/library/fm-018';
const SOTWE = 'https://www.sotwe.com/netcore_inc';
const WEB3PAPER = 'https://web3paper.net/en/news/11885';
const DAILYSCOUT = 'https://thedailyscout.com/s/cmruNOwVpLo';
const PULSEBOT =
  'https://www.pulse.bot/climatetech/news/aws-hit-by-us-east-1-outage-after-data-center-thermal-event-9fd33b6f-893c-402d-93ed-9ddd7d1c17cc/';

export const AWS_US_EAST_1_2026_05_07: IncidentInput = {
  slug: 'aws-us-east-1-2026-05-07',
  factsId: 'aws-us-east-1-use1-az4-thermal-2026-05-07',
  provider: 'AWS',
  region: 'us-east-1',
  regionName: { ar: 'شمال فرجينيا', en: 'N. Virginia' },
  zone: 'use1-az4',
  title: {
    ar: 'حدث حراري لدى AWS في منطقة توافر واحدة (use1-az4) في us-east-1: أعطال في التبريد، وانقطاع للتداول في Coinbase استمر ساعات',
    en: 'AWS us-east-1 thermal event in one availability zone (use1-az4): cooling failures, and a multi-hour Coinbase trading outage',
  },
  summary: {
    ar: 'مساء 7 مايو 2026 بتوقيت شرق الولايات المتحدة (8 مايو في آسيا وأوروبا)، تعطّلت عدة وحدات تبريد في قاعة بيانات واحدة لدى AWS في منطقة التوافر use1-az4، فارتفعت الحرارة وأوقفت أنظمة الحماية الحرارية أجهزة EC2 وEBS. وبعد نحو نصف ساعة توقف التداول في Coinbase: فشلت عمليات الشراء والبيع للأفراد، والإرسال والاستلام، والإيداع والسحب. واستؤنف التداول في جميع دفاتر الأوامر صباح 8 مايو (07:49 UTC)، وانتهت آخر المهام المتراكمة في 18:00 UTC، بحسب تحليل Coinbase بعد الحادثة كما لخّصته الصحافة.',
    en: "On the evening of 7 May 2026, US Eastern time (8 May in Asia and Europe), several chillers in one AWS data hall in availability zone use1-az4 failed, temperatures rose and thermal protection shut down EC2 and EBS hardware. About half an hour later Coinbase lost trading: retail buying and selling, sends and receives, and deposits and withdrawals failed. Trading resumed on all order books on the morning of 8 May (07:49 UTC) and the last backlog cleared at 18:00 UTC, according to Coinbase's post-mortem as the press summarised it.",
  },
  rootCause: {
    ar: 'أدت أعطال متعددة في وحدات التبريد في قاعة بيانات واحدة لدى AWS (us-east-1، منطقة التوافر use1-az4) إلى ارتفاع الحرارة، فأوقفت أنظمة الحماية الحرارية أجهزة EC2 وEBS. وفقد محرك مطابقة الأوامر لدى Coinbase، وهو عنقود Raft من 5 عُقد أُبقي في مجموعة وضع واحدة (Cluster Placement Group) لتقليل زمن الاستجابة، النصاب (quorum) حين توقفت 3 من عُقده، واحتاج إلى تعديل طارئ في الشيفرة ومجموعة عُقد جديدة. وأبقى عطل في طبقة التحكم بخدمة Kafka المُدارة لدى AWS (MSK) أجزاءً من البيانات مقيّدة بالمنطقة المتأثرة، فتأخر التعافي.',
    en: "Several chiller (cooling) failures in one AWS data hall (us-east-1, availability zone use1-az4) raised temperatures, and thermal protection shut down EC2 and EBS hardware. Coinbase's matching engine, a 5-node Raft cluster kept in one Cluster Placement Group for low latency, lost quorum when 3 of its nodes went down, and needed an emergency code change and a new node group. A control-plane failure in AWS's managed Kafka service (MSK) kept partitions pinned to the impaired zone and slowed recovery.",
  },
  rootCauseConfidence: 'high',
  rootCauseSources: [INFOQ, CRYPTOTIMES, TNW, ODAILY, LAVX_COINBASE, SOTWE],
  phase: 'resolved',
  startUtc: '2026-05-07T23:20:00Z',
  endUtc: null,
  endNote: {
    ar: 'لا يوجد وقت نهاية مؤكد من مصدر لدى AWS؛ ويقول ملخص آلي ثانوي إن التبريد أُعيد بحلول 20:50 UTC يوم 8 مايو. أما Coinbase فاستأنفت التداول في 07:49 UTC يوم 8 مايو، وانتهت آخر المهام المتراكمة لديها في 18:00 UTC، ويقول تحليلها بعد الحادثة إن الانقطاع استمر نحو 8 ساعات وإن التعافي الكامل استغرق نحو 12 ساعة. وتؤرّخ الأخبار في آسيا وأوروبا الحدث بيوم 8 مايو.',
    en: "No end time is confirmed by an AWS source; a secondary automated digest says cooling was restored by 20:50 UTC on 8 May. Coinbase resumed trading at 07:49 UTC on 8 May and cleared its last backlog at 18:00 UTC; its post-mortem says the outage lasted about 8 hours and full recovery about 12. News in Asia and Europe dates the event 8 May.",
  },
  endBounds: {
    earliestUtc: '2026-05-08T07:49:00Z',
    latestUtc: '2026-05-08T18:00:00Z',
    note: {
      ar: 'من استئناف التداول في Coinbase (07:49 UTC) إلى انتهاء آخر مهامها المتراكمة (18:00 UTC)، بحسب تحليلها بعد الحادثة كما لخّصته الصحافة؛ أما نهاية الحدث لدى AWS نفسها فغير مؤكدة.',
      en: "From Coinbase resuming trading (07:49 UTC) to its last backlog clearing (18:00 UTC), per its post-mortem as the press summarised it; the end of the event at AWS itself is not confirmed.",
    },
  },
  durationNote: {
    ar: 'تختلف المدة بحسب المصدر وما يُحتسب: «أكثر من خمس ساعات» (The Cryptonomist)، و«سبع ساعات» (ملخصات)، ونحو 8 ساعات من الانقطاع ونحو 12 ساعة حتى التعافي الكامل (تحليل Coinbase بعد الحادثة كما لخّصته Odaily وChainCatcher وThe Crypto Times)، و«عشر ساعات» و«12 ساعة» لانقطاع التداول في مصادر أخرى، و«ثماني عشرة ساعة» لتصريف جميع الطوابير (مدونة). انظر نقاط الخلاف بين المصادر.',
    en: "The duration depends on the source and on what is counted: 'more than five hours' (The Cryptonomist), 'seven-hour' (digests), about 8 hours of outage and about 12 hours to full recovery (Coinbase's post-mortem as summarised by Odaily, ChainCatcher and The Crypto Times), a '10-hour' or '12-hour' trading outage elsewhere, and 'eighteen hours' to clear every queue (a blog). See where sources disagree.",
  },
  phases: [],
  events: [
    {
      service: 'AWS',
      timeUtc: '2026-05-07T23:20:00Z',
      timeNote: {
        ar: 'الوقت بحسب تحليل Coinbase بعد الحادثة كما نقلته The Crypto Times، ويتفق مع تحديثات AWS كما لخّصتها مواقع ثانوية.',
        en: "The time is per Coinbase's post-mortem as The Crypto Times reported it, and matches AWS's updates as summarised by secondary sites.",
      },
      state: 'partial_outage',
      summary: {
        ar: 'حدث حراري في قاعة بيانات واحدة في منطقة التوافر use1-az4: تعطّلت عدة وحدات تبريد، وأوقفت الحماية الحرارية خزائن الخوادم، وانقطعت الكهرباء عن خوادم EC2 وأقراص EBS على الأجهزة المتأثرة.',
        en: 'Thermal event in one data hall of availability zone use1-az4: several chiller units fail, racks shut down under thermal protection, and EC2 instances and EBS volumes on the affected hardware lose power.',
      },
      source: CRYPTOTIMES,
      extraSources: [INFOQ, FAILURE_MODES, DAILYSCOUT],
      confidence: 'medium',
      provenance: 'reconstructed',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: '2026-05-07T23:48:00Z',
      timeNote: {
        ar: 'يضع تقرير أول رصد لدى Coinbase لانقطاع متسلسل في الأسعار في 23:50 UTC، ويقول ملخص Coinbase على X (في نسخة) «نحو الثامنة مساءً بتوقيت شرق الولايات المتحدة».',
        en: "One report puts Coinbase's first detection of a cascading quote outage at 23:50 UTC; Coinbase's own summary on X (read in a copy) says 'around 8PM ET'.",
      },
      state: 'major_outage',
      summary: {
        ar: 'توقف التداول في Coinbase: فشلت عمليات الشراء والبيع للأفراد، والإرسال والاستلام، والإيداع والسحب في معظم المنتجات، وتراجع أداء توجيه الأوامر في Coinbase Prime. وفقد محرك مطابقة الأوامر، وهو عنقود Raft من 5 عُقد في مجموعة وضع واحدة لدى AWS، النصاب حين توقفت 3 من عُقده.',
        en: 'Coinbase trading goes down: retail buying and selling, sends and receives, and deposits and withdrawals fail on almost all products, and Coinbase Prime order routing is degraded. The matching engine, a 5-node Raft cluster in one AWS Cluster Placement Group, lost quorum when 3 of its nodes went down.',
      },
      source: CRYPTOTIMES,
      extraSources: [INFOQ, CRYPTONOMIST, TNW, COINHEADLINES, WEB3PAPER],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'AWS',
      timeUtc: '2026-05-08T00:25:00Z',
      timeNote: {
        ar: 'يؤكد The Next Web المضمون (حدث حراري ونقل الحركة بعيدًا عن المنطقة)، أما هذا الوقت وأوقات التحديثات اللاحقة فلا تذكرها إلا مواقع ثانوية. ويقول ملخص آخر إن الحركة نُقلت «بحلول 5:06 مساءً»، وهذا لم يُحسم.',
        en: "The Next Web confirms the content (a thermal event, traffic moved away from the zone); this time and those of later updates come only from secondary sites. Another digest says traffic was moved away 'by 5:06 p.m.'; this is unresolved.",
      },
      state: 'partial_outage',
      summary: {
        ar: 'أول إعلان على لوحة AWS Health Dashboard: أعطال في use1-az4، وتأثّر خوادم EC2 وأقراص EBS المستضافة على الأجهزة التي فقدت الكهرباء خلال الحدث الحراري. ونقلت AWS الحركة بعيدًا عن المنطقة ونصحت بنقل أحمال العمل إلى مناطق توافر أخرى، وكان تعافي التبريد أبطأ من المتوقع.',
        en: "First AWS Health Dashboard report: impairments in use1-az4, with EC2 instances and EBS volumes on hardware that lost power during the thermal event affected. AWS shifts traffic away from the zone and advises moving workloads to other availability zones; cooling recovers more slowly than expected.",
      },
      source: WEBMAN,
      extraSources: [LAVX_AWS, FAILURE_MODES, TNW],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'cloud_itself',
    },
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: '2026-05-08T06:25:00Z',
      state: 'partial_outage',
      summary: {
        ar: 'أُعيد محرك مطابقة الأوامر في Coinbase إلى العمل في وضع «الإلغاء فقط»، ثم مرّت الأسواق بوضع المزاد.',
        en: "Coinbase's matching engine is restored in cancel-only mode; markets then move through auction mode.",
      },
      source: CRYPTOTIMES,
      extraSources: [INFOQ, CRYPTONOMIST],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: '2026-05-08T07:49:00Z',
      state: 'degraded',
      summary: {
        ar: 'استؤنف التداول بالكامل في جميع دفاتر الأوامر في Coinbase، مع بقاء خدمات الأفراد متعثرة.',
        en: 'Trading fully resumes on all Coinbase order books; consumer-facing services are still impaired.',
      },
      source: CRYPTOTIMES,
      extraSources: [INFOQ],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: '2026-05-08T09:30:00Z',
      state: 'degraded',
      summary: {
        ar: 'عادت خدمات الأفراد في Coinbase إلى العمل جزئيًا.',
        en: "Coinbase's consumer-facing services are partly restored.",
      },
      source: CRYPTOTIMES,
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: '2026-05-08T13:53:00Z',
      state: 'degraded',
      summary: {
        ar: 'عادت خدمات الأفراد في Coinbase إلى العمل الطبيعي، مع استمرار تصريف المهام المتراكمة في تدفقات الأحداث (Kafka وMSK).',
        en: "Coinbase's consumer-facing services are back to normal operations; event-stream (Kafka/MSK) backlogs are still draining.",
      },
      source: CRYPTOTIMES,
      extraSources: [ODAILY],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: '2026-05-08T18:00:00Z',
      state: 'resolved',
      summary: {
        ar: 'انتهى تصريف آخر المهام المتراكمة في تدفقات الأحداث. ويقول تحليل Coinbase بعد الحادثة إن الانقطاع استمر نحو 8 ساعات وإن التعافي الكامل استغرق نحو 12 ساعة.',
        en: "The last event-stream backlog is cleared. Coinbase's post-mortem says the outage lasted about 8 hours and full recovery about 12.",
      },
      source: CRYPTOTIMES,
      extraSources: [ODAILY, CHAINCATCHER],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
    {
      service: 'AWS',
      timeUtc: '2026-05-08T20:50:00Z',
      timeNote: {
        ar: 'مصدر واحد هو ملخص آلي، ولم يُتحقَّق منه مقابل AWS.',
        en: 'A single automated-digest source, not verified against AWS.',
      },
      state: 'degraded',
      summary: {
        ar: 'يقول ملخص آلي إن AWS أعادت التبريد إلى مستواه قبل الحدث، وإن التعافي الكامل لخوادم EC2 وأقراص EBS المتأثرة استغرق وقتًا أطول.',
        en: 'An automated digest says AWS restored cooling to pre-event levels, and that full recovery of the affected EC2 instances and EBS volumes took longer.',
      },
      source: PULSEBOT,
      confidence: 'low',
      provenance: 'reconstructed',
      cloudLink: 'cloud_itself',
    },
  ],
  disagreements: [
    {
      topic: { ar: 'المدة', en: 'Duration' },
      figures: [
        {
          figure: { ar: '«أكثر من خمس ساعات»', en: "'More than five hours'" },
          according: { ar: 'The Cryptonomist', en: 'The Cryptonomist' },
          sources: [CRYPTONOMIST],
        },
        {
          figure: { ar: '«سبع ساعات»', en: "'Seven-hour'" },
          according: { ar: 'ملخصات', en: 'Digests' },
          sources: [],
        },
        {
          figure: { ar: 'نحو 8 ساعات من الانقطاع، ونحو 12 ساعة حتى التعافي الكامل', en: 'About 8 hours of outage, about 12 hours to full recovery' },
          according: {
            ar: 'تحليل Coinbase بعد الحادثة، كما لخّصته Odaily وChainCatcher وThe Crypto Times',
            en: "Coinbase's post-mortem, as summarised by Odaily, ChainCatcher and The Crypto Times",
          },
          sources: [ODAILY, CHAINCATCHER, CRYPTOTIMES],
        },
        {
          figure: { ar: '«عشر ساعات»', en: "'10-hour'" },
          according: { ar: 'The Pragmatic Engineer، كما نقله موقع تجميع', en: 'The Pragmatic Engineer, as quoted by an aggregator' },
          sources: [],
        },
        {
          figure: { ar: '«انقطاع للتداول لمدة 12 ساعة»', en: "A '12-hour trading outage'" },
          according: { ar: 'منتدى', en: 'A forum' },
          sources: [],
        },
        {
          figure: { ar: '«ثماني عشرة ساعة» لتصريف جميع الطوابير', en: "'Eighteen hours' to clear every queue" },
          according: { ar: 'مدونة', en: 'A blog' },
          sources: [],
        },
      ],
    },
    {
      topic: { ar: 'التاريخ', en: 'Date' },
      figures: [
        {
          figure: { ar: '7 مايو 2026', en: '7 May 2026' },
          according: { ar: 'بتوقيت الولايات المتحدة', en: 'US time' },
          sources: [CRYPTOTIMES],
        },
        {
          figure: { ar: '8 مايو 2026', en: '8 May 2026' },
          according: { ar: 'بالتوقيت العالمي UTC وفي أخبار آسيا', en: 'UTC, and news in Asia' },
          sources: [CRYPTONOMIST, ODAILY],
        },
      ],
      note: {
        ar: 'بدأ الحدث في 23:20 UTC يوم 7 مايو، حين كان التاريخ قد صار 8 مايو في آسيا ومعظم أوروبا.',
        en: 'The event began at 23:20 UTC on 7 May, when it was already 8 May in Asia and most of Europe.',
      },
    },
    {
      topic: { ar: 'النطاق', en: 'Scope' },
      figures: [
        {
          figure: { ar: 'أعطال في عدة مناطق توافر لدى AWS', en: 'Failures across multiple AWS zones' },
          according: { ar: 'أول ملخص علني من Coinbase (في نسخة من منشورها على X)', en: "Coinbase's first public summary (read in a copy of its post on X)" },
          sources: [SOTWE],
        },
        {
          figure: { ar: 'منطقة توافر واحدة (use1-az4)', en: 'A single availability zone (use1-az4)' },
          according: { ar: 'AWS، وتحليل Coinbase بعد الحادثة', en: "AWS, and Coinbase's post-mortem" },
          sources: [INFOQ, CRYPTOTIMES],
        },
      ],
      note: {
        ar: 'يقول تحليل Coinbase بعد الحادثة إن اعتماد أنظمتها نفسها على منطقة توافر واحدة هو ما أطال الانقطاع.',
        en: "Coinbase's post-mortem says its own systems' dependence on a single zone is what prolonged the outage.",
      },
    },
  ],
  sources: [
    INFOQ,
    CRYPTOTIMES,
    CRYPTONOMIST,
    TNW,
    COINHEADLINES,
    ODAILY,
    CHAINCATCHER,
    LAVX_AWS,
    WEBMAN,
    FAILURE_MODES,
    SOTWE,
    WEB3PAPER,
  ],
  sourceNotes: {
    ar: 'لم يُعثر على تحليل Coinbase بعد الحادثة ولا على صفحة حالتها ولا على مدخل لوحة AWS Health Dashboard؛ وقُرئت منشورات Coinbase وBrian Armstrong على X في نسخة (sotwe.com) فقط. والأوقات مأخوذة من ملخص The Crypto Times لتحليل Coinbase.',
    en: "Coinbase's own post-mortem and status page, and the AWS Health Dashboard entry, were not found; Coinbase's and Brian Armstrong's posts on X were read only in a copy (sotwe.com). Times come from The Crypto Times' summary of Coinbase's post-mortem.",
  },
  corrections: [
    {
      date: '2026-12-06',
      text: {
        ar: 'صُحّحت بداية الحادثة من 23:48 إلى 23:20 UTC: الساعة 23:48 هي وقت توقف التداول في Coinbase، أما الحدث الحراري لدى AWS فبدأ قبل ذلك. وبقي توقف Coinbase حدثًا مستقلًا.',
        en: "The incident's start is corrected from 23:48 to 23:20 UTC: 23:48 is when Coinbase trading went down, and AWS's thermal event began earlier. The Coinbase outage stays an event of its own.",
      },
    },
    {
      date: '2026-12-06',
      text: {
        ar: 'رُفعت درجة الثقة في السبب من متوسطة إلى عالية (مصدران صحفيان نقلًا عن تحليل Coinbase)، وأُضيفت سبعة أحداث: بداية الحدث الحراري، وأول إعلان لـ AWS، ومراحل تعافي Coinbase، وعودة التبريد (مصدر ثانوي). وصار لكل مصدر نوعه وناشره.',
        en: "The cause's confidence is raised from medium to high (two press sources drawing on Coinbase's post-mortem), and seven events were added: the start of the thermal event, AWS's first post, Coinbase's recovery steps, and cooling restored (a secondary source). Every source now has its type and publisher.",
      },
    },
  ],
  lastUpdated: '2026-12-06',
  inScope: false,
  scopeNote: {
    ar: `لا يتناول ${SOURCE_ARTICLE_CREDIT.ar} هذا الحدث: فهو حادثة لاحقة لدى AWS في us-east-1، كثيرًا ما يُخلط بينها وبين انقطاع أكتوبر 2025. ويعرضها مرصد حادثةً مستقلة.`,
    en: `This event is not covered by ${SOURCE_ARTICLE_CREDIT.en}: it is a later AWS us-east-1 incident, often confused with the October 2025 outage. Marsad shows it as an incident of its own.`,
  },
};
