/**
 * Optional online summaries (off by default): the Wikipedia REST summary of one title, in the
 * article's language. Only the title leaves the browser, never article text. The HTML extract is
 * sanitised (utils/sanitize.ts) before it is cached or returned, and shown again through
 * setSanitizedHtml. Results are cached in local storage, bounded and least-recently-used.
 *
 * `fetch`, the cache item, the clock and the window for DOMPurify are injected: tests run on
 * recorded responses, with no network.
 */
import { sanitizeHtml } from './sanitize';

/** Cache bound: a summary is ~1 KB, so this stays well under storage.local's quota. */
export const MAX_CACHED_SUMMARIES = 500;
/** Wikipedia pages change; a month-old summary is still fine for a reader's aside. */
export const SUMMARY_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** A lead paragraph is a few hundred characters; anything longer is cut (and not a summary). */
export const MAX_EXTRACT_CHARS = 4000;
/** Titles are at most 255 bytes on Wikipedia. */
export const MAX_TITLE_CHARS = 255;
/** Language subdomains of Wikipedia: "ar", "en", "fr", "zh-yue", "simple"… */
const WIKI_LANG = /^[a-z]{2,3}(?:-[a-z]{2,8})?$|^simple$/;
/** Give up on a slow answer: the reader is waiting on a panel item. */
export const FETCH_TIMEOUT_MS = 8000;

export interface SummaryRequest {
  /** Wikipedia language (the article's primary language subtag). */
  lang: string;
  /** Page title as a reader writes it ("New START"); spaces become underscores in the URL. */
  title: string;
}

export interface Summary {
  title: string;
  /** Plain-text extract (always present when `status` is ok). */
  extract: string;
  /** Sanitised HTML extract, when Wikipedia gave one. */
  html?: string;
  /** The article on Wikipedia, built by us from the language and title. */
  url: string;
  lang: string;
  dir: 'rtl' | 'ltr';
}

export type SummaryResult =
  | { status: 'ok'; summary: Summary }
  /** No page, or a disambiguation page (not a summary of anything). */
  | { status: 'missing' }
  | { status: 'error'; message: string };

export interface CachedSummary {
  result: SummaryResult;
  fetchedAt: number;
  usedAt: number;
}

export type SummaryCache = Record<string, CachedSummary>;

export interface SummaryCacheStorage {
  getValue(): Promise<SummaryCache | null>;
  setValue(value: SummaryCache): Promise<void>;
}

export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string>; credentials?: 'omit' }) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

export interface SummaryDeps {
  fetch: FetchLike;
  cache: SummaryCacheStorage;
  now?: () => number;
  /** The window DOMPurify works in (the panel's; happy-dom in tests). */
  win?: Window;
}

/** The request's language, or undefined when it is no Wikipedia language code. */
export function wikiLang(lang: string): string | undefined {
  const primary = lang.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return WIKI_LANG.test(primary) ? primary : undefined;
}

const titlePath = (title: string) => encodeURIComponent(title.trim().replace(/\s+/g, '_'));

export function summaryUrl(req: SummaryRequest): string | undefined {
  const lang = wikiLang(req.lang);
  const title = req.title.trim();
  if (!lang || !title || title.length > MAX_TITLE_CHARS) return undefined;
  return `https://${lang}.wikipedia.org/api/rest_v1/page/summary/${titlePath(title)}`;
}

/** The "read more" link for a title in one language (also used by the glossary notes). */
export function wikipediaPageUrl(lang: string, title: string): string | undefined {
  const l = wikiLang(lang);
  const t = title.trim();
  if (!l || !t || t.length > MAX_TITLE_CHARS) return undefined;
  return `https://${l}.wikipedia.org/wiki/${titlePath(t)}`;
}

export const cacheKey = (req: SummaryRequest) => `${wikiLang(req.lang) ?? '?'}:${req.title.trim().replace(/\s+/g, '_')}`;

/**
 * What sanitizeHtml's allow-list can produce: only these tags, only lang/dir attributes. Checked
 * after sanitising because DOMPurify hands its input back unchanged where it cannot run (a DOM
 * without the pieces it needs); HTML failing this check is dropped and the text extract is used.
 */
const INERT_TAG = /^<\/?(?:b|strong|i|em|p|br|span|sub|sup|bdi)(?:\s+(?:lang|dir)="[^"<>&]*")*\s*\/?>$/i;

export function isInertHtml(html: string): boolean {
  const tags = html.match(/<[^>]*>?/g) ?? [];
  return tags.every((tag) => INERT_TAG.test(tag));
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Read the fields we use from Wikipedia's JSON; everything else is ignored. */
export function parseSummary(body: unknown, lang: string, win?: Window): SummaryResult {
  if (!isObj(body)) return { status: 'error', message: 'bad response' };
  if (body.type === 'disambiguation' || body.type === 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found') return { status: 'missing' };
  const extract = typeof body.extract === 'string' ? body.extract.trim().slice(0, MAX_EXTRACT_CHARS) : '';
  const title = typeof body.title === 'string' ? body.title.slice(0, MAX_TITLE_CHARS) : '';
  if (!extract || !title) return { status: 'missing' };
  const rawHtml = typeof body.extract_html === 'string' && body.extract_html.length <= MAX_EXTRACT_CHARS * 2 ? body.extract_html : undefined;
  const clean = rawHtml ? sanitizeHtml(rawHtml, win) : undefined;
  const html = clean && isInertHtml(clean) ? clean : undefined;
  const dir = body.dir === 'rtl' || (body.dir !== 'ltr' && ['ar', 'fa', 'he', 'ur'].includes(lang)) ? 'rtl' : 'ltr';
  const url = wikipediaPageUrl(lang, title)!;
  return { status: 'ok', summary: { title, extract, ...(html ? { html } : {}), url, lang, dir } };
}

/** Keep the `max` most recently used entries. */
export function pruneCache(cache: SummaryCache, max = MAX_CACHED_SUMMARIES): SummaryCache {
  const entries = Object.entries(cache);
  if (entries.length <= max) return cache;
  entries.sort((a, b) => b[1].usedAt - a[1].usedAt);
  return Object.fromEntries(entries.slice(0, max));
}

/** What the cache holds for a request, fresh enough, without touching the network. */
export async function cachedSummary(req: SummaryRequest, deps: Pick<SummaryDeps, 'cache' | 'now'>): Promise<SummaryResult | undefined> {
  const now = (deps.now ?? Date.now)();
  const cache = (await deps.cache.getValue()) ?? {};
  const hit = isObj(cache) ? cache[cacheKey(req)] : undefined;
  return hit && now - hit.fetchedAt < SUMMARY_MAX_AGE_MS ? hit.result : undefined;
}

/** The summary for `req`: from the cache when fresh, else fetched, sanitised and cached. */
export async function fetchSummary(req: SummaryRequest, deps: SummaryDeps): Promise<SummaryResult> {
  const now = deps.now ?? Date.now;
  const url = summaryUrl(req);
  const lang = wikiLang(req.lang);
  if (!url || !lang) return { status: 'error', message: 'bad title or language' };
  const key = cacheKey(req);
  const stored = (await deps.cache.getValue()) ?? {};
  const hit = stored[key];
  if (hit && now() - hit.fetchedAt < SUMMARY_MAX_AGE_MS) {
    await deps.cache.setValue({ ...stored, [key]: { ...hit, usedAt: now() } });
    return hit.result;
  }

  let result: SummaryResult;
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = controller ? setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS) : undefined;
  try {
    // No cookies: the request is anonymous, and carries nothing but the title in its URL.
    const res = await deps.fetch(url, { signal: controller?.signal, headers: { accept: 'application/json' }, credentials: 'omit' });
    if (res.status === 404) result = { status: 'missing' };
    else if (!res.ok) result = { status: 'error', message: `HTTP ${res.status}` };
    else result = parseSummary(await res.json(), lang, deps.win);
  } catch (e) {
    result = { status: 'error', message: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
  // Errors are not cached: the next click tries again.
  if (result.status !== 'error') {
    const t = now();
    const latest = (await deps.cache.getValue()) ?? {};
    await deps.cache.setValue(pruneCache({ ...latest, [key]: { result, fetchedAt: t, usedAt: t } }));
  }
  return result;
}

/** What the panel shows for one item's summary: nothing asked yet, loading, or a result. */
export type SummaryState = { status: 'idle' } | { status: 'loading' } | SummaryResult;
