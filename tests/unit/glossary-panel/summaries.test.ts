import { describe, expect, it } from 'vitest';
import {
  cachedSummary,
  fetchSummary,
  isInertHtml,
  MAX_CACHED_SUMMARIES,
  pruneCache,
  SUMMARY_MAX_AGE_MS,
  summaryUrl,
  wikipediaPageUrl,
  wikiLang,
  type FetchLike,
  type SummaryCache,
} from '../../../utils/summaries';
import { Window as HappyWindow } from 'happy-dom';
import { JSDOM } from 'jsdom';
import { FakeItem } from './fake-item';
import { DISAMBIGUATION, HOSTILE, NEW_START_EN, NOT_FOUND_BODY, PERSON_AR } from './recorded-summaries';

// jsdom: DOMPurify runs on it (happy-dom lacks pieces, and DOMPurify then returns its input).
const win = new JSDOM('<!doctype html><body></body>').window as unknown as Window;

interface Call {
  url: string;
  init?: Parameters<FetchLike>[1];
}

/** A fetch that answers from recorded responses by URL and logs every call. */
function recorded(responses: Record<string, { status: number; body: unknown } | Error>) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const r = responses[url];
    if (!r) return { ok: false, status: 404, json: async () => NOT_FOUND_BODY };
    if (r instanceof Error) throw r;
    return { ok: r.status >= 200 && r.status < 300, status: r.status, json: async () => structuredClone(r.body) };
  };
  return { fetch, calls };
}

const EN_URL = 'https://en.wikipedia.org/api/rest_v1/page/summary/New_START';
const AR_URL = `https://ar.wikipedia.org/api/rest_v1/page/summary/${encodeURIComponent('ديمتري_بيسكوف')}`;

describe('summary URLs', () => {
  it('builds the REST URL of the article language from the title only', () => {
    expect(summaryUrl({ lang: 'en', title: 'New START' })).toBe(EN_URL);
    expect(summaryUrl({ lang: 'ar-EG', title: ' ديمتري  بيسكوف ' })).toBe(AR_URL);
    expect(summaryUrl({ lang: 'en', title: 'AC/DC?x=1#y' })).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/AC%2FDC%3Fx%3D1%23y');
    expect(wikipediaPageUrl('ar', 'كرملين موسكو')).toBe(`https://ar.wikipedia.org/wiki/${encodeURIComponent('كرملين_موسكو')}`);
  });

  it('refuses languages that are no Wikipedia subdomain, and empty or huge titles', () => {
    for (const lang of ['', 'evil.example/', 'en.evil', '../x', 'x', '12']) expect(summaryUrl({ lang, title: 'NATO' })).toBeUndefined();
    expect(wikiLang('EN-gb')).toBe('en');
    expect(summaryUrl({ lang: 'en', title: '   ' })).toBeUndefined();
    expect(summaryUrl({ lang: 'en', title: 'a'.repeat(300) })).toBeUndefined();
  });
});

describe('fetchSummary with recorded responses', () => {
  it('returns the extract and sanitised HTML, sends no body and no cookies, and caches', async () => {
    const { fetch, calls } = recorded({ [EN_URL]: { status: 200, body: NEW_START_EN } });
    const cache = new FakeItem<SummaryCache>();
    const result = await fetchSummary({ lang: 'en', title: 'New START' }, { fetch, cache, now: () => 1000, win });
    expect(result).toEqual({
      status: 'ok',
      summary: {
        title: 'New START',
        extract: NEW_START_EN.extract,
        html: NEW_START_EN.extract_html,
        url: 'https://en.wikipedia.org/wiki/New_START',
        lang: 'en',
        dir: 'ltr',
      },
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(EN_URL);
    expect(calls[0]!.init).not.toHaveProperty('body');
    expect(calls[0]!.init?.credentials).toBe('omit');
    expect(Object.keys(cache.value!)).toEqual(['en:New_START']);

    // Second time: from the cache, no network.
    const again = await fetchSummary({ lang: 'en', title: 'New  START' }, { fetch, cache, now: () => 2000, win });
    expect(again).toEqual(result);
    expect(calls).toHaveLength(1);
    expect(cache.value!['en:New_START']!.usedAt).toBe(2000);
    expect(await cachedSummary({ lang: 'en', title: 'New START' }, { cache, now: () => 3000 })).toEqual(result);
  });

  it('reads Arabic summaries right to left', async () => {
    const { fetch } = recorded({ [AR_URL]: { status: 200, body: PERSON_AR } });
    const result = await fetchSummary({ lang: 'ar', title: 'ديمتري بيسكوف' }, { fetch, cache: new FakeItem(), win });
    expect(result.status === 'ok' && result.summary.dir).toBe('rtl');
    expect(result.status === 'ok' && result.summary.url).toBe(`https://ar.wikipedia.org/wiki/${encodeURIComponent('ديمتري_بيسكوف')}`);
  });

  it('neutralises hostile HTML: no scripts, handlers, links, media, styles or forms survive', async () => {
    const url = 'https://en.wikipedia.org/api/rest_v1/page/summary/Evil';
    const { fetch } = recorded({ [url]: { status: 200, body: HOSTILE } });
    const cache = new FakeItem<SummaryCache>();
    const result = await fetchSummary({ lang: 'en', title: 'Evil' }, { fetch, cache, win });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const html = result.summary.html!;
    expect(html).toContain('<b>Bold</b>');
    expect(html).toContain('end');
    for (const bad of ['<script', 'onerror', 'onload', 'onclick', 'javascript:', '<iframe', '<svg', '<img', '<a ', 'style=', '<form', '<input', '<object', '<embed', '<link', '<math', 'data-x', 'class=', 'aria-label']) {
      expect(html.toLowerCase()).not.toContain(bad);
    }
    // The page link is built by Gloss, never taken from the response.
    expect(result.summary.url).toBe('https://en.wikipedia.org/wiki/Evil');
    // What is cached is the sanitised text, never the raw payload.
    expect(JSON.stringify(cache.value)).not.toContain('onerror');
  });

  it('treats 404s and disambiguation pages as "no summary", and caches that', async () => {
    const disamb = 'https://en.wikipedia.org/api/rest_v1/page/summary/START';
    const { fetch, calls } = recorded({ [disamb]: { status: 200, body: DISAMBIGUATION } });
    const cache = new FakeItem<SummaryCache>();
    expect(await fetchSummary({ lang: 'en', title: 'START' }, { fetch, cache, win })).toEqual({ status: 'missing' });
    expect(await fetchSummary({ lang: 'en', title: 'Nobody Here' }, { fetch, cache, win })).toEqual({ status: 'missing' });
    expect(await fetchSummary({ lang: 'en', title: 'Nobody Here' }, { fetch, cache, win })).toEqual({ status: 'missing' });
    expect(calls).toHaveLength(2);
  });

  it('reports server and network errors without caching them', async () => {
    const { fetch, calls } = recorded({ [EN_URL]: { status: 503, body: {} }, [AR_URL]: new TypeError('Failed to fetch') });
    const cache = new FakeItem<SummaryCache>();
    expect(await fetchSummary({ lang: 'en', title: 'New START' }, { fetch, cache, win })).toEqual({ status: 'error', message: 'HTTP 503' });
    expect(await fetchSummary({ lang: 'ar', title: 'ديمتري بيسكوف' }, { fetch, cache, win })).toEqual({ status: 'error', message: 'Failed to fetch' });
    await fetchSummary({ lang: 'en', title: 'New START' }, { fetch, cache, win });
    expect(calls).toHaveLength(3);
    expect(cache.value).toBeNull();
  });

  it('refuses malformed bodies and bad requests without fetching', async () => {
    const { fetch, calls } = recorded({ [EN_URL]: { status: 200, body: ['not', 'an', 'object'] } });
    expect((await fetchSummary({ lang: 'en', title: 'New START' }, { fetch, cache: new FakeItem(), win })).status).toBe('error');
    expect((await fetchSummary({ lang: 'evil.example/', title: 'x' }, { fetch, cache: new FakeItem(), win })).status).toBe('error');
    expect(calls).toHaveLength(1);
  });

  it('refetches stale entries', async () => {
    const { fetch, calls } = recorded({ [EN_URL]: { status: 200, body: NEW_START_EN } });
    const cache = new FakeItem<SummaryCache>();
    await fetchSummary({ lang: 'en', title: 'New START' }, { fetch, cache, now: () => 0, win });
    expect(await cachedSummary({ lang: 'en', title: 'New START' }, { cache, now: () => SUMMARY_MAX_AGE_MS + 1 })).toBeUndefined();
    await fetchSummary({ lang: 'en', title: 'New START' }, { fetch, cache, now: () => SUMMARY_MAX_AGE_MS + 1, win });
    expect(calls).toHaveLength(2);
  });
});

describe('isInertHtml (the check after sanitising)', () => {
  it('accepts only allow-listed tags with lang/dir attributes', () => {
    expect(isInertHtml('<p dir="rtl">حلف <b>الناتو</b><br/> <i lang="en">NATO</i></p>')).toBe(true);
    expect(isInertHtml('plain text, no tags')).toBe(true);
    for (const bad of ['<script>x</script>', '<img src=x>', '<b onclick="x">y</b>', '<a href="x">y</a>', '<p style="x">y</p>', '<b', '<span lang="en" class="x">y</span>']) {
      expect(isInertHtml(bad)).toBe(false);
    }
  });

  it('drops the HTML (keeping the text extract) when the sanitiser cannot run', async () => {
    const url = 'https://en.wikipedia.org/api/rest_v1/page/summary/Evil';
    const { fetch } = recorded({ [url]: { status: 200, body: HOSTILE } });
    // happy-dom lacks pieces DOMPurify needs, so DOMPurify hands the payload back unchanged.
    const broken = new HappyWindow() as unknown as Window;
    const result = await fetchSummary({ lang: 'en', title: 'Evil' }, { fetch, cache: new FakeItem(), win: broken });
    expect(result.status === 'ok' && result.summary.html).toBeUndefined();
    expect(result.status === 'ok' && result.summary.extract).toBe('Plain words only.');
  });
});

describe('summary cache bound', () => {
  it('keeps the most recently used entries', () => {
    const cache: SummaryCache = {};
    for (let i = 0; i < MAX_CACHED_SUMMARIES + 20; i++) cache[`en:T${i}`] = { result: { status: 'missing' }, fetchedAt: i, usedAt: i };
    cache['en:T0']!.usedAt = 10_000; // old, but read recently
    const pruned = pruneCache(cache);
    expect(Object.keys(pruned)).toHaveLength(MAX_CACHED_SUMMARIES);
    expect(pruned).toHaveProperty('en:T0');
    expect(pruned).not.toHaveProperty('en:T1');
    expect(pruned).toHaveProperty(`en:T${MAX_CACHED_SUMMARIES + 19}`);
  });

  it('never grows past the bound through fetchSummary', async () => {
    const seeded: SummaryCache = {};
    for (let i = 0; i < MAX_CACHED_SUMMARIES; i++) seeded[`en:T${i}`] = { result: { status: 'missing' }, fetchedAt: 10, usedAt: 10 + i };
    const cache = new FakeItem<SummaryCache>(seeded);
    const { fetch } = recorded({ [EN_URL]: { status: 200, body: NEW_START_EN } });
    await fetchSummary({ lang: 'en', title: 'New START' }, { fetch, cache, now: () => 100_000, win });
    expect(Object.keys(cache.value!)).toHaveLength(MAX_CACHED_SUMMARIES);
    expect(cache.value).toHaveProperty('en:New_START');
    expect(cache.value).not.toHaveProperty('en:T0');
  });
});
