/**
 * One page's Gloss state in the content script: the annotation, its painted ranges, and what
 * the reader toggled. Finding the body and painting happen here, next to the page; detection is
 * injected (the content script asks the background, where the data is loaded once), so this file
 * pulls no detector or data into the page.
 */
import type { ArticleText } from '../../core/read-article';
import { readArticleSteps } from '../../core/read-article';
import type { FindOptions } from '../../core/article';
import { runStepsSliced } from '../../core/steps';
import { createPainter, type PaintedItem, type Painter } from '../../core/highlight/painter';
import type { ItemKind } from '../../core/panel-model';
import type { TextIndex } from '../../core/text/text-index';
import type { Annotation, Span, TextAnnotations } from '../../core/types';
import type { ItemRef, PageState } from '../messaging';
import type { Settings } from '../settings-defaults';
import { PageStyle } from './page-style';
import { paintPlan, toPainted } from './painted-items';
import { yieldToPage } from './yield-to-page';

/** Highlights painted per task on a long page, so no task of ours comes near 50 ms. */
export const PAINT_CHUNK = 400;

/**
 * Reading a huge page hands the thread back between stages once a stage has run this long (a
 * news page reads in one go, well under it).
 */
export const READ_SLICE_MS = 16;

/**
 * Above this many detected items the answer took a long task of its own to arrive (it is
 * deserialised on this thread), so planning the paint waits for the next task. A yield costs a
 * news page time on a busy thread, hence not for a few hundred.
 */
const PLAN_APART_ITEMS = 5_000;

/** Above this many characters of body text, the detection request is sent in a task of its own. */
const SEND_APART_CHARS = 100_000;

/** Detection of people, claims and terms in a text; offsets index into `text`. */
export type Detector = (text: string, lang: string) => Promise<TextAnnotations>;

export function visibleKinds(settings: Settings): Set<ItemKind> {
  const kinds = new Set<ItemKind>();
  if (!settings.allVisible) return kinds;
  for (const kind of ['person', 'claim', 'term'] as const) if (settings.show[kind]) kinds.add(kind);
  return kinds;
}

/** A body read ahead of run() (null: the page holds no article), and its detection if started. */
export interface EarlyRead {
  read: ArticleText | null;
  detection?: StartedDetection;
}

/** A detection request already on its way, with the time it left (for gloss:detect). */
export interface StartedDetection {
  result: Promise<TextAnnotations>;
  startedAt: number;
}

/** Ask for detection of a body now; a rejection is held for whoever awaits `result`. */
export function startDetection(detect: Detector, read: ArticleText): StartedDetection {
  const startedAt = performance.now(); // before the request is serialised: that is part of the trip
  const result = detect(read.article.text, read.article.lang);
  result.catch(() => undefined); // not unhandled if nobody ends up awaiting it (site turned off)
  return { result, startedAt };
}

/** Find the body and index it, a stage per task on a huge page. */
function readSliced(doc: Document, options: FindOptions = {}): Promise<ArticleText | null> {
  return runStepsSliced(readArticleSteps(doc, options), yieldToPage, READ_SLICE_MS);
}

/**
 * Read the body, timed on the page's performance timeline (gloss:read, like gloss:detect and
 * gloss:paint below) for the bench and for anyone profiling.
 */
export async function readBody(doc: Document, options: FindOptions = {}): Promise<EarlyRead> {
  const reading = performance.now();
  const read = await readSliced(doc, options);
  performance.measure('gloss:read', { start: reading, end: performance.now() });
  // Sending a long text to the background serialises it on this thread: not in the same task as
  // the last reading stage (whoever sends it, start-up or run()). A short one goes at once.
  if (read && read.article.text.length > SEND_APART_CHARS) await yieldToPage();
  return { read };
}

interface Current extends ArticleText {
  annotation: Annotation;
}

export class PageSession {
  private current: Current | null = null;
  private items: PaintedItem[] = [];
  /** The highlight last scrolled to, where next/previous continue from. */
  private cursor: PaintedItem | undefined;
  private readonly painter: Painter;
  private readonly style: PageStyle;
  /** Bumped by every run, so a slow detection that was overtaken paints nothing. */
  private generation = 0;
  state: PageState;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private readonly detect: Detector,
  ) {
    this.painter = createPainter(doc);
    this.style = new PageStyle(doc);
    this.state = { status: 'pending', url: doc.URL };
  }

  /**
   * Find the article, detect, and paint. Never rejects: failures become an 'error' state.
   * `early` is the body read while the settings were on their way.
   */
  async run(early?: EarlyRead): Promise<PageState> {
    const generation = ++this.generation;
    try {
      this.unpaint();
      this.current = null;
      const { read, detection } = early ?? (await readBody(this.doc));
      if (generation !== this.generation) return this.state;
      if (!read) return (this.state = { status: 'not-article', url: this.doc.URL });
      const { result, startedAt } = detection ?? startDetection(this.detect, read);
      const detected = await result;
      const painting = performance.now();
      performance.measure('gloss:detect', { start: startedAt, end: painting });
      if (generation !== this.generation) return this.state;
      await this.show({ ...read, annotation: { article: read.article, ...detected } }, generation);
      performance.measure('gloss:paint', { start: painting, end: performance.now() });
    } catch (e) {
      if (generation !== this.generation) return this.state;
      console.error('[gloss] annotating this page failed', e);
      this.painter.clear();
      this.state = { status: 'error', url: this.doc.URL, error: e instanceof Error ? e.message : String(e) };
    }
    return this.state;
  }

  /**
   * The page changed (more paragraphs loaded, a live blog updated). When the new body text only
   * adds to what was annotated, detect in the added text alone; otherwise annotate afresh.
   */
  async update(): Promise<'unchanged' | 'extended' | 'rerun'> {
    const old = this.current;
    if (!old) {
      const before = this.state.status;
      const after = (await this.run()).status;
      return after === before && before !== 'ok' ? 'unchanged' : 'rerun';
    }
    const generation = ++this.generation;
    try {
      // The fallback painter splits text nodes: indexing must see the page as it is without Gloss.
      this.unpaint();
      const read = await readSliced(this.doc);
      if (generation !== this.generation) return 'unchanged';
      const oldText = old.annotation.article.text;
      if (!read || read.article.text === oldText) {
        // Unchanged, or a transient state mid-render: keep what is shown.
        await this.show(read ? { ...read, annotation: old.annotation } : old, generation, read === null);
        return 'unchanged';
      }
      if (!read.article.text.startsWith(oldText)) {
        this.generation--; // run() takes the next generation itself
        await this.run();
        return 'rerun';
      }
      const offset = oldText.length;
      const added = await this.detect(read.article.text.slice(offset), old.annotation.article.lang);
      if (generation !== this.generation) return 'unchanged';
      await this.show({ ...read, annotation: extendAnnotation(old.annotation, read.article.text, added, offset) }, generation);
      return 'extended';
    } catch (e) {
      console.error('[gloss] updating the annotation failed', e);
      return 'unchanged';
    }
  }

  /**
   * Paint `current`, a chunk per task on long pages (the Highlight API can grow a highlight; the
   * fallback wraps in one go). With `reindex`, its old index may hold nodes the fallback painter
   * has since merged back, so index the same body afresh (and paint nothing if its text moved on).
   */
  private async show(current: Current, generation: number, reindex = false): Promise<void> {
    let index: TextIndex = current.index;
    if (reindex) {
      const fresh = await readSliced(this.doc);
      if (generation !== this.generation) return;
      if (!fresh || fresh.article.text !== current.annotation.article.text) return;
      index = fresh.index;
    }
    this.current = { ...current, index };
    const { annotation } = current;
    const empty = !annotation.people.length && !annotation.claims.length && !annotation.terms.length;
    this.state = { status: empty ? 'empty' : 'ok', url: this.doc.URL, annotation };
    this.style.apply(this.settings, current.body.blocks[0] ?? null);
    if (annotation.people.length + annotation.claims.length + annotation.terms.length > PLAN_APART_ITEMS) {
      // A big detection answer took a task of its own to arrive: plan in the next one.
      await yieldToPage();
      if (generation !== this.generation) return;
    }
    const plan = paintPlan(annotation, { termsFirstOnly: this.settings.termsFirstOnly });
    const chunk = this.painter.mode === 'fallback' ? plan.length : PAINT_CHUNK;
    this.items = toPainted(plan.slice(0, chunk), index);
    this.painter.paint(this.items, visibleKinds(this.settings));
    for (let at = chunk; at < plan.length; at += chunk) {
      await yieldToPage();
      if (generation !== this.generation) return; // overtaken by a newer run
      const more = toPainted(plan.slice(at, at + chunk), index);
      for (const item of more) this.items.push(item); // not concat: no copy per chunk to collect
      this.painter.add(more);
    }
  }

  /** The settings in force (the last applied). */
  get settingsNow(): Readonly<Settings> {
    return this.settings;
  }

  applySettings(next: Settings): void {
    const repaint = next.termsFirstOnly !== this.settings.termsFirstOnly;
    this.settings = next;
    this.style.apply(next, this.current?.body.blocks[0] ?? null);
    if (repaint && this.current) {
      this.unpaint();
      this.show(this.current, ++this.generation, true).catch((e) => console.error('[gloss] repainting failed', e));
    } else {
      this.painter.setVisible(visibleKinds(next));
    }
  }

  /**
   * Take the highlights off and forget their ranges: reading may now yield to the page, and
   * until the next paint nothing may answer for ranges the fallback painter has since unwrapped.
   */
  private unpaint(): void {
    this.painter.clear();
    this.items = [];
    this.cursor = undefined;
  }

  /** Scroll to the first mention of an item and flash it. */
  focus(ref: ItemRef): boolean {
    const item = this.items.find((i) => i.key === ref.key);
    if (!item) return false;
    this.cursor = item;
    this.scrollTo(item);
    return true;
  }

  /**
   * Scroll to the next or previous shown highlight (of `kind`, when given) after the last one
   * visited, wrapping around; items are in document order already.
   */
  step(direction: 1 | -1, kind?: ItemKind): ItemRef | null {
    const shown = visibleKinds(this.settings);
    const candidates = this.items.filter((i) => shown.has(i.kind) && (!kind || i.kind === kind));
    if (!candidates.length) return null;
    const at = this.cursor ? candidates.indexOf(this.cursor) : -1;
    const next = at < 0 ? (direction > 0 ? 0 : candidates.length - 1) : (at + direction + candidates.length) % candidates.length;
    const item = candidates[next]!;
    this.cursor = item;
    this.scrollTo(item);
    return { kind: item.kind, key: item.key };
  }

  private scrollTo(item: PaintedItem): void {
    const win = this.doc.defaultView;
    const rect = item.range.getBoundingClientRect();
    // Smooth where the reader sees it; a hidden tab does not animate, so jump there.
    const behavior = this.doc.visibilityState === 'visible' ? 'smooth' : 'instant';
    if (win) win.scrollTo({ top: rect.top + win.scrollY - win.innerHeight / 3, behavior });
    // An instant scroll has moved already (its scroll event comes at the next frame, which a
    // hidden tab may not draw soon); a smooth one registers as it goes (the painter follows scrolls).
    this.painter.refresh();
    this.painter.flash(item.range);
  }

  /** The shown highlight under a viewport point, with its range. */
  hitAt(x: number, y: number): PaintedItem | undefined {
    const shown = visibleKinds(this.settings);
    if (!shown.size || !this.items.length) return undefined;
    const point = caretAt(this.doc, x, y);
    if (!point) return undefined;
    const item = this.painter.itemAt(point.node, point.offset);
    if (!item || !shown.has(item.kind)) return undefined;
    // The caret lands on the nearest character even beside the text: check the point is on it.
    const rects = Array.from(item.range.getClientRects());
    return rects.some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) ? item : undefined;
  }

  /** The item under a click, if the reader clicked a highlight that is shown. */
  itemAtPoint(x: number, y: number): ItemRef | undefined {
    const item = this.hitAt(x, y);
    return item ? { kind: item.kind, key: item.key } : undefined;
  }

  /** The painted range of an item's first shown mention. */
  rangeOf(key: string): Range | undefined {
    return this.items.find((i) => i.key === key)?.range;
  }

  dispose(): void {
    this.generation++;
    this.painter.clear();
    this.style.remove();
    this.items = [];
    this.current = null;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The annotation of text + added, where `added`'s spans index into text.slice(offset). */
export function extendAnnotation(old: Annotation, text: string, added: TextAnnotations, offset: number): Annotation {
  const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + offset, end: s.end + offset });
  // A surname-only mention in the new text joins the person the earlier text named in full.
  const fullNames = new Map(old.people.map((p) => [p.text, p]));
  const people = added.people.map((p) => {
    const known = fullNames.get(p.name) ?? old.people.find((o) => o.name.endsWith(` ${p.text}`));
    return shift(known ? { ...p, name: known.name, role: p.role ?? known.role } : p);
  });
  return {
    article: { ...old.article, text },
    people: [...old.people, ...people],
    claims: [...old.claims, ...added.claims.map(shift)],
    terms: [...old.terms, ...added.terms.map(shift)],
  };
}
