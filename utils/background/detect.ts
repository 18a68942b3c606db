/**
 * Detection for content scripts. The core and its data (lexicons, model weights, the glossary)
 * live in the background only, compiled once and shared by every tab; a page never loads them.
 */
import { browser, type Browser } from 'wxt/browser';
import { annotateText } from '../../core/annotate';
import { toWire, type DetectAnswer } from '../detect-wire';
import { disabledHosts, hostOf } from './disabled-hosts';
import { warmUpInTasks } from './warm-up';

/** Refuse texts beyond this: no article is this long, and a page could try to stall us. */
export const MAX_DETECT_CHARS = 5_000_000;

export async function detectForTab(request: { text: unknown; lang: unknown }, sender: Browser.runtime.MessageSender): Promise<DetectAnswer> {
  if (sender.id !== browser.runtime.id) throw new Error('detect: message from another extension');
  const { text, lang } = request;
  if (typeof text !== 'string' || typeof lang !== 'string' || lang.length > 20) throw new Error('detect: bad request');
  if (text.length > MAX_DETECT_CHARS) throw new Error(`detect: text over ${MAX_DETECT_CHARS} characters`);
  // The content script asks before it has read the settings itself: refuse a site turned off.
  const host = hostOf(sender.url ?? sender.tab?.url);
  if (host && (await disabledHosts()).has(host)) throw new Error('detect: Gloss is off on this site');
  const started = performance.now();
  const found = annotateText(text, lang);
  const answer = toWire(found, performance.now() - started);
  scheduleWarmUp();
  return answer;
}

/**
 * How long the worker must have had no detect request before it warms up. A page that wakes the
 * worker has its request queued before the worker's script has even run: warming first would
 * only make it wait (and build the other language's data for nothing).
 */
export const WARM_UP_IDLE_MS = 500;

let warmUpBegun = false;
let warmUpTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Warm the detectors once per worker life, WARM_UP_IDLE_MS after the last detect request (each
 * request puts it off again). Once begun it runs a paragraph per task (warm-up.ts), so a request
 * that arrives meanwhile waits for one paragraph at most.
 */
export function scheduleWarmUp(): void {
  if (warmUpBegun) return;
  clearTimeout(warmUpTimer);
  warmUpTimer = setTimeout(() => {
    warmUpBegun = true;
    void warmUpInTasks(annotateText);
  }, WARM_UP_IDLE_MS);
}
