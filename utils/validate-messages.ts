/**
 * Checks on every message Gloss receives, before a handler reads it. The contracts in messaging.ts
 * are types only: at run time a message is whatever arrived. Pages cannot call the extension's
 * runtime APIs and Gloss declares no externally_connectable, but a compromised renderer (a content
 * script's process is the page's) or a bug could still send anything, so each handler checks who
 * sent the message and what it holds, and ignores it otherwise (logged once per message type).
 *
 * Hand-written predicates, no schema library: the shapes are few and small. No WXT or browser
 * imports, so Node tests run these directly (they pass the extension's identity in; the extension
 * reads it from the runtime, see thisExtension()).
 */
import type { ClaimKind, Dir, Qualifier } from '../core/types';
import type { DetectAnswer } from './detect-wire';
import type { ItemKind } from '../core/panel-model';
import type { ItemRef, PageNotice, PageState, PageStatus } from './messaging';

/** An item key is "person:<name>", "claim:<offset>" or "term:<id>": far shorter than this. */
export const MAX_KEY_CHARS = 500;
/** Hostnames are at most 253 characters (RFC 1035). */
export const MAX_HOST_CHARS = 253;
/** An article's text: a 200,000-word page is about 1.3 M characters; refuse anything absurd. */
export const MAX_TEXT_CHARS = 20_000_000;
/** A language tag; BCP 47 allows 35 characters, which is already generous. */
export const MAX_LANG_CHARS = 35;
/** Titles, names, roles, notes, units, URLs, error reasons. */
export const MAX_FIELD_CHARS = 10_000;
export const MAX_URL_CHARS = 8_192;
/** Spans per list: a 1 MB text node of dense prose yields ~20,000 claims; leave room. */
export const MAX_SPANS = 200_000;

const ITEM_KINDS: readonly ItemKind[] = ['person', 'claim', 'term'];
const STATUSES: readonly PageStatus[] = ['ok', 'not-article', 'empty', 'error', 'pending'];
/**
 * Claim kinds and qualifiers are checked by form, not against today's list: a kind added to
 * core/types.ts later must not make every page state look forged (the panel formats an unknown
 * kind as a plain number). Both reach the UI only as text.
 */
const ENUM_WORD = /^[a-z][a-z-]{0,39}$/;
const isClaimKind = (x: unknown): x is ClaimKind => typeof x === 'string' && ENUM_WORD.test(x);
const isQualifier = (x: unknown): x is Qualifier => typeof x === 'string' && ENUM_WORD.test(x);
const DIRS: readonly Dir[] = ['rtl', 'ltr'];
/** Letters, digits, dots and dashes in labels of 1-63 characters (IDNs arrive as punycode). */
const HOST = /^(?=.{1,253}$)(?:[a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$/i;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown, max = MAX_FIELD_CHARS): x is string => typeof x === 'string' && x.length <= max;
const optStr = (x: unknown, max = MAX_FIELD_CHARS) => x === undefined || isStr(x, max);
const oneOf = <T>(xs: readonly T[], x: unknown): x is T => (xs as readonly unknown[]).includes(x);
const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

export function isItemKind(x: unknown): x is ItemKind {
  return oneOf(ITEM_KINDS, x);
}

export function isItemRef(x: unknown): x is ItemRef {
  return isObj(x) && isItemKind(x.kind) && isStr(x.key, MAX_KEY_CHARS) && x.key.length > 0;
}

/** stepHighlight's payload: a direction of exactly 1 or -1, and optionally one kind. */
export function isStepPayload(x: unknown): x is { direction: 1 | -1; kind?: ItemKind } {
  return isObj(x) && (x.direction === 1 || x.direction === -1) && (x.kind === undefined || isItemKind(x.kind));
}

export function isTabId(x: unknown): x is number {
  return isIndex(x);
}

/** annotateActiveTab's payload: a tab id, or nothing for "the active tab". */
export function isOptionalTabId(x: unknown): x is number | undefined {
  return x === undefined || x === null || isTabId(x);
}

export function isHost(x: unknown): x is string {
  return typeof x === 'string' && x.length <= MAX_HOST_CHARS && HOST.test(x);
}

/** detect's payload: an article's text and its language tag. */
export function isDetectRequest(x: unknown): x is { text: string; lang: string } {
  // The language comes from the page's lang attribute and may be any short string: detection
  // treats an unknown one as "not Arabic", so only its type and length matter here.
  return isObj(x) && isStr(x.text, MAX_TEXT_CHARS) && isStr(x.lang, MAX_LANG_CHARS);
}

/** The answer to a refused detect: nothing found. */
export const NOTHING_DETECTED: Readonly<DetectAnswer> = Object.freeze({ people: [], claims: [], terms: [], notes: {} });

/** Messages that carry nothing (getPageState, toggleAllHighlights). */
export function isNothing(x: unknown): x is undefined {
  return x === undefined || x === null;
}

/** A span into `text`: integer offsets, non-empty, inside the text, its `text` field a string. */
function isSpanIn(x: unknown, textLength: number): x is Obj {
  if (!isObj(x) || !isIndex(x.start) || !isIndex(x.end)) return false;
  return x.start < x.end && x.end <= textLength && isStr(x.text, x.end - x.start);
}

function listOf(x: unknown, each: (item: unknown) => boolean): boolean {
  return Array.isArray(x) && x.length <= MAX_SPANS && x.every(each);
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function isAnnotation(x: unknown): boolean {
  if (!isObj(x) || !isObj(x.article)) return false;
  const a = x.article;
  if (!isStr(a.title) || !isStr(a.text, MAX_TEXT_CHARS) || !isStr(a.lang, MAX_LANG_CHARS) || !oneOf(DIRS, a.dir)) return false;
  const n = a.text.length;
  return (
    listOf(x.people, (p) => isSpanIn(p, n) && isStr(p.name) && p.name.length > 0 && optStr(p.role)) &&
    listOf(
      x.claims,
      (c) =>
        isSpanIn(c, n) &&
        isFiniteNumber(c.value) &&
        (c.valueMax === undefined || isFiniteNumber(c.valueMax)) &&
        isClaimKind(c.kind) &&
        (c.qualifier === undefined || isQualifier(c.qualifier)) &&
        optStr(c.unit) &&
        optStr(c.source) &&
        optStr(c.asOf),
    ) &&
    listOf(x.terms, (t) => isSpanIn(t, n) && isStr(t.id, MAX_KEY_CHARS) && isStr(t.title) && isStr(t.note))
  );
}

export function isPageState(x: unknown): x is PageState {
  if (!isObj(x) || !oneOf(STATUSES, x.status) || !isStr(x.url, MAX_URL_CHARS) || !optStr(x.error)) return false;
  return x.annotation === undefined || isAnnotation(x.annotation);
}

export function isPageNotice(x: unknown): x is PageNotice {
  return isObj(x) && oneOf(STATUSES, x.status) && isStr(x.url, MAX_URL_CHARS) && Number.isSafeInteger(x.count) && (x.count as number) >= 0;
}

/** The parts of a runtime.MessageSender the checks read (both browsers fill these). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** This extension, as the receiving context knows it: browser.runtime.id and browser.runtime.getURL('/'). */
export interface ExtensionIdentity {
  id: string;
  /** The extension's origin with a trailing slash, e.g. chrome-extension://<id>/ */
  baseUrl: string;
}

/**
 * Who may send a message:
 * - 'extension': any context of this extension (background, panel, options).
 * - 'extension-page': an extension page or the background, never a content script (their URL is
 *   the extension's own, whether or not the page sits in a tab).
 * - 'content': a content script of this extension, in a tab.
 */
export type SenderRule = 'extension' | 'extension-page' | 'content';

export function senderAllowed(sender: SenderLike | undefined, rule: SenderRule, self: ExtensionIdentity): boolean {
  if (!self.id || !self.baseUrl || !isObj(sender) || typeof sender.id !== 'string' || sender.id !== self.id) return false;
  if (rule === 'extension') return true;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl);
  if (rule === 'extension-page') return fromExtensionPage;
  return isObj(sender.tab) && isTabId(sender.tab.id) && !fromExtensionPage;
}

interface RuntimeLike {
  id?: string;
  getURL?(path: string): string;
}

let identity: ExtensionIdentity | undefined;

/**
 * This extension's identity in the running context, read from the `chrome` namespace (both
 * browsers have it, and @webext-core/messaging uses it too) so this module needs no WXT import.
 */
export function thisExtension(): ExtensionIdentity {
  if (identity) return identity;
  const g = globalThis as { chrome?: { runtime?: RuntimeLike }; browser?: { runtime?: RuntimeLike } };
  const runtime = g.chrome?.runtime ?? g.browser?.runtime;
  const id = runtime?.id;
  // No runtime (a test, a torn-down context): an identity no sender can match.
  if (!id || !runtime.getURL) return { id: '', baseUrl: '' };
  identity = { id, baseUrl: runtime.getURL('/') };
  return identity;
}

/** Reasons already logged, so a flood of bad messages costs one console line each. */
const logged = new Set<string>();

/** Accept or ignore one message; an ignored one is logged once per type and reason. */
export function acceptMessage(
  type: string,
  message: { data?: unknown; sender?: SenderLike },
  check: (data: unknown) => boolean,
  rule: SenderRule,
  self: ExtensionIdentity,
): boolean {
  let reason = '';
  if (!senderAllowed(message?.sender, rule, self)) reason = 'sender';
  else if (!check(message.data)) reason = 'payload';
  if (!reason) return true;
  const key = `${type}:${reason}`;
  if (!logged.has(key)) {
    logged.add(key);
    console.warn(`[gloss] ignored a "${type}" message: unexpected ${reason}`);
  }
  return false;
}

/**
 * Wrap a message handler: `handler` runs only for an allowed sender and a valid payload; anything
 * else gets `rejected` back (what the handler's type allows for "nothing": false, null, undefined).
 */
export function guarded<M extends { data?: unknown; sender?: SenderLike }, R>(
  type: string,
  rule: SenderRule,
  check: (data: unknown) => boolean,
  handler: (message: M) => R,
  rejected: R,
  self: () => ExtensionIdentity = thisExtension,
): (message: M) => R {
  return (message) => (acceptMessage(type, message, check, rule, self()) ? handler(message) : rejected);
}

/** For tests: forget which rejections were logged. */
export function resetRejectionLog(): void {
  logged.clear();
}
