// AWS us-east-1 (use1-az4) thermal event, 7–8 May 2026. From facts.json
// (id aws-us-east-1-use1-az4-thermal-2026-05-07, in_scope false: the source article does not cover it).
import type { IncidentInput } from '../build';

const COINHEADLINES =
  'https://thecoinheadlines.com/crypto/coinbase-publishes-post-mortem-analysis-of-may-7-multi-hour-platform-failure/article-20639/';
const CHAINCATCHER = 'https://www.chaincatcher.com/en/tags/DENT';
const CRYPTONOMIST = 'https://en.cryptonomist.ch/2026/05/08/coinbase-aws-outage/';
const LAVX = 'https://news.lavx.hu/article/aws-us-east-1-region-faces-another-major-outage-as-power-loss-disrupts-services';

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
    ar: 'مساء 7 مايو 2026 بتوقيت شرق الولايات المتحدة (8 مايو في آسيا وأوروبا)، تعطّلت عدة وحدات تبريد في مركز بيانات واحد لدى AWS في us-east-1، فارتفعت الحرارة وأوقفت أنظمة الحماية الحرارية أجهزة EC2 وEBS. وتوقف التداول في Coinbase لساعات، إذ كان محرك مطابقة الأوامر لديها مجمّعًا في ذلك المرفق بحسب تحليلها بعد الحادثة: فشلت عمليات الشراء والبيع للأفراد، والإرسال والاستلام، والإيداع والسحب.',
    en: "On the evening of 7 May 2026, US Eastern time (8 May in Asia and Europe), several chillers in one AWS data centre in us-east-1 failed, temperatures rose and thermal protection shut down EC2 and EBS hardware. Coinbase, whose matching engine sat in that one facility according to its post-mortem, lost trading for hours: retail buying and selling, sends and receives, and deposits and withdrawals failed.",
  },
  rootCause: {
    ar: 'أدت أعطال متعددة في وحدات التبريد في مركز بيانات واحد لدى AWS إلى ارتفاع الحرارة، فأوقفت أنظمة الحماية الحرارية أجهزة EC2 وEBS. وفقد محرك مطابقة الأوامر لدى Coinbase، المجمّع في مرفق واحد لتقليل زمن الاستجابة، النصاب (quorum) اللازم لعمله، وأخّرت مشكلات في طبقة التحكم بخدمة Kafka المُدارة لدى AWS (MSK) التعافي.',
    en: "Several chiller (cooling) failures in one AWS data centre raised temperatures, and thermal protection shut down EC2 and EBS hardware. Coinbase's matching engine, kept in one facility for low latency, lost quorum, and control-plane problems in AWS's managed Kafka service (MSK) slowed recovery.",
  },
  rootCauseConfidence: 'medium',
  phase: 'resolved',
  startUtc: '2026-05-07T23:48:00Z',
  endUtc: null,
  endNote: {
    ar: 'لا يوجد وقت نهاية واحد منشور. يذكر ملخص تحليل Coinbase بعد الحادثة أن الانقطاع استمر نحو 8 ساعات وأن التعافي الكامل استغرق نحو 12 ساعة، وتقول تقارير أخرى «أكثر من خمس ساعات». بدأ الحدث في 7:48 مساءً بتوقيت ET يوم 7 مايو، وتؤرّخه الأخبار في آسيا وأوروبا بيوم 8 مايو.',
    en: "No single end time is published. Coinbase's post-mortem, as summarised, gives an outage of about 8 hours and full recovery after about 12 hours; other reports say 'more than five hours'. It began at 7:48 PM ET on 7 May, which news in Asia and Europe dates 8 May.",
  },
  endBounds: {
    earliestUtc: '2026-05-08T04:48:00Z',
    latestUtc: '2026-05-08T11:48:00Z',
    note: {
      ar: 'محسوبة من المدد المنشورة (نحو 5 ساعات في أقصرها، ونحو 12 ساعة حتى التعافي الكامل) ابتداءً من 23:48 UTC؛ وهي تقريبية وليست أوقاتًا منشورة.',
      en: 'Computed from the reported durations (about 5 hours at the shortest, about 12 hours to full recovery) counted from 23:48 UTC; approximate, not published times.',
    },
  },
  durationNote: {
    ar: 'بين 5 و12 ساعة تقريبًا بحسب المصدر وما يُحتسب: «أكثر من خمس ساعات» (Cryptonomist وCryptoGazette)، أو نحو 8 ساعات من الانقطاع ونحو 12 ساعة حتى التعافي الكامل (تحليل Coinbase بعد الحادثة كما لخّصه ChainCatcher)، أو «انقطاع للتداول لمدة 12 ساعة» (منتدى).',
    en: "About 5 to 12 hours, depending on the source and on what is counted: 'more than five hours' (Cryptonomist, CryptoGazette), about 8 hours of outage and about 12 hours to full recovery (Coinbase's post-mortem as summarised by ChainCatcher), or a '12-hour trading outage' (a forum).",
  },
  phases: [],
  events: [
    {
      service: 'Coinbase (exchange/app)',
      timeUtc: '2026-05-07T23:48:00Z',
      state: 'major_outage',
      summary: {
        ar: 'فشلت في Coinbase عمليات الشراء والبيع للأفراد، والإرسال والاستلام، والإيداع والسحب، وواجه توجيه أوامر Prime مشكلات؛ وخلال التعافي وُضعت المنصة في وضع «الإلغاء فقط» ثم في وضع المزاد. ويربط تحليل Coinbase بعد الحادثة، كما نُقل، هذا العطل بعطل التبريد لدى AWS.',
        en: "Coinbase retail buying and selling, sends and receives, and deposits and withdrawals fail, and Prime order routing has problems; during recovery the exchange runs in cancel-only mode and then in auction mode. Coinbase's post-mortem, as reported, links the failure to the AWS cooling failure.",
      },
      source: COINHEADLINES,
      extraSources: [CRYPTONOMIST],
      confidence: 'medium',
      provenance: 'reported',
      cloudLink: 'named_by_company',
    },
  ],
  disagreements: [
    {
      topic: { ar: 'المدة', en: 'Duration' },
      figures: [
        {
          figure: { ar: 'نحو 5 ساعات («أكثر من خمس ساعات»)', en: "About 5 hours ('more than five hours')" },
          according: { ar: 'Cryptonomist وCryptoGazette', en: 'Cryptonomist and CryptoGazette' },
          sources: [CRYPTONOMIST],
        },
        {
          figure: { ar: 'نحو 8 ساعات من الانقطاع، ونحو 12 ساعة حتى التعافي الكامل', en: 'About 8 hours of outage, about 12 hours to full recovery' },
          according: { ar: 'تحليل Coinbase بعد الحادثة، كما لخّصه ChainCatcher', en: "Coinbase's post-mortem, as summarised by ChainCatcher" },
          sources: [CHAINCATCHER],
        },
        {
          figure: { ar: '«انقطاع للتداول لمدة 12 ساعة»', en: "A '12-hour trading outage'" },
          according: { ar: 'منتدى', en: 'A forum' },
          sources: [],
        },
      ],
    },
    {
      topic: { ar: 'التاريخ', en: 'Date' },
      figures: [
        {
          figure: { ar: '7 مايو 2026', en: '7 May 2026' },
          according: { ar: 'بتوقيت شرق الولايات المتحدة (ET)', en: 'US Eastern time (ET)' },
          sources: [COINHEADLINES],
        },
        {
          figure: { ar: '8 مايو 2026', en: '8 May 2026' },
          according: { ar: 'أخبار في آسيا وأوروبا', en: 'News in Asia and Europe' },
          sources: [],
        },
      ],
      note: {
        ar: 'بدأ الحدث في 23:48 UTC يوم 7 مايو، حين كان التاريخ قد صار 8 مايو في آسيا ومعظم أوروبا.',
        en: 'The event began at 23:48 UTC on 7 May, when it was already 8 May in Asia and most of Europe.',
      },
    },
  ],
  sources: [COINHEADLINES, CHAINCATCHER, CRYPTONOMIST, LAVX],
  corrections: [],
  lastUpdated: '2026-11-24',
  inScope: false,
  scopeNote: {
    ar: 'لا يتناول المقال الذي ألهم مرصد هذا الحدث: فهو حادثة لاحقة لدى AWS في us-east-1، كثيرًا ما يُخلط بينها وبين انقطاع أكتوبر 2025. ويعرضها مرصد حادثةً مستقلة.',
    en: 'The article that inspired Marsad does not cover this event: it is a later AWS us-east-1 incident, often confused with the October 2025 outage. Marsad shows it as an incident of its own.',
  },
};
