// The desk's forms: sign-in, declaring an incident and adding an update. Plain HTML forms posting to
// /desk/api/… (the server checks Origin, the session and every field); errors come back as `?error=`.
import { useTranslations } from 'next-intl';
import type { EditorPhase } from '@/lib/view-types';
import type { Locale } from '@/lib/i18n/routing';

const PHASES: EditorPhase[] = ['investigating', 'identified', 'monitoring', 'resolved'];
const IMPACTS = ['degraded', 'partial_outage', 'major_outage', 'maintenance', 'operational'] as const;
const input = 'block w-full rounded border border-line bg-bg px-3 py-2 text-base';
const label = 'block text-sm font-medium';
const button = 'rounded bg-fg px-4 py-3 text-base font-semibold text-bg';

export interface DeskServiceOption {
  id: string;
  name: string;
}

/** The field a refusal named, in the reader's words. */
export function FieldError({ field }: { field: string | undefined }) {
  const t = useTranslations('desk.form');
  if (!field) return null;
  const key = field.startsWith('impacts') ? 'service' : (['titleAr', 'titleEn', 'bodyAr', 'bodyEn', 'phase'] as const).find((k) => k === field);
  return (
    <p role="alert" className="rounded border border-line bg-surface p-3" data-error-field={field}>
      {t('error', { field: key ? t(key) : field })}
    </p>
  );
}

export function SignInForm({ lang, error, waitMinutes, signedOut }: { lang: Locale; error?: string; waitMinutes?: number; signedOut: boolean }) {
  const t = useTranslations('desk.signIn');
  return (
    <form method="post" action="/desk/api/sign-in" className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {signedOut ? <p role="status">{t('signedOut')}</p> : null}
      {error === 'credentials' ? <p role="alert" className="rounded border border-line bg-surface p-3">{t('errorCredentials')}</p> : null}
      {error === 'rate' ? <p role="alert" className="rounded border border-line bg-surface p-3">{t('errorRate', { minutes: waitMinutes ?? 15 })}</p> : null}
      {error === 'email' || error === 'password' ? <p role="alert" className="rounded border border-line bg-surface p-3">{t('errorField', { field: t(error) })}</p> : null}
      <input type="hidden" name="lang" value={lang} />
      <label className={label}>
        {t('email')}
        <input className={input} type="email" name="email" autoComplete="username" required dir="ltr" />
      </label>
      <label className={label}>
        {t('password')}
        <input className={input} type="password" name="password" autoComplete="current-password" required dir="ltr" />
      </label>
      <button type="submit" className={button}>{t('submit')}</button>
    </form>
  );
}

function ImpactRow({ services }: { services: DeskServiceOption[] }) {
  const t = useTranslations('desk.form');
  const ts = useTranslations('status');
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className={label}>
        {t('service')}
        <select name="service" className={input} defaultValue="">
          <option value="">{t('noService')}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>{s.name}</option>
          ))}
        </select>
      </label>
      <label className={label}>
        {t('impact')}
        <select name="impact" className={input} defaultValue="major_outage">
          {IMPACTS.map((i) => (
            <option key={i} value={i}>{ts(i)}</option>
          ))}
        </select>
      </label>
    </div>
  );
}

function PhaseSelect({ defaultPhase }: { defaultPhase: EditorPhase }) {
  const t = useTranslations('desk.form');
  const ti = useTranslations('incident');
  return (
    <label className={label}>
      {t('phase')}
      <select name="phase" className={input} defaultValue={defaultPhase}>
        {PHASES.map((p) => (
          <option key={p} value={p}>{ti(`phase.${p}`)}</option>
        ))}
      </select>
    </label>
  );
}

/** What a template fills in (the page reads `?template=`). */
export interface DeskInitial {
  phase: EditorPhase;
  bodyAr: string;
  bodyEn: string;
}

export interface DeskTemplateLink {
  id: string;
  label: string;
  href: string;
}

/** Templates as plain links: each reloads the form with its phase and text filled in. */
export function TemplateLinks({ templates }: { templates: DeskTemplateLink[] }) {
  const t = useTranslations('desk.form');
  return (
    <nav aria-label={t('templates')} className="space-y-2">
      <p className="text-sm font-medium">{t('templates')}</p>
      <ul className="flex flex-wrap gap-2 text-sm">
        {templates.map((template) => (
          <li key={template.id}>
            <a href={template.href} className="inline-block rounded border border-line px-3 py-2" data-template={template.id}>
              {template.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Opens the preview (both directions) in a new tab; nothing is published. */
function PreviewButton() {
  const t = useTranslations('desk.form');
  return (
    <button type="submit" formAction="/desk/api/preview" formTarget="_blank" className="rounded border border-line px-4 py-3 text-base">
      {t('preview')}
    </button>
  );
}

function BodyFields({ initial }: { initial?: DeskInitial }) {
  const t = useTranslations('desk.form');
  return (
    <>
      <label className={label}>
        {t('bodyAr')}
        <textarea name="bodyAr" className={input} rows={5} required dir="rtl" lang="ar" aria-describedby="markdown-hint" defaultValue={initial?.bodyAr} />
      </label>
      <p id="markdown-hint" className="text-sm text-muted">{t('markdownHint')}</p>
      <label className={label}>
        {t('bodyEn')}
        <textarea name="bodyEn" className={input} rows={4} dir="ltr" lang="en" aria-describedby="english-hint" defaultValue={initial?.bodyEn} />
      </label>
      <p id="english-hint" className="text-sm text-muted">{t('englishHint')}</p>
    </>
  );
}

export function DeclareForm({ lang, services, initial }: { lang: Locale; services: DeskServiceOption[]; initial?: DeskInitial }) {
  const t = useTranslations('desk.form');
  return (
    <form method="post" action="/desk/api/incidents" className="space-y-4">
      <input type="hidden" name="lang" value={lang} />
      <label className={label}>
        {t('titleAr')}
        <input className={input} name="titleAr" required minLength={3} maxLength={200} dir="rtl" lang="ar" />
      </label>
      <label className={label}>
        {t('titleEn')}
        <input className={input} name="titleEn" maxLength={200} dir="ltr" lang="en" />
      </label>
      <BodyFields initial={initial} />
      <PhaseSelect defaultPhase={initial?.phase ?? 'investigating'} />
      <ImpactRow services={services} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={button}>{t('submitDeclare')}</button>
        <PreviewButton />
      </div>
    </form>
  );
}

export function UpdateForm({ lang, slug, phase, services, initial }: { lang: Locale; slug: string; phase: EditorPhase; services: DeskServiceOption[]; initial?: DeskInitial }) {
  const t = useTranslations('desk.form');
  return (
    <form method="post" action={`/desk/api/incidents/${slug}/updates`} className="space-y-4">
      <input type="hidden" name="lang" value={lang} />
      <PhaseSelect defaultPhase={initial?.phase ?? phase} />
      <BodyFields initial={initial} />
      <ImpactRow services={services} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={button}>{t('submitUpdate')}</button>
        <PreviewButton />
      </div>
    </form>
  );
}
