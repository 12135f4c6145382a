'use client';
// Tells screen readers when a status changes (politely), and only then: not on every poll.
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { Status } from '@/lib/status/vocabulary';
import { statusLabelKey } from '@/lib/i18n/status-label';
import { useLive } from './live-status';

export function StatusAnnouncer() {
  const { status } = useLive();
  const t = useTranslations('status');
  const locale = useLocale();
  const previous = useRef<Map<string, Status> | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const before = previous.current;
    previous.current = new Map(status.services.map((s) => [s.id, s.status]));
    if (!before) return;
    const changed = status.services.filter((s) => before.has(s.id) && before.get(s.id) !== s.status);
    if (changed.length === 0) return;
    // A cloud's strip shows what the company says; every other service, Marsad's measurement.
    const label = (s: (typeof changed)[number]) => t(statusLabelKey(s.category === 'cloud' ? (s.reported?.status ?? s.status) : s.status, s));
    setMessage(changed.map((s) => t('live.changed', { name: s.name[locale === 'ar' ? 'ar' : 'en'], status: label(s) })).join(' '));
  }, [status, t, locale]);

  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only" data-announcer="">
      {message}
    </div>
  );
}
