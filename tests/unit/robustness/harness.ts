/**
 * Runs Gloss's content-script session over one page in happy-dom (fallback painter: happy-dom has
 * no Highlight API) through everything a reader can do, and records every way it could have hurt
 * the page: an exception, an error state, a span that does not match its text, a painted range
 * over the wrong words, or any difference in the DOM after highlights are hidden and removed.
 */
import { Window } from 'happy-dom';
import { vi } from 'vitest';
import { annotateDocument, annotateText } from '../../../core/annotate';
import type { PaintedItem } from '../../../core/highlight/painter';
import type { Annotation } from '../../../core/types';
import { htmlToDocument } from '../../../cli/load-page';
import { PageSession, type Detector } from '../../../utils/content/page-session';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings-defaults';
import { domSnapshot, textOf } from './dom-snapshot';

/** In the extension the background detects; here the same core runs in-process. */
export const detect: Detector = async (text, lang) => annotateText(text, lang);

export const NEWS_URL = 'https://www.reuters.com';

export interface LoadedPage {
  window: Window;
  doc: Document;
  close(): Promise<void>;
}

/** A page parsed by happy-dom with no scripts, no subresource loading; `script` run by hand. */
export function loadPage(html: string, url: string, script?: string): LoadedPage {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true } });
  const doc = window.document as unknown as Document;
  doc.write(html);
  if (script) new Function('document', script)(doc);
  return {
    window,
    doc,
    close: async () => {
      try {
        await window.happyDOM.close();
      } catch {
        // happy-dom tears trees down recursively and overflows on very deep pages: nothing to keep.
      }
    },
  };
}

/** Every way a span can disagree with the article text it indexes into. */
export function spanProblems(a: Annotation): string[] {
  const problems: string[] = [];
  const text = a.article.text;
  const all = [
    ...a.people.map((s) => ['person', s] as const),
    ...a.claims.map((s) => ['claim', s] as const),
    ...a.terms.map((s) => ['term', s] as const),
  ];
  for (const [kind, s] of all) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) {
      problems.push(`${kind} has bad offsets [${s.start}, ${s.end}) for text of ${text.length}`);
    } else if (text.slice(s.start, s.end) !== s.text) {
      problems.push(`${kind} [${s.start}, ${s.end}) says ${JSON.stringify(s.text)} but the text has ${JSON.stringify(text.slice(s.start, s.end))}`);
    }
  }
  return problems;
}

const squash = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();

/**
 * Painted ranges that do not cover their span's words. Reads the session's painted items (a
 * private field) because the range is what flash, focus and click-to-panel use; skipped if the
 * field moves.
 */
function rangeProblems(session: PageSession, a: Annotation): string[] {
  const items = (session as unknown as { items?: PaintedItem[] }).items;
  if (!Array.isArray(items)) return [];
  const expected = new Set([...a.people, ...a.claims, ...a.terms].map((s) => squash(s.text)));
  const problems: string[] = [];
  for (const item of items) {
    const text = rangeText(item.range);
    if (!expected.has(squash(text))) problems.push(`${item.kind} range covers ${JSON.stringify(text.slice(0, 80))}`);
  }
  return problems;
}

/**
 * A range's text. happy-dom's Range.toString walks the whole container for each call (150 ms a
 * range in a paragraph of 300 marks), so read the common shapes directly.
 */
function rangeText(range: Range): string {
  const { startContainer: sc, endContainer: ec, startOffset, endOffset } = range;
  if (sc === ec && sc.nodeType === 3) return (sc as Text).data.slice(startOffset, endOffset);
  if (sc === ec && sc.nodeType === 1) {
    let text = '';
    for (let i = startOffset; i < endOffset; i++) text += textOf(sc.childNodes[i]!);
    return text;
  }
  return range.toString();
}

/** Marks (fallback painter) over text that is not part of a span of their kind. */
function markProblems(doc: Document, a: Annotation): string[] {
  const texts = { person: a.people, claim: a.claims, term: a.terms } as const;
  const problems: string[] = [];
  for (const mark of doc.querySelectorAll('gloss-mark')) {
    const kind = mark.getAttribute('data-gloss-kind') as keyof typeof texts;
    const text = squash(textOf(mark));
    // A span across elements ("<a>Jane</a> <a>Doe</a>") also wraps the whitespace between them.
    if (!text) continue;
    if (!(texts[kind] ?? []).some((s) => squash(s.text).includes(text))) problems.push(`${kind} mark over ${JSON.stringify(text.slice(0, 80))}`);
  }
  return problems;
}

export interface SessionReport {
  status: string;
  error?: string;
  annotation?: Annotation;
  /** Everything that went wrong; empty when Gloss behaved. */
  problems: string[];
  marks: number;
  ms: number;
}

const settingsWith = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over, show: { ...DEFAULT_SETTINGS.show, ...over.show } });

/**
 * run -> toggles (each category off and on, all off and on, terms-first-only both ways) -> update
 * -> step/focus -> hide all -> dispose -> run again -> dispose; checking the page after each step.
 */
export async function exerciseSession(doc: Document): Promise<SessionReport> {
  const problems: string[] = [];
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const warns = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  const body = doc.body ?? doc.documentElement;
  const snapshot = () => (doc.documentElement ? domSnapshot(doc.documentElement) : '');
  const beforeSnap = snapshot();
  const beforeText = body ? textOf(body) : '';
  const sheets = doc.adoptedStyleSheets?.length ?? 0;
  const sameText = (when: string) => {
    if ((body ? textOf(body) : '') !== beforeText) problems.push(`page text changed ${when}`);
  };
  const step = async (what: string, fn: () => unknown) => {
    try {
      await fn();
    } catch (e) {
      problems.push(`${what} threw: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const t0 = performance.now();
  const session = new PageSession(doc, DEFAULT_SETTINGS, detect);
  await step('run()', () => session.run());
  const ms = performance.now() - t0;
  const state = session.state;
  const marks = doc.querySelectorAll('gloss-mark').length;
  if (state.status === 'error') problems.push(`error state: ${state.error}`);
  if (state.annotation) {
    problems.push(...spanProblems(state.annotation));
    problems.push(...markProblems(doc, state.annotation), ...rangeProblems(session, state.annotation));
  }
  sameText('after annotating');

  const visible = () => doc.querySelectorAll('gloss-mark:not([data-gloss-hidden])').length;
  for (const kind of ['person', 'claim', 'term'] as const) {
    await step(`hiding ${kind}`, () => session.applySettings(settingsWith({ show: { ...DEFAULT_SETTINGS.show, [kind]: false } })));
    if (doc.querySelector(`gloss-mark[data-gloss-kind="${kind}"]:not([data-gloss-hidden])`)) problems.push(`${kind} marks still shown when hidden`);
    await step(`showing ${kind}`, () => session.applySettings(DEFAULT_SETTINGS));
  }
  await step('hiding all', () => session.applySettings(settingsWith({ allVisible: false })));
  if (visible()) problems.push(`${visible()} marks still shown with all highlights off`);
  await step('terms on every occurrence', () => session.applySettings(settingsWith({ termsFirstOnly: false })));
  await step('terms on first occurrence', () => session.applySettings(DEFAULT_SETTINGS));
  if (session.state.annotation) problems.push(...[...markProblems(doc, session.state.annotation), ...rangeProblems(session, session.state.annotation)].map((p) => `after repaint: ${p}`));
  sameText('after toggling');

  await step('update()', async () => {
    const result = await session.update();
    if (state.status === 'ok' && result !== 'unchanged') problems.push(`update() on an unchanged page said ${result}`);
  });
  await step('step(1)', () => session.step(1));
  await step('step(-1, claim)', () => session.step(-1, 'claim'));
  const first = session.state.annotation?.people[0];
  if (first) await step('focus()', () => session.focus({ kind: 'person', key: `person:${first.name}` }));
  sameText('after update, step and focus');

  await step('hiding all before dispose', () => session.applySettings(settingsWith({ allVisible: false })));
  await step('dispose()', () => session.dispose());
  if (snapshot() !== beforeSnap) problems.push('DOM differs after dispose');
  if ((doc.adoptedStyleSheets?.length ?? 0) !== sheets) problems.push('a stylesheet was left adopted after dispose');

  // A second life on the same page (an SPA navigation back, a re-injection) leaves no trace either.
  const again = new PageSession(doc, DEFAULT_SETTINGS, detect);
  await step('second run()', () => again.run());
  if (again.state.status !== state.status) problems.push(`second run gave ${again.state.status}, first ${state.status}`);
  await step('second dispose()', () => again.dispose());
  if (snapshot() !== beforeSnap) problems.push('DOM differs after the second dispose');

  for (const call of errors.mock.calls) problems.push(`console.error: ${call.map(String).join(' ').slice(0, 200)}`);
  for (const call of warns.mock.calls) problems.push(`console.warn: ${call.map(String).join(' ').slice(0, 200)}`);
  errors.mockRestore();
  warns.mockRestore();
  debug.mockRestore();
  return { status: state.status, error: state.error, annotation: state.annotation, problems, marks, ms };
}

export interface CliReport {
  found: boolean;
  text: string;
  /** People, claims and terms found. */
  spans: number;
  problems: string[];
  ms: number;
}

/** The CLI's path: linkedom + annotateDocument. */
export function exerciseCli(html: string, url: string): CliReport {
  const t0 = performance.now();
  try {
    const result = annotateDocument(htmlToDocument(html, url));
    const ms = performance.now() - t0;
    if (!result) return { found: false, text: '', spans: 0, problems: [], ms };
    const a = result.annotation;
    return { found: true, text: a.article.text, spans: a.people.length + a.claims.length + a.terms.length, problems: spanProblems(a), ms };
  } catch (e) {
    return { found: false, text: '', spans: 0, problems: [`annotateDocument threw: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' ') : String(e)}`], ms: performance.now() - t0 };
  }
}
