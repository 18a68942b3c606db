/**
 * Detection for content scripts. The core and its data (lexicons, model weights, the glossary)
 * live in the background only, compiled once and shared by every tab; a page never loads them.
 */
import { browser, type Browser } from 'wxt/browser';
import { annotateText } from '../../core/annotate';
import { toWire, type DetectAnswer } from '../detect-wire';
import { disabledHosts, hostOf } from './disabled-hosts';

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
  return toWire(found, performance.now() - started);
}

/** A few words per language that reach every detector (people, claims, terms). */
const WARM_UP_TEXTS: Array<[text: string, lang: string]> = [
  ['Kremlin spokesman Dmitry Peskov said NATO had 700 missiles, up 5% since March.', 'en'],
  ['قال المتحدث باسم الكرملين ديمتري بيسكوف إن حلف الناتو نشر 700 صاروخ.', 'ar'],
];

/**
 * Compile the data and warm the code paths once when the service worker starts, off any page's
 * critical path: otherwise the first article after a wake-up pays for it.
 */
export function warmDetection(): void {
  for (const [text, lang] of WARM_UP_TEXTS) annotateText(text, lang);
}
