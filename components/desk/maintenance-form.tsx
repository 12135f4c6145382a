// The desk's maintenance form: start and end in UTC (said on the form), the description in Arabic (required)
// and English, the affected services. A plain HTML form posting to /desk/api/maintenance… (the server checks
// Origin, the session and every field); a refusal comes back as `?error=<field>`.
import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/routing';
import type { MaintenanceView } from '@/lib/view-types';
import type { DeskServiceOption } from './desk-forms';

const input = 'block w-full rounded border border-line bg-bg px-3 py-2 text-base';
const label = 'block text-sm font-medium';
const button = 'rounded bg-fg px-4 py-3 text-base font-semibold text-bg';

/** `2026-12-07T02:00`: what a datetime-local field shows, in UTC. */
const utcField = (iso: string | undefined) => (iso ? iso.slice(0, 16) : undefined);

const FIELDS = ['startsAt', 'endsAt', 'descriptionAr', 'descriptionEn', 'services'] as const;

/** The field a refusal named, in the editor's words. */
export function MaintenanceFieldError({ field }: { field: string | undefined }) {
  const t = useTranslations('desk.maintenance');
  if (!field) return null;
  const key = FIELDS.find((k) => field === k || field.startsWith(`${k}.`));
  return (
    <p role="alert" className="rounded border border-line bg-surface p-3" data-error-field={field}>
      {t('error', { field: key ? t(key) : field })}
    </p>
  );
}

export function MaintenanceForm({ lang, services, current }: { lang: Locale; services: DeskServiceOption[]; current?: MaintenanceView }) {
  const t = useTranslations('desk.maintenance');
  const chosen = new Set(current?.services.map((s) => s.id) ?? []);
  return (
    <form method="post" action={current ? `/desk/api/maintenance/${current.id}` : '/desk/api/maintenance'} className="space-y-4" data-maintenance-form="">
      <input type="hidden" name="lang" value={lang} />
      <p id="time-hint" className="text-sm text-muted">{t('timeHint')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={label}>
          {t('startsAt')}
          <input className={input} type="datetime-local" name="startsAt" required dir="ltr" aria-describedby="time-hint" defaultValue={utcField(current?.startUtc)} />
        </label>
        <label className={label}>
          {t('endsAt')}
          <input className={input} type="datetime-local" name="endsAt" required dir="ltr" aria-describedby="time-hint" defaultValue={utcField(current?.endUtc)} />
        </label>
      </div>
      <label className={label}>
        {t('descriptionAr')}
        <textarea name="descriptionAr" className={input} rows={3} required minLength={3} maxLength={2000} dir="rtl" lang="ar" defaultValue={current?.description.ar ?? undefined} />
      </label>
      <label className={label}>
        {t('descriptionEn')}
        <textarea name="descriptionEn" className={input} rows={3} maxLength={2000} dir="ltr" lang="en" defaultValue={current?.description.en ?? undefined} />
      </label>
      <fieldset className="space-y-2">
        <legend className={label}>{t('services')}</legend>
        <div className="grid max-h-72 gap-1 overflow-y-auto rounded border border-line p-2 sm:grid-cols-2">
          {services.map((s) => (
            <label key={s.id} className="flex items-center gap-2 py-1">
              <input type="checkbox" name="services" value={s.id} defaultChecked={chosen.has(s.id)} className="size-5" />
              <bdi>{s.name}</bdi>
            </label>
          ))}
        </div>
      </fieldset>
      {current ? <p className="text-sm text-muted">{t('widenNote')}</p> : null}
      <button type="submit" className={button}>{t(current ? 'submitEdit' : 'submitSchedule')}</button>
    </form>
  );
}

export function CancelMaintenance({ lang, id }: { lang: Locale; id: string }) {
  const t = useTranslations('desk.maintenance');
  return (
    <form method="post" action={`/desk/api/maintenance/${id}/cancel`}>
      <input type="hidden" name="lang" value={lang} />
      <button type="submit" className="rounded border border-line px-4 py-3 text-base">{t('cancel')}</button>
    </form>
  );
}
