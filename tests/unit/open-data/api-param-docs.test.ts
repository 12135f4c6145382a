// Every query parameter an open-data route accepts is explained on /open-data in both languages (the
// page reads api.docs.params.<name>; a missing one showed the message key and logged MISSING_MESSAGE).
import { describe, expect, it } from 'vitest';
import { historyQuery, incidentsQuery, langQuery, servicesQuery } from '@/lib/open-data/api-params';
import { OPENAPI_DOCUMENT } from '@/lib/open-data/openapi';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

describe('open-data parameter docs', () => {
  const keys = [...new Set([...servicesQuery.keys, ...historyQuery.keys, ...incidentsQuery.keys, ...langQuery.keys])];
  it.each(keys)('%s is explained in Arabic and English', (key) => {
    for (const messages of [ar, en]) expect((messages.api.docs.params as Record<string, string>)[key], key).toBeTruthy();
  });
});

describe('open-data endpoint docs', () => {
  // The page describes each OpenAPI operation with api.docs.ops.<operationId>: a new route without its
  // words showed the message key (the scheduled-maintenance routes did).
  // The page lists the paths under /api/v1/ and /api/v2/ (app/[locale]/(site)/open-data/page.tsx).
  const operations = Object.entries(OPENAPI_DOCUMENT.paths)
    .filter(([path]) => path.startsWith('/api/v1/') || path.startsWith('/api/v2/'))
    .flatMap(([, item]) => Object.values(item as Record<string, { operationId?: string }>).map((op) => op.operationId))
    .filter((id): id is string => typeof id === 'string');
  it.each(operations)('%s is described in Arabic and English', (id) => {
    for (const messages of [ar, en]) expect((messages.api.docs.ops as Record<string, string>)[id], id).toBeTruthy();
  });
});
