'use client';
// The visitor's display choices (digits, time zone, theme), kept in localStorage and applied by the
// inline preferences script, so the server's HTML stays the same for everyone. The panel opens in the
// page's flow as a full-width row at the foot of the header (PREFERENCES_SLOT_ID: the page moves down, the
// status banner is never covered), and closes on Esc (focus back on its button) and on a click or tap
// outside the button and the panel. The button is the <summary> of a <details>, so it says whether it is
// open; the panel is rendered into the header's slot while it is.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { PREFERENCES_SLOT_ID } from './preferences-slot';
import {
  DIGIT_CHOICES, PREFERENCES_STORAGE_KEY, THEME_CHOICES, TIME_ZONE_CHOICES, parsePreferences, type Preferences,
} from '@/lib/i18n/preferences';

const PANEL_ID = 'preferences-panel';

export interface PreferencesLabels {
  title: string;
  digits: string;
  timeZone: string;
  theme: string;
  digitOptions: Record<(typeof DIGIT_CHOICES)[number], string>;
  themeOptions: Record<(typeof THEME_CHOICES)[number], string>;
  timeZoneOptions: Record<(typeof TIME_ZONE_CHOICES)[number], string>;
}

/** Storage can be denied (blocked site data, a third-party iframe): then the defaults apply. */
function readStored(): string | null {
  try {
    return localStorage.getItem(PREFERENCES_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function PreferencesMenu({ labels }: { labels: PreferencesLabels }) {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  useEffect(() => setPrefs(parsePreferences(readStored())), []);
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    setSlot(document.getElementById(PREFERENCES_SLOT_ID));
    // Opened before the page was interactive: show it now.
    setOpen(details.current?.open ?? false);
  }, []);
  useEffect(() => {
    const close = (focus: boolean) => {
      const el = details.current;
      if (!el?.open) return;
      el.open = false;
      setOpen(false);
      if (focus) el.querySelector('summary')?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && details.current?.open) {
        e.preventDefault();
        close(true);
      }
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (details.current?.contains(target) || document.getElementById(PANEL_ID)?.contains(target)) return;
      close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);

  function update(change: Partial<Preferences>) {
    const next = { ...(prefs ?? parsePreferences(null)), ...change };
    setPrefs(next);
    try {
      localStorage.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Private mode or full storage: the choice applies to this page only.
    }
    (window as unknown as { marsadLocalize?: () => void }).marsadLocalize?.();
  }

  const select = 'mt-1 block w-full rounded border border-line bg-surface px-2 py-1.5 text-sm';
  const panel = (
    <div id={PANEL_ID} role="group" aria-label={labels.title} className="mt-3 grid gap-3 rounded-lg border border-line bg-surface p-3 text-sm sm:grid-cols-3" data-preferences-panel="">
      <label className="block">
        {labels.digits}
        <select className={select} value={prefs?.digits ?? 'latn'} onChange={(e) => update({ digits: e.target.value as Preferences['digits'] })} data-pref="digits">
          {DIGIT_CHOICES.map((d) => (
            <option key={d} value={d}>{labels.digitOptions[d]}</option>
          ))}
        </select>
      </label>
      <label className="block">
        {labels.timeZone}
        <select className={select} value={prefs?.timeZone ?? 'auto'} onChange={(e) => update({ timeZone: e.target.value as Preferences['timeZone'] })} data-pref="timeZone">
          {TIME_ZONE_CHOICES.map((z) => (
            <option key={z} value={z}>{labels.timeZoneOptions[z]}</option>
          ))}
        </select>
      </label>
      <label className="block">
        {labels.theme}
        <select className={select} value={prefs?.theme ?? 'system'} onChange={(e) => update({ theme: e.target.value as Preferences['theme'] })} data-pref="theme">
          {THEME_CHOICES.map((t) => (
            <option key={t} value={t}>{labels.themeOptions[t]}</option>
          ))}
        </select>
      </label>
    </div>
  );
  return (
    <details ref={details} className="text-sm" data-preferences="" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer list-none rounded border border-line px-3 py-2 hover:bg-bg" aria-controls={open ? PANEL_ID : undefined}>
        {labels.title}
      </summary>
      {open && slot ? createPortal(panel, slot) : null}
    </details>
  );
}
