// The source article Marsad grew from (../shared/article): credited by its headline, the only thing the
// copy gives. Its outlet, author, date and address are not known, and none is invented.
import type { Localized } from './types';

/** The headline as published (Arabic), and its meaning in English. */
export const SOURCE_ARTICLE_HEADLINE: Localized = {
  ar: 'انهيار “أمازون ويب سيرفيس” يعيد كسر وهم اللامركزية في عالم العملات الرقمية',
  en: 'The Amazon Web Services collapse breaks the illusion of decentralisation in the crypto world again',
};

/**
 * How pages name the article: by its headline, in quotation marks, saying the outlet is not known. English
 * gives the headline's meaning (the Arabic original inside an English sentence would be laid out backwards
 * around its quotation marks); the Arabic pages give the original.
 */
export const SOURCE_ARTICLE_CREDIT: Localized = {
  ar: `مقال «${SOURCE_ARTICLE_HEADLINE.ar}» (لم تُعرف الوسيلة التي نشرته)`,
  en: `the source article, “${SOURCE_ARTICLE_HEADLINE.en}” (in Arabic; outlet not known)`,
};
