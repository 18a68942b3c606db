/**
 * The seed article as a news page on www.cnbcarabia.com (served from 127.0.0.1): the built
 * extension finds the body in the live page and paints people, claims and terms there only.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type GlossBrowser } from '../../scripts/lib/chromium';
import { writeSettings } from './reading-helpers';
import { repoPath, serveFiles, type StaticServer } from '../../scripts/lib/static-server';

const HOST = 'www.cnbcarabia.com';
const ARTICLE_PATH = '/news/view/kremlin-security-talks';
const SCREENSHOTS = repoPath('docs', 'screenshots');

let server: StaticServer;
let gloss: GlossBrowser;
let page: Page;

async function highlightTexts(p: Page, name: string): Promise<string[]> {
  return p.evaluate((n) => {
    const hl = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(n);
    return hl ? [...hl].map((r) => r.toString()) : [];
  }, name);
}

beforeAll(async () => {
  server = await serveFiles({ [ARTICLE_PATH]: repoPath('samples', 'seed-ar.html') });
  gloss = await launchWithExtension(server.port, [HOST]);
  page = await gloss.context.newPage();
  await page.goto(`http://${HOST}${ARTICLE_PATH}`);
  await page.waitForFunction(() => performance.getEntriesByName('gloss:annotate').length > 0, null, { timeout: 30_000 });
});

afterAll(async () => {
  await gloss?.close();
  await server?.close();
});

describe('seed article in Chromium', () => {
  it('records gloss:annotate once highlights are painted', async () => {
    const duration = await page.evaluate(() => performance.getEntriesByName('gloss:annotate')[0]!.duration);
    expect(duration).toBeGreaterThan(0);
  });

  it('paints with the Highlight API and leaves the DOM untouched', async () => {
    const names = await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].sort());
    expect(names).toEqual(expect.arrayContaining(['gloss-claim', 'gloss-person', 'gloss-term']));
    expect(await page.locator('gloss-mark').count()).toBe(0);
  });

  it('highlights the people, claims and terms of the body', async () => {
    const people = await highlightTexts(page, 'gloss-person');
    for (const name of ['ديمتري بيسكوف', 'بيسكوف', 'ديمتري ميدفيديف', 'ميدفيديف', 'فلاديمير بوتين', 'بوتين', 'سيرغي لافروف', 'إيمانويل ماكرون', 'باراك أوباما']) {
      expect(people).toContain(name);
    }
    expect(people.filter((p) => p === 'بوتين')).toHaveLength(2);
    const claims = await highlightTexts(page, 'gloss-claim');
    for (const n of ['700', '1550', '18', '5580', '5044']) expect(claims.some((c) => c.includes(n))).toBe(true);
    expect(claims.some((c) => /20(08|10|11|21|22|23)/.test(c))).toBe(false);
    const terms = await highlightTexts(page, 'gloss-term');
    expect(terms.length).toBeGreaterThanOrEqual(10);
  });

  it('highlights nothing outside the article body', async () => {
    const outside = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      const bad: string[] = [];
      for (const [, hl] of reg) {
        for (const r of hl) {
          const el = r.startContainer.parentElement;
          if (!el?.closest('.article-body') || el.closest('.related')) bad.push(r.toString());
        }
      }
      return bad;
    });
    expect(outside).toEqual([]);
  });

  it('shows a card over a hovered claim, inside a shadow root, and hides it on Escape', async () => {
    const point = await page.evaluate(() => {
      const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-claim')!;
      const range = [...hl].find((r) => r.toString().includes('5580'))!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const cardText = () => page.evaluate(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.wrap')?.textContent ?? '');
    await expect.poll(cardText, { timeout: 5000 }).toMatch(/5[,٬]580/);
    expect(await cardText()).toContain('اتحاد العلماء الأميركيين');
    expect(await page.evaluate(() => document.querySelector('gloss-card')!.parentElement === document.documentElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(cardText).toBe('');
  });

  it('writes a screenshot of the annotated page', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.locator('.article-body p').nth(8).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/seed-page.png` });
  });

  it('on a site the reader turned off, asks for no paint and shows no highlight', async () => {
    const setDisabled = (hosts: string[]) => writeSettings(gloss.worker, { disabledHosts: hosts });
    await setDisabled([HOST]);
    try {
      const off = await gloss.context.newPage();
      await off.goto(`http://${HOST}${ARTICLE_PATH}`);
      // Detection is asked for before the page's settings arrive: wait well past its usual time.
      await off.waitForFunction(() => performance.getEntriesByName('gloss:read').length > 0, null, { timeout: 30_000 });
      await off.waitForTimeout(1500);
      const seen = await off.evaluate(() => ({
        measures: ['gloss:detect', 'gloss:paint', 'gloss:annotate'].filter((n) => performance.getEntriesByName(n).length),
        highlights: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
      }));
      expect(seen).toEqual({ measures: [], highlights: [] });
      await off.close();
    } finally {
      await setDisabled([]);
    }
  });
});
