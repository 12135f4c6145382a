// Lab mode (lib/lab.ts): only MARSAD_LAB=1 turns it on; it refuses a real database and the default data
// directory; the front server's answers carry the simulation header only then; the banner says
// "simulation" in the page's language with the other language's word beside it.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SimulationBanner } from '@/components/layout/simulation-banner';
import { isLabMode, labSettingsProblem, simulationHeaders, SIMULATION_HEADER } from '@/lib/lab';
import { readFrontSettings } from '@/lib/front/server/settings';
import { readRuntimeConfig } from '@/lib/engine/runtime-config';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

const LAB = { MARSAD_LAB: '1', MARSAD_DATA_DIR: '/tmp/marsad-lab/data' };

describe('lab mode', () => {
  it('is on only with MARSAD_LAB=1', () => {
    expect(isLabMode({})).toBe(false);
    expect(isLabMode({ MARSAD_LAB: '' })).toBe(false);
    expect(isLabMode({ MARSAD_LAB: '0' })).toBe(false);
    expect(isLabMode({ MARSAD_LAB: 'true' })).toBe(false);
    expect(isLabMode(LAB)).toBe(true);
  });

  it('adds the simulation header to answers only in lab mode', () => {
    expect(simulationHeaders({})).toEqual({});
    expect(simulationHeaders(LAB)).toEqual({ [SIMULATION_HEADER]: 'simulation' });
  });

  it('refuses a real database, the default data directory and a misspelt value, at start', () => {
    expect(labSettingsProblem({})).toBeNull();
    expect(labSettingsProblem({ DATABASE_URL: 'postgres://db/marsad' })).toBeNull();
    expect(labSettingsProblem(LAB)).toBeNull();
    expect(labSettingsProblem({ ...LAB, DATABASE_URL: '' })).toBeNull();
    expect(labSettingsProblem({ ...LAB, DATABASE_URL: 'postgres://db/marsad' })).toMatch(/DATABASE_URL/);
    expect(labSettingsProblem({ MARSAD_LAB: '1' })).toMatch(/MARSAD_DATA_DIR/);
    expect(labSettingsProblem({ MARSAD_LAB: '1', MARSAD_DATA_DIR: './data' })).toMatch(/MARSAD_DATA_DIR/);
    expect(labSettingsProblem({ MARSAD_LAB: '1', MARSAD_DATA_DIR: 'data/' })).toMatch(/MARSAD_DATA_DIR/);
    expect(labSettingsProblem({ ...LAB, MARSAD_LAB: 'yes' })).toMatch(/MARSAD_LAB must be "1"/);
    expect(labSettingsProblem({ ...LAB, MARSAD_TELEGRAM_BOT_TOKEN: '123456:abcdefghijklmnopqrstuvwxyz' })).toMatch(/MARSAD_TELEGRAM_BOT_TOKEN/);
    expect(labSettingsProblem({ ...LAB, MARSAD_TELEGRAM_BOT_TOKEN: '' })).toBeNull();
    // Both places a process reads its settings stop the start.
    expect(() => readFrontSettings({ ...LAB, DATABASE_URL: 'postgres://db/marsad' })).toThrow(/DATABASE_URL/);
    expect(() => readRuntimeConfig({ ...LAB, DATABASE_URL: 'postgres://db/marsad' })).toThrow(/DATABASE_URL/);
    expect(() => readFrontSettings(LAB)).not.toThrow();
  });
});

describe("the engine's rule windows as settings (the lab compresses them)", () => {
  it('reads each window from the environment, and keeps the defaults for the rest', () => {
    expect(readRuntimeConfig({}).windows).toEqual({});
    expect(
      readRuntimeConfig({
        MARSAD_REOPEN_MS: '60000',
        MARSAD_CLOUD_EVENT_MIN_SERVICES: '3',
        MARSAD_CLOUD_EVENT_WINDOW_MS: '60000',
        MARSAD_CLOUD_EVENT_QUIET_MS: '45000',
        MARSAD_CLOUD_EVENT_REJOIN_MS: '60000',
        MARSAD_MEASURED_REFRESH_MS: '5000',
      }).windows,
    ).toEqual({ reopenMs: 60_000, cloudEventMinServices: 3, cloudEventWindowMs: 60_000, cloudEventQuietMs: 45_000, cloudEventRejoinMs: 60_000, measuredRefreshMs: 5000 });
    expect(readRuntimeConfig({ MARSAD_CLOUD_EVENT_QUIET_MS: '' }).windows).toEqual({});
  });

  it('refuses a value that would turn a rule off or is not a whole number', () => {
    expect(() => readRuntimeConfig({ MARSAD_CLOUD_EVENT_MIN_SERVICES: '0' })).toThrow(/MARSAD_CLOUD_EVENT_MIN_SERVICES must be a whole number, at least 1/);
    expect(() => readRuntimeConfig({ MARSAD_CLOUD_EVENT_WINDOW_MS: '10m' })).toThrow(/MARSAD_CLOUD_EVENT_WINDOW_MS/);
    expect(() => readRuntimeConfig({ MARSAD_REOPEN_MS: '500' })).toThrow(/at least 1000/);
  });
});

describe('the simulation banner', () => {
  const render = (messages: typeof ar, other: typeof en, lang: string, dir: 'rtl' | 'ltr', compact = false) =>
    renderToStaticMarkup(
      createElement(SimulationBanner, {
        label: messages.lab.banner.label,
        otherLabel: { text: other.lab.banner.label, lang, dir },
        text: compact ? messages.lab.banner.short : messages.lab.banner.text,
        compact,
      }),
    );

  it('names the simulation in both languages, the page language first', () => {
    const arabic = render(ar, en, 'en', 'ltr');
    expect(arabic).toContain('data-simulation-banner');
    expect(arabic.indexOf('محاكاة')).toBeLessThan(arabic.indexOf('Simulation'));
    expect(arabic).toContain('<span lang="en" dir="ltr">Simulation</span>');
    expect(arabic).toContain(ar.lab.banner.text);
    const english = render(en, ar, 'ar', 'rtl');
    expect(english.indexOf('Simulation')).toBeLessThan(english.indexOf('محاكاة'));
    expect(english).toContain(en.lab.banner.text);
    expect(render(en, ar, 'ar', 'rtl', true)).toContain(en.lab.banner.short);
  });

  it('says, in both languages, that nothing in it is real', () => {
    expect(ar.lab.banner.text).toMatch(/مصطنع/);
    expect(en.lab.banner.text).toMatch(/made-up/);
    expect(en.lab.banner.text).toMatch(/nothing you see here really happened/);
  });
});
