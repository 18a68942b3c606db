/**
 * Content-script start to highlights painted (`gloss:annotate`) on each page in real Chromium,
 * beside Mozilla Readability's parse() on a clone of the same page in the same run; and the long
 * tasks (> 50 ms) that overlap Gloss's work; the content script's size and the JS heap it adds.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../lib/chromium';
import { serveFiles } from '../lib/static-server';
import { benchPages, hasShared } from './corpus';

const HOST = 'www.reuters.com';
/** The same pages under a host Gloss does not run on: the baseline for the memory Gloss adds. */
const PLAIN_HOST = 'plain.example';
/** Pages whose added memory is measured (two loads each, with a forced GC: slow). */
const MEMORY_PAGES = 12;
/** Sample-page loads right after stopping the background worker. */
const COLD_STARTS = 3;
const CONTENT_BUNDLE = '.output/chrome-mv3/content-scripts/content.js';
const require = createRequire(import.meta.url);
const READABILITY_SRC = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

/** Registered before any page script: records long tasks for the whole page life. */
const LONG_TASK_PROBE = `window.__glossLongTasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__glossLongTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true }); } catch {}`;

/**
 * JS heap of the page (main and Gloss's isolated world share it) after a forced GC, loaded where
 * Gloss runs minus where it does not, in MB per page.
 */
async function memoryAdded(context: BrowserContext, pages: { html: string }[]): Promise<number[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const heapAfterGc = async () => {
    await within(cdp.send('HeapProfiler.collectGarbage'));
    return ((await within(cdp.send('Runtime.getHeapUsage'))) as { usedSize: number }).usedSize;
  };
  const added: number[] = [];
  for (const [i] of pages.entries()) {
    try {
      await page.goto(`http://${PLAIN_HOST}/bench/${i}`, { waitUntil: 'load', timeout: PAGE_STEP_MS });
      await page.waitForTimeout(300);
      const without = await heapAfterGc();
      await page.goto(`http://${HOST}/bench/${i}`, { waitUntil: 'load', timeout: PAGE_STEP_MS });
      const painted = await page.waitForFunction(() => performance.getEntriesByName('gloss:annotate')[0], null, { timeout: 15_000 }).catch(() => null);
      if (painted) added.push(((await heapAfterGc()) - without) / 1e6);
    } catch (e) {
      console.log(`  memory, page ${i}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  await page.close();
  return added;
}

/**
 * The first article after the background went to sleep (browsers stop an idle extension worker
 * after about 30 s): the worker starts, loads its data and answers from cold code.
 */
async function coldStarts(context: BrowserContext, path: string, times: number): Promise<string[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const out: string[] = [];
  for (let k = 0; k < times; k++) {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(500);
    await page.goto(`http://${HOST}${path}`, { waitUntil: 'load' });
    const m = await page
      .waitForFunction(() => performance.getEntriesByName('gloss:annotate')[0]?.duration, null, { timeout: 30_000 })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => NaN);
    out.push(`${m.toFixed(0)} ms (${showPhases(await phases(page))})`);
  }
  await page.close();
  return out;
}

/** Gloss's phases on one page, in ms (NaN when a phase did not run). */
interface Phases {
  /** Content-script start to the start of reading: yields, settings read, article check. */
  start: number;
  read: number;
  /** The detect request's round trip to the background... */
  detect: number;
  /** ...of which the background's own detection. */
  worker: number;
  paint: number;
  /** Highlights registered to the frame that shows them (the page's own rendering included). */
  frame: number;
}
const PHASES: Array<keyof Phases> = ['start', 'read', 'detect', 'worker', 'paint', 'frame'];

// A string, not a function: tsx would wrap the inner helpers in its own __name, unknown to the page.
const PHASES_ON_PAGE = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0];
  const annotate = at('gloss:annotate'), read = at('gloss:read'), detect = at('gloss:detect'), paint = at('gloss:paint');
  const worker = at('gloss:detect-worker');
  const end = (e) => (e ? e.startTime + e.duration : NaN);
  return {
    start: read && annotate ? read.startTime - annotate.startTime : NaN,
    read: read ? read.duration : NaN,
    detect: detect ? detect.duration : NaN,
    worker: worker && typeof worker.detail === 'number' ? worker.detail : NaN,
    paint: paint ? paint.duration : NaN,
    frame: end(annotate) - end(paint),
  };
})()`;

async function phases(page: Page): Promise<Phases> {
  return within(page.evaluate(PHASES_ON_PAGE) as Promise<Phases>);
}

const showPhases = (p: Phases) => PHASES.map((k) => `${k} ${Number.isNaN(p[k]) ? '-' : p[k].toFixed(0)}`).join(', ');

/** A page's own scripts can hang it, and page.evaluate has no timeout of its own. */
const PAGE_STEP_MS = 30_000;
function within<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${PAGE_STEP_MS} ms`)), PAGE_STEP_MS)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

export async function run(): Promise<void> {
  if (!hasShared()) console.log('chromium: ../shared is absent; measuring the sample page only');
  const limit = Number(process.env.BENCH_PAGES ?? Infinity);
  const pages = benchPages(limit);
  const routes = Object.fromEntries(pages.map((p, i) => [`/bench/${i}`, { html: p.html }]));
  const server = await serveFiles(routes);
  const gloss = await launchWithExtension(server.port, [HOST, PLAIN_HOST]);
  const ratios: number[] = [];
  const glossMs: number[] = [];
  const readabilityMs: number[] = [];
  const phaseMs = Object.fromEntries(PHASES.map((k) => [k, [] as number[]])) as Record<keyof Phases, number[]>;
  let longTaskPages = 0;
  let longest = 0;
  const addedMb: number[] = [];
  const cold: string[] = [];
  let failures = 0;
  try {
    await gloss.context.addInitScript({ content: LONG_TASK_PROBE });
    let page = await gloss.context.newPage();
    for (const [i, p] of pages.entries()) {
      try {
        await page.goto(`http://${HOST}/bench/${i}`, { waitUntil: 'load', timeout: 30_000 });
        const measured = await page
          .waitForFunction(() => performance.getEntriesByName('gloss:annotate')[0], null, { timeout: 15_000 })
          .then((h) => h.jsonValue() as Promise<{ startTime: number; duration: number }>)
          .catch(() => null);
        const readability = await within(page.evaluate(`(() => {
          ${READABILITY_SRC}
          const clone = document.cloneNode(true);
          const t0 = performance.now();
          new Readability(clone).parse();
          return performance.now() - t0;
        })()`) as Promise<number>);
        const longTasks = (await within(page.evaluate('window.__glossLongTasks || []'))) as [number, number][];
        if (!measured) {
          console.log(`  ${p.name}: no gloss:annotate (content script did not finish)`);
          failures++;
          continue;
        }
        const overlapping = longTasks.filter(([s, d]) => s < measured.startTime + measured.duration && s + d > measured.startTime);
        if (overlapping.length) longTaskPages++;
        longest = Math.max(longest, ...overlapping.map(([, d]) => d));
        if (p.generated) {
          console.log(`  ${p.name}: gloss ${measured.duration.toFixed(0)} ms, long tasks during it: ${overlapping.map(([, d]) => d.toFixed(0)).join(', ') || 'none'} ms; ${showPhases(await phases(page))}`);
          continue;
        }
        const phased = await phases(page);
        for (const k of PHASES) if (!Number.isNaN(phased[k])) phaseMs[k].push(phased[k]);
        glossMs.push(measured.duration);
        readabilityMs.push(readability);
        ratios.push(measured.duration / Math.max(readability, 0.1));
        if (process.env.BENCH_VERBOSE) console.log(`  ${p.name}: gloss ${measured.duration.toFixed(1)} ms (${showPhases(phased)}), readability ${readability.toFixed(1)} ms, long tasks ${overlapping.map(([, d]) => d.toFixed(0)).join(',')}`);
      } catch (e) {
        failures++;
        console.log(`  ${p.name}: ${(e as Error).message.split('\n')[0]}`);
        // A page that hangs its own main thread takes the tab with it: go on in a fresh one.
        await page.close({ runBeforeUnload: false }).catch(() => undefined);
        page = await gloss.context.newPage();
      }
    }
    addedMb.push(...(await memoryAdded(gloss.context, pages.slice(0, MEMORY_PAGES))));
    cold.push(...(await coldStarts(gloss.context, '/bench/0', COLD_STARTS)));
  } finally {
    await gloss.close();
    await server.close();
  }
  console.log(`chromium: ${glossMs.length} pages measured, ${failures} failed`);
  console.log(`  gloss:annotate       median ${median(glossMs).toFixed(1)} ms, max ${Math.max(...glossMs).toFixed(1)} ms`);
  console.log(`  Readability.parse()  median ${median(readabilityMs).toFixed(1)} ms`);
  console.log(`  ratio gloss/readability: median ${median(ratios).toFixed(2)} (target <= 0.5)`);
  console.log(`  phase medians: ${PHASES.map((k) => `${k} ${median(phaseMs[k]).toFixed(1)}`).join(', ')} ms`);
  console.log(`  sample page right after the background worker was stopped: ${cold.join('; ')}`);
  console.log(`  content script bundle: ${(statSync(CONTENT_BUNDLE).size / 1024).toFixed(0)} kB (detection data stays in the background)`);
  console.log(`  JS heap Gloss adds to a page (after GC, ${addedMb.length} pages): median ${median(addedMb).toFixed(2)} MB, max ${Math.max(...addedMb).toFixed(2)} MB`);
  console.log(`  pages with a long task (> 50 ms) during Gloss's work: ${longTaskPages}, longest ${longest.toFixed(0)} ms`);
}
