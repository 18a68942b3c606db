/**
 * The reading experience of the side panel on the seed article (issue 7, "Checks"): the panel in
 * Arabic and in English, light and dark (labels, direction, screenshots, an axe-core scan); every
 * control by keyboard alone; and the Markdown export compared with the reviewed expectation in
 * tests/e2e/fixtures/seed-ar.expected.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type GlossBrowser } from '../../scripts/lib/chromium';
import { repoPath, serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { translate, type MessageKey, type UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/settings-defaults';
import { activeHook, expectNoSeriousViolations, markFocusable, tabTo, walkTabOrder, writeSettings } from './reading-helpers';

const HOST = 'www.cnbcarabia.com';
const ARTICLE_PATH = '/news/view/kremlin-security-talks';
const ARTICLE_URL = `http://${HOST}${ARTICLE_PATH}`;
/** A section front on the same news site: links, no article. */
const FRONT_PATH = '/news';
const FRONT_HTML = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أخبار</title></head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a> <a href="/markets">أسواق</a></nav></header>
<main><h1>آخر الأخبار</h1><ul>${['الأسواق تترقب قرار الفائدة', 'النفط يرتفع مع تراجع المخزونات', 'الذهب قرب أعلى مستوى'].map((t, i) => `<li><a href="/news/view/${i}">${t}</a></li>`).join('')}</ul></main>
</body></html>`;
const SCREENSHOTS = repoPath('docs', 'screenshots');
const EXPECTED_MD = repoPath('tests', 'e2e', 'fixtures', 'seed-ar.expected.md');
/** The reader's note typed in the test; the expected export ends with it. Mixed scripts on purpose. */
const READER_NOTE = 'Compare 5580 with the FAS estimate — ستارت الجديدة';
/** The panel as the browser's side panel is usually sized. */
const PANEL_SIZE = { width: 420, height: 900 };
/** Cross-page effects (the content script scrolling, storage round trips) get this long. */
const POLL = { timeout: 5000 };
const ARABIC_LETTER = /[\u0600-\u06FF]/;

let server: StaticServer;
let gloss: GlossBrowser;
let article: Page;
let panel: Page;
/** A news-site page without an article, loaded alongside the article for the empty-state check. */
let front: Page;
let frontTabId: number;

/** The id of the tab now active (tabs.query by URL would need the "tabs" permission). */
const activeTabId = () =>
  gloss.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });

const highlightCount = (name: string) =>
  article.evaluate((n) => {
    const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return hl ? hl.size : 0;
  }, name);

const rootAttrs = () =>
  panel.evaluate(() => {
    const root = document.querySelector<HTMLElement>('.gloss-panel')!;
    return { dir: root.dir, lang: root.lang, theme: root.dataset.theme, htmlDir: document.documentElement.dir, htmlLang: document.documentElement.lang, htmlTheme: document.documentElement.dataset.theme };
  });

/** Writes the language and theme, then waits until the panel has redrawn in them. */
async function showPanelIn(uiLang: UiLang, theme: 'light' | 'dark') {
  await writeSettings(gloss.worker, { uiLang, theme } satisfies Partial<Settings>);
  // A plain wait rather than expect.poll: this also runs in beforeAll.
  await panel.waitForFunction(
    ({ uiLang, theme }) => {
      const root = document.querySelector<HTMLElement>('.gloss-panel');
      const html = document.documentElement;
      return root?.lang === uiLang && root.dataset.theme === theme && html.lang === uiLang && html.dataset.theme === theme;
    },
    { uiLang, theme },
    POLL,
  );
  await panel.evaluate(() => window.scrollTo(0, 0));
}

/** Opens (or closes) the details of the first item of each section, so the scan covers them. */
async function toggleFirstDetails() {
  for (const section of ['people', 'claims', 'terms']) await panel.locator(`[data-section="${section}"] .item-disclose`).first().click();
}

async function checkLabels(lang: UiLang) {
  const t = (k: MessageKey) => translate(lang, k);
  const labels = {
    people: await panel.locator('[data-section="people"] h2').innerText(),
    claims: await panel.locator('[data-section="claims"] h2').innerText(),
    terms: await panel.locator('[data-section="terms"] h2').innerText(),
    toggles: await panel.locator('fieldset.toggles legend').innerText(),
    all: await panel.locator('label:has(input[data-toggle="all"])').innerText(),
    search: (await panel.locator('input[data-search]').getAttribute('aria-label')) ?? '',
    exportMd: await panel.locator('[data-export="md"]').innerText(),
    options: await panel.locator('[data-action="options"]').innerText(),
  };
  expect(labels.people).toContain(t('sectionPeople'));
  expect(labels.claims).toContain(t('sectionClaims'));
  expect(labels.terms).toContain(t('sectionTerms'));
  expect(labels.toggles).toBe(t('togglesHeading'));
  expect(labels.all).toContain(t('toggleAll'));
  expect(labels.search).toBe(t('searchLabel'));
  expect(labels.exportMd).toBe(t('exportMarkdown'));
  expect(labels.options).toBe(t('openOptions'));
  // The catalogs really differ: Arabic labels are in Arabic script, English ones are not
  // ("Markdown" is a format's name in both).
  const { exportMd: _formatName, ...words } = labels;
  for (const [name, text] of Object.entries(words)) expect(ARABIC_LETTER.test(text), `${lang} label ${name}: ${text}`).toBe(lang === 'ar');
  expect(await panel.locator('[data-article-lang]').innerText()).toContain(lang === 'ar' ? 'العربية' : 'Arabic');
  expect(await panel.locator('[data-section="people"] [data-count]').getAttribute('data-count')).toBe('6');
  expect(await panel.locator('[data-section="claims"] [data-count]').getAttribute('data-count')).toBe('6');
}

/** The section heading's colour swatch sits at the inline start: right in Arabic, left in English. */
const swatchOnTheRight = () =>
  panel.evaluate(() => {
    const h2 = document.querySelector('[data-section="people"] h2')!;
    const swatch = h2.querySelector('.swatch')!.getBoundingClientRect();
    const label = h2.querySelector('span:not(.swatch)')!.getBoundingClientRect();
    return swatch.left > label.left;
  });

async function readDownload(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path!, 'utf8');
}

beforeAll(async () => {
  server = await serveFiles({ [ARTICLE_PATH]: repoPath('samples', 'seed-ar.html'), [FRONT_PATH]: { html: FRONT_HTML } });
  gloss = await launchWithExtension(server.port, [HOST]);
  front = await gloss.context.newPage();
  const frontLoaded = front.goto(`http://${HOST}${FRONT_PATH}`);
  article = await gloss.context.newPage();
  await article.goto(ARTICLE_URL);
  await frontLoaded;
  await front.bringToFront();
  frontTabId = await activeTabId();
  await article.waitForFunction(() => performance.getEntriesByName('gloss:annotate').length > 0, null, { timeout: 30_000 });
  await article.bringToFront();
  const tabId = await activeTabId();
  panel = await gloss.context.newPage();
  await panel.setViewportSize(PANEL_SIZE);
  await panel.goto(`chrome-extension://${gloss.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.locator('[data-article-title]').waitFor({ timeout: 20_000 });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await gloss?.close();
  await server?.close();
});

describe('the panel in Arabic and in English, light and dark', () => {
  for (const lang of ['ar', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${lang}, ${theme}: direction, labels, screenshot, no serious axe findings`, async () => {
        await showPanelIn(lang, theme);
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        expect(await rootAttrs()).toMatchObject({ dir, htmlDir: dir });
        await checkLabels(lang);
        expect(await swatchOnTheRight()).toBe(lang === 'ar');
        // Names from the Arabic article are isolated in either UI language (bidi).
        expect(await panel.locator('[data-section="people"] [data-item-key] bdi[lang="ar"]').count()).toBeGreaterThanOrEqual(6);
        const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
        expect((r! + g! + b!) / 3, `body background ${background}`).toSatisfy((v: number) => (theme === 'dark' ? v < 80 : v > 200));
        // No hover left over from an earlier click in the picture.
        await panel.mouse.move(0, 0);
        await panel.screenshot({ path: `${SCREENSHOTS}/panel-${lang}-${theme}.png` });
        // One scan with some details open covers the closed rows as well.
        await toggleFirstDetails();
        await expectNoSeriousViolations(panel, `panel ${lang} ${theme}, details open`);
        await toggleFirstDetails();
      });
    }
  }
});

describe('the panel by keyboard alone (English, light)', () => {
  beforeAll(async () => {
    await showPanelIn('en', 'light');
    await panel.bringToFront();
  });

  it('reaches every control with Tab, each with a visible focus indicator', async () => {
    const controls = await markFocusable(panel);
    const stops = await walkTabOrder(panel, controls);
    const reached = new Set(stops.map((s) => s.index).filter((i) => i >= 0));
    const missed = [...Array(controls).keys()].filter((i) => !reached.has(i));
    expect(missed, 'controls Tab never reached').toEqual([]);
    const invisible = stops.filter((s) => s.index >= 0 && !(s.focusVisible && s.indicator)).map((s) => s.describe);
    expect(invisible, 'controls without a visible focus indicator').toEqual([]);
    // Whole lists of items (6 + 6 + terms, two buttons each) are in the order, not only the header.
    expect(controls).toBeGreaterThan(40);
  });

  it('switches highlight categories with Space', async () => {
    await tabTo(panel, 'input[data-toggle="person"]');
    expect(await highlightCount('gloss-person')).toBeGreaterThan(0);
    await panel.keyboard.press('Space');
    await expect.poll(() => highlightCount('gloss-person'), POLL).toBe(0);
    expect(await panel.locator('input[data-toggle="person"]').isChecked()).toBe(false);
    await panel.keyboard.press('Space');
    await expect.poll(() => highlightCount('gloss-person'), POLL).toBeGreaterThan(0);
    await tabTo(panel, 'input[data-toggle="all"]', '', 10, true);
    await panel.keyboard.press('Space');
    await expect.poll(async () => (await highlightCount('gloss-person')) + (await highlightCount('gloss-claim')) + (await highlightCount('gloss-term')), POLL).toBe(0);
    await panel.keyboard.press('Space');
    await expect.poll(() => highlightCount('gloss-term'), POLL).toBeGreaterThan(0);
  });

  it('shows an item on the page with Enter, opens its details with Enter, moves with the arrows', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    await tabTo(panel, '[data-item-key]', 'سيرغي لافروف');
    await panel.keyboard.press('Enter');
    await expect.poll(() => article.evaluate(() => window.scrollY), POLL).toBeGreaterThan(200);
    const key = await activeHook(panel, 'data-item-key');
    const row = panel.locator(`[data-item-row="${key}"]`);
    const expanded = () => row.locator('.item-disclose').getAttribute('aria-expanded');
    // Showing an item also opens its details; the disclosure button next to it closes and reopens them.
    await expect.poll(expanded).toBe('true');
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement!.className)).toContain('item-disclose');
    await panel.keyboard.press('Enter');
    await expect.poll(expanded).toBe('false');
    expect(await row.locator('.item-details').isVisible()).toBe(false);
    await panel.keyboard.press('Enter');
    await expect.poll(expanded).toBe('true');
    expect(await row.locator('.item-details').isVisible()).toBe(true);
    // Up and Down step between list items.
    await panel.keyboard.press('Shift+Tab');
    await panel.keyboard.press('ArrowDown');
    const next = await activeHook(panel, 'data-item-key');
    expect(next).toMatch(/^(person|claim|term):/);
    expect(next).not.toBe(key);
    await panel.keyboard.press('ArrowUp');
    expect(await activeHook(panel, 'data-item-key')).toBe(key);
  });

  it('filters the lists as the reader types, and Escape clears the search', async () => {
    await tabTo(panel, 'input[data-search]', '', 120, true);
    await panel.keyboard.type('لافروف');
    const counts = () => panel.evaluate(() => ['people', 'claims', 'terms'].map((s) => document.querySelectorAll(`[data-section="${s}"] [data-item-key]`).length));
    await expect.poll(counts).toEqual([1, 0, 0]);
    expect(await panel.locator('[data-section="people"] [data-item-key]').innerText()).toContain('سيرغي لافروف');
    expect(await panel.locator('[data-section="people"] [data-count]').innerText()).toBe('(1/6)');
    await panel.keyboard.press('Escape');
    await expect.poll(counts).toEqual([6, 6, expect.any(Number)]);
    expect((await counts())[2]).toBeGreaterThanOrEqual(10);
    // The clear button works by keyboard too, and hands the focus back to the box.
    await panel.keyboard.type('5580');
    await expect.poll(counts).toEqual([0, 1, 0]);
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement!.classList.contains('search-clear'))).toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(counts).toEqual([6, 6, expect.any(Number)]);
    expect(await panel.evaluate(() => document.activeElement!.matches('input[data-search]'))).toBe(true);
  });

  it('exports the expected Markdown for the seed, with the reader notes typed in', async () => {
    await tabTo(panel, 'textarea[data-notes]');
    await panel.keyboard.type(READER_NOTE);
    await tabTo(panel, '[data-export="md"]');
    const pending = panel.waitForEvent('download', POLL);
    await panel.keyboard.press('Enter');
    const download = await pending;
    expect(download.suggestedFilename()).toMatch(/^gloss-.+\.md$/);
    const markdown = await readDownload(download);
    if (process.env.GLOSS_WRITE_EXPECTED === '1') {
      // After a deliberate change (a glossary note, a label): rewrite, then review the diff by eye.
      writeFileSync(EXPECTED_MD, markdown);
      console.log(`wrote ${EXPECTED_MD}: review it line by line before committing`);
    }
    // The export carries no date or time: it must match the reviewed expectation exactly.
    expect(markdown).toBe(readFileSync(EXPECTED_MD, 'utf8'));
  });

  it('exports JSON with Enter', async () => {
    await tabTo(panel, '[data-export="json"]');
    const pending = panel.waitForEvent('download', POLL);
    await panel.keyboard.press('Enter');
    const json = JSON.parse(await readDownload(await pending));
    expect(json).toMatchObject({ url: ARTICLE_URL, lang: 'ar', dir: 'rtl', notes: READER_NOTE });
    expect(json.people).toHaveLength(6);
    expect(json.claims).toHaveLength(6);
    expect(json.claims.find((c: { value: number }) => c.value === 5580)).toMatchObject({ source: 'اتحاد العلماء الأميركيين', asOf: 'مارس/آذار' });
  });

  it('copies a claim and opens the options page from the keyboard', async () => {
    await gloss.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${gloss.extensionId}` }).catch(() => undefined);
    const claim = panel.locator('[data-section="claims"] [data-item-key]').first();
    const key = (await claim.getAttribute('data-item-key'))!;
    await tabTo(panel, `[data-item-key="${key}"]`, '', 120, true);
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Enter');
    await tabTo(panel, `[data-copy="${key}"]`);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('[data-status]').innerText(), POLL).toBe(translate('en', 'copyDone'));
    await tabTo(panel, '[data-action="options"]');
    const opened = gloss.context.waitForEvent('page', POLL);
    await panel.keyboard.press('Enter');
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toContain(`chrome-extension://${gloss.extensionId}/options.html`);
    await options.close();
  });
});

describe('the empty state', () => {
  it('says why a page without an article shows nothing, in both languages, reachable and clean', async () => {
    const empty = await gloss.context.newPage();
    await empty.setViewportSize(PANEL_SIZE);
    try {
      await writeSettings(gloss.worker, { uiLang: 'en', theme: 'light' });
      await empty.goto(`chrome-extension://${gloss.extensionId}/sidepanel.html?tab=${frontTabId}`);
      const state = empty.locator('[data-empty-state]:not([data-empty-state="pending"])');
      await state.waitFor(POLL);
      expect(await state.getAttribute('data-empty-state')).toBe('not-article');
      for (const lang of ['en', 'ar'] as const) {
        await writeSettings(gloss.worker, { uiLang: lang });
        await expect.poll(() => empty.locator('.empty-title').innerText(), POLL).toBe(translate(lang, 'emptyNotArticleTitle'));
        expect(await empty.locator('.empty-body').innerText()).toBe(translate(lang, 'emptyNotArticleBody'));
        expect(await empty.locator('.gloss-panel').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        // What to do about it: annotate anyway, reachable by Tab.
        await tabTo(empty, '[data-action="annotate"]', '', 10);
        await expectNoSeriousViolations(empty, `empty panel ${lang}`);
      }
    } finally {
      await empty.close();
    }
  });
});
