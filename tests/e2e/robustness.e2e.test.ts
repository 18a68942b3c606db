/**
 * Hostile pages in Chromium with the built extension, served under a news host: Gloss must raise
 * no page error, leave the DOM byte-for-byte as it was (the Highlight API paints without touching
 * it), paint only ranges over the words it meant, survive a page that re-renders its article, and
 * let nothing from the page's text run in the page or in the panel.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type GlossBrowser } from '../../scripts/lib/chromium';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { DEFAULT_SETTINGS } from '../../utils/settings-defaults';
import { generatedPages, withInlineScript, XSS_PAYLOADS, type GeneratedPage } from '../fixtures/generated-pages';

const HOST = 'www.reuters.com';
/**
 * Hostile pages at full size but for the huge text node: 250 kB keeps this file near 30 s (a 1 MB
 * node takes ~11 s to annotate here on a loaded machine; the unit fuzz reads it whole, and the
 * 200,000-word page is the bench's: npm run bench).
 */
const PAGES = generatedPages({ hugeChars: 250_000 });
const HOSTILE = ['/world/deep', '/world/huge', '/world/shadow', '/world/invalid', '/world/mixed', '/world/editable', '/world/scripts'];
const RERENDER = PAGES.find((p) => p.rerenders)!;
const XSS = PAGES.find((p) => p.path === '/world/xss')!;
/** How long Gloss may take to announce that highlights are painted. */
const ANNOTATE_TIMEOUT_MS = 20_000;

let server: StaticServer;
let gloss: GlossBrowser;

type HighlightDump = Record<string, string[]>;

/** Every Gloss highlight registered in the page: name -> the text of each range. */
const dumpHighlights = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, hl] of (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights) {
      if (name.startsWith('gloss-')) out[name] = [...hl].map((r) => r.toString());
    }
    return out;
  }) as Promise<HighlightDump>;

interface Visit {
  page: Page;
  errors: string[];
  before: string;
}

/** Open a page, capturing its body HTML before Gloss runs (at DOMContentLoaded; Gloss waits for idle). */
async function visit(p: GeneratedPage, waitForGloss: boolean): Promise<Visit> {
  const page = await gloss.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __before: string }).__before = document.body ? document.body.innerHTML : '';
    });
  });
  await page.goto(`http://${HOST}${p.path}`);
  if (waitForGloss) await page.waitForFunction(() => performance.getEntriesByName('gloss:annotate').length > 0, null, { timeout: ANNOTATE_TIMEOUT_MS });
  else await page.waitForTimeout(1500);
  const before = await page.evaluate(() => (window as unknown as { __before: string }).__before);
  return { page, errors, before };
}

const bodyHtml = (page: Page) => page.evaluate(() => (document.body ? document.body.innerHTML : ''));

/** Flip the "all highlights" switch the way the panel and the shortcut do: in sync storage. */
async function setAllVisible(on: boolean) {
  await gloss.worker.evaluate(
    async ({ visible, defaults }) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const current = ((await api.storage.sync.get('settings')) as { settings?: Record<string, unknown> }).settings ?? {};
      await api.storage.sync.set({ settings: { ...defaults, ...current, allVisible: visible } });
    },
    { visible: on, defaults: DEFAULT_SETTINGS },
  );
}

beforeAll(async () => {
  const routes: Record<string, { html: string }> = {};
  for (const p of PAGES) routes[p.path] = { html: withInlineScript(p) };
  server = await serveFiles(routes);
  gloss = await launchWithExtension(server.port, [HOST]);
});

afterAll(async () => {
  await gloss?.close();
  await server?.close();
});

describe('hostile pages in Chromium', () => {
  it.each(HOSTILE.map((path) => [path, PAGES.find((p) => p.path === path)!] as const))(
    '%s: no page error, DOM untouched, highlights over real words, hiding leaves no trace',
    async (_, p) => {
      const { page, errors, before } = await visit(p, p.expectArticle);
      try {
        expect(await page.locator('gloss-mark').count()).toBe(0);
        expect(await bodyHtml(page)).toBe(before);
        const ms = await page.evaluate(() => performance.getEntriesByName('gloss:annotate')[0]?.duration ?? -1);
        console.log(`[robustness] ${p.path}: gloss:annotate ${ms < 0 ? 'not recorded (no article)' : `${Math.round(ms)} ms`}`);
        const shown = await dumpHighlights(page);
        if (p.expectArticle) expect(Object.values(shown).flat().length).toBeGreaterThan(0);
        for (const texts of Object.values(shown)) for (const t of texts) expect(t.trim().length).toBeGreaterThan(0);
        await setAllVisible(false);
        await expect.poll(async () => Object.keys(await dumpHighlights(page)).filter((n) => n !== 'gloss-flash').length).toBe(0);
        expect(await bodyHtml(page)).toBe(before);
        await setAllVisible(true);
        expect(errors).toEqual([]);
      } finally {
        await setAllVisible(true);
        await page.close();
      }
    },
  );

  it('a page that re-renders its article keeps correct highlights or drops the stale ones', async () => {
    const { page, errors } = await visit(RERENDER, true);
    try {
      // The page swaps every paragraph for an equal fresh one once Gloss has painted.
      await page.waitForFunction(() => Number(document.documentElement.dataset.rerendered ?? 0) >= 2, null, { timeout: 10_000 });
      // Give Gloss's page watcher time to notice (it settles mutations for ~0.6 s).
      await page.waitForTimeout(2000);
      const state = await page.evaluate(() => {
        const out: { name: string; text: string; attached: boolean }[] = [];
        for (const [name, hl] of (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights) {
          if (!name.startsWith('gloss-') || name === 'gloss-flash') continue;
          for (const r of hl) out.push({ name, text: r.toString(), attached: r.startContainer.isConnected && r.endContainer.isConnected });
        }
        return out;
      });
      // Whatever is still registered must sit in the live page over real words.
      console.log(`[rerender] ${state.length} highlights after the re-render`);
      const stale = state.filter((s) => !s.attached || !s.text.trim());
      expect(stale).toEqual([]);
      // And the words are the ones Gloss meant: names, figures and terms of the article.
      const names = state.filter((s) => s.name === 'gloss-person').map((s) => s.text);
      for (const n of names) expect(n).toMatch(/Macron|Le Maire|Bruno/);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('text that looks like markup runs nowhere: not in the page, not in the panel', async () => {
    const { page, errors, before } = await visit(XSS, true);
    let panel: Page | undefined;
    try {
      expect(await bodyHtml(page)).toBe(before);
      await page.bringToFront();
      const tabId = await gloss.worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab!.id!;
      });
      panel = await gloss.context.newPage();
      const panelErrors: string[] = [];
      panel.on('pageerror', (e) => panelErrors.push(e.message));
      await panel.goto(`chrome-extension://${gloss.extensionId}/sidepanel.html?tab=${tabId}`);
      await panel.locator('[data-article-title]').waitFor({ timeout: 20_000 });
      // Open every item, so roles, notes and details are in the DOM too.
      await panel.evaluate(() => document.querySelectorAll<HTMLElement>('[aria-expanded="false"]').forEach((el) => el.click()));
      const title = await panel.locator('[data-article-title]').innerText();
      expect(title).toContain('<img src=x onerror=');
      const leaked = await panel.evaluate(() => {
        const bad: string[] = [];
        for (const el of document.querySelectorAll('body *')) {
          const tag = el.tagName.toLowerCase();
          if (['script', 'img', 'iframe', 'object', 'embed'].includes(tag)) bad.push(tag);
          for (const a of el.attributes) if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) bad.push(`${tag}[${a.name}]`);
        }
        return bad;
      });
      expect(leaked).toEqual([]);
      // A little time for anything that would fire (image error events are immediate).
      await panel.waitForTimeout(500);
      expect(await panel.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(panelErrors).toEqual([]);
      expect(errors).toEqual([]);
      // And the page has no channel to forge messages with: no externally_connectable, no runtime.
      expect(await page.evaluate(() => typeof (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
      // The payloads stayed text in the page too.
      const pageText = await page.evaluate(() => document.body.textContent ?? '');
      for (const payload of XSS_PAYLOADS) expect(pageText).toContain(payload);
    } finally {
      await panel?.close();
      await page.close();
    }
  });
});
