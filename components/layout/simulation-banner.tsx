// The lab's banner (MARSAD_LAB=1, lib/lab.ts): on every page, above everything else, in inverted colours
// no status uses, so a screenshot of a lab page cannot pass for Marsad watching the real world. It names
// the simulation in the page's language and tags it in the other one.
import { getLocale, getMessages } from 'next-intl/server';
import { LOCALE_DIRECTION, asLocale, routing } from '@/lib/i18n/routing';

export interface SimulationBannerText {
  /** "Simulation" in the page's language. */
  label: string;
  /** "Simulation" in the other language, with its lang and dir. */
  otherLabel: { text: string; lang: string; dir: 'rtl' | 'ltr' };
  /** The sentence: what is simulated (the full banner) or a few words (widgets). */
  text: string;
}

export function SimulationBanner({ label, otherLabel, text, compact = false }: SimulationBannerText & { compact?: boolean }) {
  return (
    <div data-simulation-banner="" role="note" aria-label={label} className="border-b-4 border-dashed border-degraded bg-fg text-bg">
      <p className={compact ? 'px-2 py-1 text-xs' : 'mx-auto max-w-5xl px-4 py-2 text-sm'}>
        <strong className="me-2 inline-block rounded bg-degraded px-2 font-bold uppercase tracking-wide text-bg">
          {label}
          {' · '}
          <span lang={otherLabel.lang} dir={otherLabel.dir}>
            {otherLabel.text}
          </span>
        </strong>
        {text}
      </p>
    </div>
  );
}

/** The banner with its texts from `messages/` (namespace `lab`): the full sentence on pages, a short one in widgets. */
export async function LabBanner({ compact = false }: { compact?: boolean }) {
  const locale = asLocale(await getLocale());
  const other = routing.locales.find((l) => l !== locale) ?? locale;
  const texts = (await getMessages({ locale })).lab.banner;
  const otherTexts = (await getMessages({ locale: other })).lab.banner;
  return (
    <SimulationBanner
      compact={compact}
      label={texts.label}
      otherLabel={{ text: otherTexts.label, lang: other, dir: LOCALE_DIRECTION[other] }}
      text={compact ? texts.short : texts.text}
    />
  );
}
