/**
 * Helpers for the reading-experience e2e tests (issue 7): settings written through the
 * extension's service worker, an axe-core scan of a page, and keyboard-only navigation (a walk of
 * the Tab order that records whether each stop shows a visible focus indicator).
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-defaults';
import { repoPath } from '../../scripts/lib/static-server';

/** axe impacts that fail the check (issue 7: "no serious or critical violations"). */
export const FAILING_IMPACTS = ['serious', 'critical'];

/** Where WXT keeps the `sync:settings` storage item. */
const SETTINGS_KEY = 'settings';

/** Patch the stored settings (over the defaults, so every reader sees a complete object). */
export async function writeSettings(worker: Worker, patch: Partial<Settings>): Promise<void> {
  await worker.evaluate(
    async ({ key, defaults, patch }) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const current = ((await api.storage.sync.get(key)) as Record<string, Partial<Settings> | undefined>)[key] ?? {};
      await api.storage.sync.set({ [key]: { ...defaults, ...current, ...patch } });
    },
    { key: SETTINGS_KEY, defaults: DEFAULT_SETTINGS, patch },
  );
}

export async function readSettings(worker: Worker): Promise<Settings> {
  return worker.evaluate(async (key) => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return ((await api.storage.sync.get(key)) as Record<string, Settings>)[key]!;
  }, SETTINGS_KEY);
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

let axeSource: string | undefined;

export interface AxeReport {
  violations: AxeFinding[];
  /** Checks axe could not decide (e.g. a contrast over an image): printed, for a person to look at. */
  incomplete: AxeFinding[];
}

/**
 * Runs axe-core in the page. The script is evaluated through the DevTools protocol rather than
 * added as a <script> tag: extension pages' CSP forbids inline scripts.
 */
export async function runAxe(page: Page): Promise<AxeReport> {
  axeSource ??= readFileSync(repoPath('node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type AxeRule = { id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> };
    type AxeResult = { violations: AxeRule[]; incomplete: AxeRule[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const brief = (v: AxeRule) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) });
    return { violations: result.violations.map(brief), incomplete: result.incomplete.map(brief) };
  });
}

/** Fails with the list of serious/critical findings; milder and undecided ones are printed. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const { violations, incomplete } = await runAxe(page);
  const minor = violations.filter((v) => !FAILING_IMPACTS.includes(v.impact));
  const show = (list: AxeFinding[]) => list.map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`).join('; ');
  if (minor.length) console.log(`axe (${label}), minor findings: ${show(minor)}`);
  if (incomplete.length) console.log(`axe (${label}), undecided, to review by eye: ${show(incomplete)}`);
  expect(violations.filter((v) => FAILING_IMPACTS.includes(v.impact)), `axe on ${label}`).toEqual([]);
}

/** What a Tab stop looked like: which control, and whether it showed a focus indicator. */
export interface FocusStop {
  /** Index among the controls marked by `markFocusable`, or -1 for anything else. */
  index: number;
  describe: string;
  focusVisible: boolean;
  indicator: boolean;
}

/** Elements a keyboard user must be able to reach. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Numbers every rendered, enabled Tab stop in document order (`data-e2e-focus`); returns how many. */
export async function markFocusable(page: Page): Promise<number> {
  return page.evaluate((selector) => {
    document.querySelectorAll('[data-e2e-focus]').forEach((el) => el.removeAttribute('data-e2e-focus'));
    // A radio group is one Tab stop, its checked button (the arrows move inside the group).
    const skippedRadio = (el: HTMLElement) =>
      el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && !!document.querySelector(`input[type="radio"][name="${el.name}"]:checked`);
    const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden]') && !skippedRadio(el));
    shown.forEach((el, i) => (el.dataset.e2eFocus = String(i)));
    return shown.length;
  }, FOCUSABLE);
}

/** The focused element, and whether it shows an indicator (an outline of 2px or more, or a box shadow). */
function currentStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { index: -1, describe: 'body', focusVisible: false, indicator: false };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && !/rgba\(0, 0, 0, 0\)|transparent/.test(cs.outlineColor);
    const shadow = !!cs.boxShadow && cs.boxShadow !== 'none';
    const what = el.dataset.itemKey ?? el.dataset.toggle ?? el.dataset.export ?? el.dataset.option ?? el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.textContent?.trim().slice(0, 30);
    return {
      index: el.dataset.e2eFocus === undefined ? -1 : Number(el.dataset.e2eFocus),
      describe: `${el.tagName.toLowerCase()} ${what ?? ''}`,
      focusVisible: el.matches(':focus-visible'),
      indicator: outline || shadow,
    };
  });
}

/** Starts from the top of the page and presses Tab until the focus comes back round. */
export async function walkTabOrder(page: Page, controls: number): Promise<FocusStop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: FocusStop[] = [];
  // Past the last control the focus leaves the document once, then wraps to the first.
  for (let i = 0; i < controls + 3; i++) {
    await page.keyboard.press('Tab');
    const stop = await currentStop(page);
    if (stops.length && stop.index === stops[0]!.index && stop.index !== -1) break;
    stops.push(stop);
  }
  return stops;
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector` and contains `text`. */
export async function tabTo(page: Page, selector: string, text = '', max = 120, backwards = false): Promise<void> {
  const matches = () =>
    page.evaluate(
      ({ selector, text }) => {
        const el = document.activeElement as HTMLElement | null;
        return !!el && el.matches(selector) && (el.innerText ?? '').includes(text);
      },
      { selector, text },
    );
  for (let i = 0; i < max; i++) {
    if (await matches()) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector} ${text}`);
}

/** Which element has the focus, as its `data-*` hook or tag. */
export function activeHook(page: Page, attribute: string): Promise<string | null> {
  return page.evaluate((a) => (document.activeElement as HTMLElement | null)?.getAttribute(a) ?? null, attribute);
}
