// RSS 2.0 items as plain strings, for the AWS and Azure feeds. XML is validated first (the parser alone is
// lenient), entity expansion stays within fast-xml-parser's limits, and attributes are ignored.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { describeZodError, invalidResponse } from '../failure';

export interface RssItem {
  title: string;
  description: string;
  pubDateMs?: number;
  guid?: string;
  link?: string;
  categories: string[];
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false, // guids and titles stay strings, never numbers
  trimValues: true,
  isArray: (tagName) => tagName === 'item' || tagName === 'category',
});

const text = z.union([z.string(), z.number()]).transform(String);
const rssSchema = z.object({
  rss: z.object({
    channel: z.object({
      item: z
        .array(
          z.object({
            title: text.default(''),
            description: text.default(''),
            pubDate: z.string().optional(),
            guid: text.optional(),
            link: z.string().optional(),
            category: z.array(text).default([]),
          }),
        )
        .default([]),
    }),
  }),
});

export function readRssItems(xml: string): RssItem[] {
  if (XMLValidator.validate(xml) !== true) throw invalidResponse('feed is not well-formed XML');
  const parsed = rssSchema.safeParse(parser.parse(xml));
  if (!parsed.success) throw invalidResponse(`not an RSS feed: ${describeZodError(parsed.error)}`);
  return parsed.data.rss.channel.item.map((item) => {
    const pubDateMs = item.pubDate ? Date.parse(item.pubDate) : NaN;
    return {
      title: item.title,
      description: item.description,
      pubDateMs: Number.isNaN(pubDateMs) ? undefined : pubDateMs,
      guid: item.guid,
      link: item.link,
      categories: item.category,
    };
  });
}
