/**
 * Message validation: forged senders and malformed payloads are refused, real ones pass. The
 * handlers in start-gloss.ts, background.ts and the panel all go through these predicates.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../utils/messaging';
import {
  acceptMessage,
  guarded,
  isDetectRequest,
  isHost,
  isItemRef,
  isOptionalTabId,
  isPageNotice,
  isPageState,
  isStepPayload,
  isTabId,
  MAX_KEY_CHARS,
  resetRejectionLog,
  senderAllowed,
  type ExtensionIdentity,
  type SenderLike,
} from '../../../utils/validate-messages';

const SELF: ExtensionIdentity = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const PANEL = { id: SELF.id, url: `${SELF.baseUrl}sidepanel.html` };
/** The panel opened as a tab (the e2e tests do this): still an extension page. */
const PANEL_IN_TAB = { ...PANEL, tab: { id: 7 } };
const BACKGROUND = { id: SELF.id, url: `${SELF.baseUrl}background.js` };
const CONTENT = { id: SELF.id, url: 'https://www.reuters.com/world/story', tab: { id: 12 } };
const OTHER_EXTENSION = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' };

const TEXT = 'Emmanuel Macron said 700 soldiers would go, and NATO agreed.';
const span = (needle: string) => {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length, text: needle };
};
const GOOD_STATE: PageState = {
  status: 'ok',
  url: 'https://www.reuters.com/world/story',
  annotation: {
    article: { title: 'Troops', text: TEXT, lang: 'en', dir: 'ltr' },
    people: [{ ...span('Emmanuel Macron'), name: 'Emmanuel Macron', role: 'President' }],
    claims: [{ ...span('700 soldiers'), value: 700, unit: 'soldier', kind: 'count', qualifier: 'about' }],
    terms: [{ ...span('NATO'), id: 'nato', title: 'NATO', note: 'A military alliance.' }],
  },
};

/** A deep copy of GOOD_STATE with one change applied. */
function forged(change: (s: any) => void): unknown {
  const s = structuredClone(GOOD_STATE) as any;
  change(s);
  return s;
}

afterEach(() => {
  resetRejectionLog();
  vi.restoreAllMocks();
});

describe('payload validators', () => {
  it('accepts item refs of the three kinds, and nothing else', () => {
    expect(isItemRef({ kind: 'person', key: 'person:Emmanuel Macron' })).toBe(true);
    expect(isItemRef({ kind: 'claim', key: 'claim:21' })).toBe(true);
    expect(isItemRef({ kind: 'term', key: 'term:nato' })).toBe(true);
    for (const bad of [
      null,
      undefined,
      'person:x',
      [],
      { kind: 'script', key: 'x' },
      { kind: 'person' },
      { kind: 'person', key: '' },
      { kind: 'person', key: 42 },
      { kind: 'person', key: { toString: () => 'x' } },
      { kind: 'person', key: 'x'.repeat(MAX_KEY_CHARS + 1) },
      { kind: ['person'], key: 'x' },
    ]) {
      expect(isItemRef(bad), JSON.stringify(bad)?.slice(0, 60)).toBe(false);
    }
  });

  it('accepts a step of exactly 1 or -1 with an optional kind', () => {
    expect(isStepPayload({ direction: 1 })).toBe(true);
    expect(isStepPayload({ direction: -1, kind: 'claim' })).toBe(true);
    for (const bad of [{ direction: 2 }, { direction: '1' }, { direction: 0 }, { direction: 1, kind: 'all' }, { direction: NaN }, null, 1]) {
      expect(isStepPayload(bad)).toBe(false);
    }
  });

  it('accepts tab ids as non-negative integers, and no tab for the active one', () => {
    expect(isTabId(0)).toBe(true);
    expect(isTabId(1234)).toBe(true);
    for (const bad of [-1, 1.5, NaN, Infinity, '3', null, undefined, 2 ** 60]) expect(isTabId(bad)).toBe(false);
    expect(isOptionalTabId(undefined)).toBe(true);
    expect(isOptionalTabId(5)).toBe(true);
    expect(isOptionalTabId('5')).toBe(false);
  });

  it('accepts hostnames only (no scheme, path, wildcard or pattern)', () => {
    for (const ok of ['example.com', 'www.example.co.uk', 'xn--mgbh0fb.xn--kgbechtv', 'localhost', '127.0.0.1']) expect(isHost(ok), ok).toBe(true);
    for (const bad of ['', '*', '*.example.com', '<all_urls>', 'https://example.com', 'example.com/path', 'exa mple.com', 'a'.repeat(64) + '.com', 'x.'.repeat(130) + 'com', 'مثال.com', 42, null]) {
      expect(isHost(bad), String(bad).slice(0, 40)).toBe(false);
    }
  });

  it('accepts a real page state and the statuses without an annotation', () => {
    expect(isPageState(GOOD_STATE)).toBe(true);
    for (const status of ['not-article', 'empty', 'pending']) expect(isPageState({ status, url: 'https://x.example/' })).toBe(true);
    expect(isPageState({ status: 'error', url: 'https://x.example/', error: 'boom' })).toBe(true);
  });

  it.each([
    ['an unknown status', (s: any) => (s.status = 'hacked')],
    ['a url that is not a string', (s: any) => (s.url = { href: 'x' })],
    ['no article', (s: any) => delete s.annotation.article],
    ['a title that is not a string', (s: any) => (s.annotation.article.title = ['<img src=x onerror=alert(1)>'])],
    ['an unknown direction', (s: any) => (s.annotation.article.dir = 'auto')],
    ['people that are not an array', (s: any) => (s.annotation.people = { length: 1 })],
    ['a fractional offset', (s: any) => (s.annotation.people[0].start = 0.5)],
    ['a negative offset', (s: any) => (s.annotation.claims[0].start = -1)],
    ['an offset past the text', (s: any) => (s.annotation.terms[0].end = TEXT.length + 1)],
    ['a reversed span', (s: any) => ((s.annotation.terms[0].start = 10), (s.annotation.terms[0].end = 5))],
    ['an empty span', (s: any) => (s.annotation.terms[0].end = s.annotation.terms[0].start)],
    ['an offset given as a string', (s: any) => (s.annotation.people[0].end = '15')],
    ['a span text longer than its span', (s: any) => (s.annotation.people[0].text = 'x'.repeat(100))],
    ['a person without a name', (s: any) => delete s.annotation.people[0].name],
    ['a role that is an object', (s: any) => (s.annotation.people[0].role = { __proto__: null })],
    ['a claim value that is not finite', (s: any) => (s.annotation.claims[0].value = Infinity)],
    ['a claim kind that is not a word', (s: any) => (s.annotation.claims[0].kind = '<b>count</b>')],
    ['a qualifier that is not a string', (s: any) => (s.annotation.claims[0].qualifier = 1)],
    ['a term without a note', (s: any) => delete s.annotation.terms[0].note],
    ['a null entry in a list', (s: any) => s.annotation.terms.push(null)],
    ['an error that is not a string', (s: any) => (s.error = 42)],
  ])('refuses a page state with %s', (_, change) => {
    expect(isPageState(forged(change))).toBe(false);
  });

  it('accepts a detect request of text and any short language tag, nothing else', () => {
    expect(isDetectRequest({ text: TEXT, lang: 'en' })).toBe(true);
    // Page markup decides the tag: odd ones must still get detection (as "not Arabic").
    expect(isDetectRequest({ text: TEXT, lang: '{{lang}}' })).toBe(true);
    for (const bad of [{ text: TEXT }, { text: 42, lang: 'en' }, { text: TEXT, lang: 'x'.repeat(36) }, { text: [TEXT], lang: 'en' }, TEXT, null]) {
      expect(isDetectRequest(bad)).toBe(false);
    }
  });

  it('accepts a page notice of status, url and a count, and nothing bigger or stranger', () => {
    expect(isPageNotice({ status: 'ok', url: 'https://x.example/', count: 12 })).toBe(true);
    expect(isPageNotice({ status: 'not-article', url: 'https://x.example/', count: 0 })).toBe(true);
    for (const bad of [
      { status: 'hacked', url: 'https://x.example/', count: 1 },
      { status: 'ok', url: 'https://x.example/', count: -1 },
      { status: 'ok', url: 'https://x.example/', count: 1.5 },
      { status: 'ok', url: 'https://x.example/', count: '3' },
      { status: 'ok', url: 'x'.repeat(9000), count: 1 },
      { status: 'ok', url: 'https://x.example/' },
      null,
      [],
    ]) {
      expect(isPageNotice(bad), JSON.stringify(bad)?.slice(0, 60)).toBe(false);
    }
  });

  it('refuses non-objects and arrays as page states', () => {
    for (const bad of [null, undefined, 'ok', 1, [], [GOOD_STATE]]) expect(isPageState(bad)).toBe(false);
  });
});

describe('senders', () => {
  it('extension: any context of this extension, never another extension or a web page', () => {
    for (const s of [PANEL, PANEL_IN_TAB, BACKGROUND, CONTENT]) expect(senderAllowed(s, 'extension', SELF)).toBe(true);
    for (const s of [OTHER_EXTENSION, { url: 'https://evil.example/' }, {}, undefined, { id: SELF.id.toUpperCase() }]) {
      expect(senderAllowed(s as never, 'extension', SELF)).toBe(false);
    }
  });

  it('extension-page: the panel, options or background, never a content script', () => {
    expect(senderAllowed(PANEL, 'extension-page', SELF)).toBe(true);
    expect(senderAllowed(PANEL_IN_TAB, 'extension-page', SELF)).toBe(true);
    expect(senderAllowed(BACKGROUND, 'extension-page', SELF)).toBe(true);
    expect(senderAllowed(CONTENT, 'extension-page', SELF)).toBe(false);
    expect(senderAllowed({ ...CONTENT, url: `https://evil.example/?${SELF.baseUrl}` }, 'extension-page', SELF)).toBe(false);
    expect(senderAllowed({ id: SELF.id }, 'extension-page', SELF)).toBe(false);
  });

  it('content: this extension, in a tab, not an extension page', () => {
    expect(senderAllowed(CONTENT, 'content', SELF)).toBe(true);
    expect(senderAllowed({ ...CONTENT, tab: undefined }, 'content', SELF)).toBe(false);
    expect(senderAllowed({ ...CONTENT, tab: { id: -1 } }, 'content', SELF)).toBe(false);
    expect(senderAllowed(PANEL_IN_TAB, 'content', SELF)).toBe(false);
    expect(senderAllowed({ ...CONTENT, id: OTHER_EXTENSION.id }, 'content', SELF)).toBe(false);
  });
});

describe('the extension identity', () => {
  it('reads the id and origin from the runtime, and without a runtime matches no sender', async () => {
    vi.resetModules();
    const fresh = await import('../../../utils/validate-messages');
    expect(fresh.thisExtension()).toEqual({ id: '', baseUrl: '' });
    for (const rule of ['extension', 'extension-page', 'content'] as const) {
      expect(fresh.senderAllowed({ id: '', url: '', tab: { id: 1 } }, rule, fresh.thisExtension())).toBe(false);
    }
    const g = globalThis as { chrome?: unknown };
    g.chrome = { runtime: { id: SELF.id, getURL: (p: string) => `${SELF.baseUrl}${p.replace(/^\//, '')}` } };
    try {
      expect(fresh.thisExtension()).toEqual(SELF);
      expect(fresh.senderAllowed(PANEL, 'extension-page', fresh.thisExtension())).toBe(true);
    } finally {
      delete g.chrome;
    }
  });
});

describe('guarded handlers', () => {
  it('runs the handler for a valid message and returns the fallback otherwise, logging each kind of refusal once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = vi.fn((m: { data: unknown; sender?: SenderLike }) => `focused ${(m.data as { key: string }).key}`);
    const onFocus = guarded('focusItem', 'extension', isItemRef, handler, 'refused', () => SELF);
    expect(onFocus({ data: { kind: 'person', key: 'person:A' }, sender: PANEL })).toBe('focused person:A');
    for (let i = 0; i < 5; i++) expect(onFocus({ data: { kind: 'evil', key: 'x' }, sender: PANEL })).toBe('refused');
    for (let i = 0; i < 5; i++) expect(onFocus({ data: { kind: 'person', key: 'person:A' }, sender: OTHER_EXTENSION })).toBe('refused');
    expect(handler).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      '[gloss] ignored a "focusItem" message: unexpected payload',
      '[gloss] ignored a "focusItem" message: unexpected sender',
    ]);
  });

  it('never throws on hostile message objects', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hostile: unknown[] = [null, undefined, 1, 'x', { sender: null }, { sender: { id: SELF.id, tab: null } }, Object.create(null)];
    for (const m of hostile) expect(acceptMessage('getPageState', m as never, () => true, 'content', SELF)).toBe(false);
  });

  it('checks a 200,000-span page state in under two seconds (on a shared, loaded core)', () => {
    const text = 'word '.repeat(200_000);
    const claims = Array.from({ length: 199_999 }, (_, i) => ({ start: i * 5, end: i * 5 + 4, text: 'word', value: i, kind: 'count' }));
    const state = { status: 'ok', url: 'https://x.example/', annotation: { article: { title: 't', text, lang: 'en', dir: 'ltr' }, people: [], claims, terms: [] } };
    const t0 = performance.now();
    expect(isPageState(state)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
