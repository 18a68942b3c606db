/**
 * The options page (issue 7, "Checks"): English and Arabic, light and dark, scanned with axe-core;
 * every control reached by Tab with a visible focus indicator and worked by keyboard alone
 * (Space on switches, arrows in the radio groups, typing and Enter in the site list); a screenshot.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type GlossBrowser } from '../../scripts/lib/chromium';
import { repoPath, serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { translate, type UiLang } from '../../utils/i18n';
import { expectNoSeriousViolations, markFocusable, readSettings, tabTo, walkTabOrder, writeSettings } from './reading-helpers';

const SCREENSHOTS = repoPath('docs', 'screenshots');
/** Storage round trips (page -> storage -> watchers -> page) get this long. */
const POLL = { timeout: 5000 };

let server: StaticServer;
let gloss: GlossBrowser;
let options: Page;

const pageState = () =>
  options.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.gloss-options');
    return { dir: root?.dir, lang: root?.lang, theme: root?.dataset.theme, htmlDir: document.documentElement.dir, heading: document.querySelector('h1')?.textContent ?? '' };
  });

async function showOptionsIn(uiLang: UiLang, theme: 'light' | 'dark') {
  await writeSettings(gloss.worker, { uiLang, theme });
  await expect.poll(pageState, POLL).toMatchObject({ lang: uiLang, theme, heading: translate(uiLang, 'optionsTitle') });
}

const stored = () => readSettings(gloss.worker);

beforeAll(async () => {
  // The options page needs no article; the server only satisfies the launcher.
  server = await serveFiles({});
  gloss = await launchWithExtension(server.port, []);
  options = await gloss.context.newPage();
  await options.setViewportSize({ width: 800, height: 900 });
  await options.goto(`chrome-extension://${gloss.extensionId}/options.html`);
  await options.locator('h1').waitFor({ timeout: 20_000 });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await gloss?.close();
  await server?.close();
});

describe('the options page in English and Arabic, light and dark', () => {
  it('en, light: left to right, English labels, screenshot, no serious axe findings', async () => {
    await showOptionsIn('en', 'light');
    expect(await pageState()).toMatchObject({ dir: 'ltr', htmlDir: 'ltr' });
    expect(await options.locator('fieldset[data-setting="uiLang"] legend').innerText()).toBe(translate('en', 'optLanguage'));
    await options.mouse.move(0, 0);
    await options.screenshot({ path: `${SCREENSHOTS}/options-en.png`, fullPage: true });
    await expectNoSeriousViolations(options, 'options en light');
  });

  it('en, dark: no serious axe findings', async () => {
    await showOptionsIn('en', 'dark');
    await expectNoSeriousViolations(options, 'options en dark');
  });

  it('ar, light and dark: right to left, Arabic labels, no serious axe findings', async () => {
    await showOptionsIn('ar', 'light');
    expect(await pageState()).toMatchObject({ dir: 'rtl', htmlDir: 'rtl' });
    expect(await options.locator('fieldset[data-setting="uiLang"] legend').innerText()).toBe(translate('ar', 'optLanguage'));
    await expectNoSeriousViolations(options, 'options ar light');
    await showOptionsIn('ar', 'dark');
    await expectNoSeriousViolations(options, 'options ar dark');
  });
});

describe('the options page by keyboard alone', () => {
  it('reaches every control with Tab, each with a visible focus indicator', async () => {
    await showOptionsIn('en', 'light');
    const controls = await markFocusable(options);
    const stops = await walkTabOrder(options, controls);
    const reached = new Set(stops.map((s) => s.index).filter((i) => i >= 0));
    expect([...Array(controls).keys()].filter((i) => !reached.has(i)), 'controls Tab never reached').toEqual([]);
    expect(stops.filter((s) => s.index >= 0 && !(s.focusVisible && s.indicator)).map((s) => s.describe), 'controls without a visible focus indicator').toEqual([]);
    // 4 switches, 3 radio groups, 2 site lists with field and button each.
    expect(controls).toBeGreaterThanOrEqual(11);
  });

  it('switches categories and first-occurrence-only with Space', async () => {
    await tabTo(options, '[data-option="show-claim"]');
    await options.keyboard.press('Space');
    await expect.poll(async () => (await stored()).show.claim, POLL).toBe(false);
    await expect.poll(() => options.locator('[data-status]').innerText(), POLL).toBe(translate('en', 'optSaved'));
    await options.keyboard.press('Space');
    await expect.poll(async () => (await stored()).show.claim, POLL).toBe(true);
    await tabTo(options, '[data-option="terms-first-only"]');
    const before = (await stored()).termsFirstOnly;
    await options.keyboard.press('Space');
    await expect.poll(async () => (await stored()).termsFirstOnly, POLL).toBe(!before);
    await options.keyboard.press('Space');
    await expect.poll(async () => (await stored()).termsFirstOnly, POLL).toBe(before);
  });

  it('changes language, theme and palette with the arrow keys', async () => {
    // Language: en -> ar mirrors the page at once; back to en.
    await tabTo(options, 'input[name="uiLang"]');
    await options.keyboard.press('ArrowUp');
    await expect.poll(pageState, POLL).toMatchObject({ lang: 'ar', dir: 'rtl', heading: translate('ar', 'optionsTitle') });
    expect((await stored()).uiLang).toBe('ar');
    await options.keyboard.press('ArrowDown');
    await expect.poll(pageState, POLL).toMatchObject({ lang: 'en', dir: 'ltr' });
    // Theme: light -> dark -> light.
    await tabTo(options, 'input[name="theme"]');
    await options.keyboard.press('ArrowDown');
    await expect.poll(pageState, POLL).toMatchObject({ theme: 'dark' });
    await options.keyboard.press('ArrowUp');
    await expect.poll(pageState, POLL).toMatchObject({ theme: 'light' });
    // Palette: default -> colour-blind-safe -> default.
    await tabTo(options, 'input[name="palette"]');
    await options.keyboard.press('ArrowDown');
    await expect.poll(async () => (await stored()).palette, POLL).toBe('colorblind');
    expect(await options.locator('input[name="palette"][value="colorblind"]').isChecked()).toBe(true);
    await options.keyboard.press('ArrowUp');
    await expect.poll(async () => (await stored()).palette, POLL).toBe('default');
  });

  it('adds and removes a site with typing, Enter and the remove button', async () => {
    await tabTo(options, '#hosts-disabled-input');
    await options.keyboard.type('not a host!');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('[data-host-list="disabled"] [role="alert"]').isVisible(), POLL).toBe(true);
    expect(await options.locator('#hosts-disabled-input').getAttribute('aria-invalid')).toBe('true');
    await options.keyboard.press('ControlOrMeta+A');
    await options.keyboard.type('https://News.Example.org/world/1');
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).disabledHosts, POLL).toEqual(['news.example.org']);
    expect(await options.locator('[data-host-list="disabled"] [role="alert"]').count()).toBe(0);
    await tabTo(options, '[data-host="news.example.org"] button', '', 20, true);
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).disabledHosts, POLL).toEqual([]);
    // The focus stays in the list (on its field) rather than falling back to the top of the page.
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('hosts-disabled-input');
  });
});
