// The messages the live status parts use in the browser (badges, figures, banner, uptime bars, rows), given
// only around the pages that have them: the other pages' JavaScript carries none of these texts.
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

const CLIENT_UPTIME_KEYS = ['label', 'start', 'today', 'total', 'totalPartial', 'totalNotEnough', 'day', 'dayNotEnough'] as const;

export async function StatusMessagesProvider({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  const uptime = Object.fromEntries(CLIENT_UPTIME_KEYS.map((key) => [key, messages.uptime[key]]));
  // The home page's live lists: open incidents and the cloud-outage banner (they re-render on each poll),
  // and the service rows and their group headings, drawn again from the first poll on.
  const { active, notMonitoredRow, statusPage, appsGroup, serviceCount } = messages.home;
  const live = { home: { active, notMonitoredRow, statusPage, appsGroup, serviceCount }, cloudEvent: messages.cloudEvent, category: messages.category };
  return <NextIntlClientProvider messages={{ status: messages.status, reason: messages.reason, uptime, ...live }}>{children}</NextIntlClientProvider>;
}
