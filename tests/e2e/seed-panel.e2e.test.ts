/**
 * The side panel on the seed page: its lists, a toggle, a click from panel to page and one from a
 * page highlight to the panel. The panel is opened as an extension page bound to the article's tab.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type GlossBrowser } from '../../scripts/lib/chromium';
import { repoPath, serveFiles, type StaticServer } from '../../scripts/lib/static-server';

const HOST = 'www.cnbcarabia.com';
const ARTICLE_PATH = '/news/view/kremlin-security-talks';
const SCREENSHOTS = repoPath('docs', 'screenshots');

let server: StaticServer;
let gloss: GlossBrowser;
let article: Page;
let panel: Page;

const highlightCount = (name: string) =>
  article.evaluate((n) => {
    const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return hl ? hl.size : 0;
  }, name);

beforeAll(async () => {
  server = await serveFiles({ [ARTICLE_PATH]: repoPath('samples', 'seed-ar.html') });
  gloss = await launchWithExtension(server.port, [HOST]);
  article = await gloss.context.newPage();
  await article.goto(`http://${HOST}${ARTICLE_PATH}`);
  await article.waitForFunction(() => performance.getEntriesByName('gloss:annotate').length > 0, null, { timeout: 30_000 });
  // The article is the active tab now (tabs.query by URL would need the "tabs" permission).
  await article.bringToFront();
  const tabId = await gloss.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
  panel = await gloss.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${gloss.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.locator('[data-article-title]').waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await gloss?.close();
  await server?.close();
});

describe('side panel on the seed article', () => {
  it('shows the article title and the three lists', async () => {
    await expect(panel.locator('[data-article-title]').innerText()).resolves.toContain('الكرملين: روسيا منفتحة');
    const people = panel.locator('[data-section="people"] [data-item-key]');
    expect(await people.count()).toBe(6);
    const names = (await people.allInnerTexts()).join('\n');
    for (const n of ['ديمتري بيسكوف', 'ديمتري ميدفيديف', 'فلاديمير بوتين', 'سيرغي لافروف', 'إيمانويل ماكرون', 'باراك أوباما']) expect(names).toContain(n);
    expect(names).toContain('المتحدث باسم الكرملين');
    expect(await panel.locator('[data-section="claims"] [data-item-key]').count()).toBe(6);
    const claims = (await panel.locator('[data-section="claims"]').innerText());
    expect(claims).toMatch(/5[,٬]580/);
    expect(await panel.locator('[data-section="terms"] [data-item-key]').count()).toBeGreaterThanOrEqual(10);
  });

  it('turns one category of highlights off and on again', async () => {
    expect(await highlightCount('gloss-person')).toBeGreaterThan(0);
    await panel.locator('input[data-toggle="person"]').click();
    await expect.poll(() => highlightCount('gloss-person')).toBe(0);
    expect(await highlightCount('gloss-claim')).toBeGreaterThan(0);
    await panel.locator('input[data-toggle="person"]').click();
    await expect.poll(() => highlightCount('gloss-person')).toBeGreaterThan(0);
  });

  it('hides and shows everything with the all-highlights switch', async () => {
    await panel.locator('input[data-toggle="all"]').click();
    await expect.poll(async () => (await highlightCount('gloss-person')) + (await highlightCount('gloss-claim')) + (await highlightCount('gloss-term'))).toBe(0);
    await panel.locator('input[data-toggle="all"]').click();
    await expect.poll(() => highlightCount('gloss-term')).toBeGreaterThan(0);
  });

  it('scrolls the page to an item and flashes it when the item is clicked', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    const lavrov = panel.locator('[data-section="people"] [data-item-key]', { hasText: 'سيرغي لافروف' });
    const flashed = () =>
      article.evaluate(() => {
        const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-flash');
        return hl ? [...hl].map((r) => r.toString()) : [];
      });
    await lavrov.click();
    // The flash lasts 1.6 s: look for it first, then for the scroll, which may still be easing.
    await expect.poll(flashed, { timeout: 5000, interval: 50 }).toEqual(['سيرغي لافروف']);
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(200);
  });

  it('opens the panel item when a highlight in the page is clicked', async () => {
    const point = await article.evaluate(() => {
      const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-claim')!;
      const range = [...hl].find((r) => r.toString().includes('5580'))!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await article.mouse.click(point.x, point.y);
    await expect.poll(() => panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.itemKey ?? '')).toMatch(/^claim:/);
    expect(await panel.evaluate(() => (document.activeElement as HTMLElement).innerText)).toContain('5');
  });

  it('writes screenshots of the panel and the page', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: `${SCREENSHOTS}/panel-ar.png` });
  });
});
