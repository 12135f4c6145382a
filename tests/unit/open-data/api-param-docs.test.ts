// Every query parameter an open-data route accepts is explained on /open-data in both languages (the
// page reads api.docs.params.<name>; a missing one showed the message key and logged MISSING_MESSAGE).
import { describe, expect, it } from 'vitest';
import { historyQuery, incidentsQuery, langQuery, servicesQuery } from '@/lib/open-data/api-params';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

describe('open-data parameter docs', () => {
  const keys = [...new Set([...servicesQuery.keys, ...historyQuery.keys, ...incidentsQuery.keys, ...langQuery.keys])];
  it.each(keys)('%s is explained in Arabic and English', (key) => {
    for (const messages of [ar, en]) expect((messages.api.docs.params as Record<string, string>)[key], key).toBeTruthy();
  });
});
