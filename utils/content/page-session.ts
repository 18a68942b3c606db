/**
 * One page's Gloss state in the content script: the annotation, its painted ranges, and what
 * the reader toggled. Everything that touches the page goes through the painter.
 */
import { annotateDocument, annotateText, type DocumentAnnotation } from '../../core/annotate';
import { findArticle } from '../../core/article';
import { TextIndex } from '../../core/text/text-index';
import type { Annotation, Span } from '../../core/types';
import { createPainter, type PaintedItem, type Painter } from '../../core/highlight/painter';
import type { ItemKind } from '../../core/panel-model';
import type { ItemRef, PageState } from '../messaging';
import type { Settings } from '../settings-defaults';
import { paintedItems } from './painted-items';
import { PageStyle } from './page-style';

export function visibleKinds(settings: Settings): Set<ItemKind> {
  const kinds = new Set<ItemKind>();
  if (!settings.allVisible) return kinds;
  for (const kind of ['person', 'claim', 'term'] as const) if (settings.show[kind]) kinds.add(kind);
  return kinds;
}

export class PageSession {
  private result: DocumentAnnotation | null = null;
  private items: PaintedItem[] = [];
  /** The highlight last scrolled to, where next/previous continue from. */
  private cursor: PaintedItem | undefined;
  private painter: Painter;
  private style: PageStyle;
  state: PageState;

  constructor(private readonly doc: Document, private settings: Settings) {
    this.painter = createPainter(doc);
    this.style = new PageStyle(doc);
    this.state = { status: 'pending', url: doc.URL };
  }

  /** Find the article, detect, and paint. Never throws: failures become an 'error' state. */
  run(): PageState {
    try {
      this.painter.clear();
      this.result = annotateDocument(this.doc);
      if (!this.result) {
        this.state = { status: 'not-article', url: this.doc.URL };
        return this.state;
      }
      const { annotation, index } = this.result;
      this.style.apply(this.settings, this.result.body.blocks[0] ?? null);
      this.items = paintedItems(annotation, index, { termsFirstOnly: this.settings.termsFirstOnly });
      this.painter.paint(this.items, visibleKinds(this.settings));
      const empty = !annotation.people.length && !annotation.claims.length && !annotation.terms.length;
      this.state = { status: empty ? 'empty' : 'ok', url: this.doc.URL, annotation };
    } catch (e) {
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
  update(): 'unchanged' | 'extended' | 'rerun' {
    if (!this.result) {
      const before = this.state.status;
      return this.run().status === before && before !== 'ok' ? 'unchanged' : 'rerun';
    }
    try {
      // The fallback painter splits text nodes: indexing must see the page as it is without Gloss.
      this.painter.clear();
      const body = findArticle(this.doc);
      const old = this.result.annotation;
      const index = body ? TextIndex.fromBlocks(body.blocks, { skip: body.skip }) : null;
      if (!body || !index || index.text === old.article.text) {
        // Unchanged, or a transient state mid-render: keep what is shown.
        this.repaint(old, index && index.text === old.article.text ? index : null);
        return 'unchanged';
      }
      if (!index.text.startsWith(old.article.text)) {
        this.run();
        return 'rerun';
      }
      const offset = old.article.text.length;
      const added = annotateText(index.text.slice(offset), old.article.lang);
      const annotation = extendAnnotation(old, index.text, added, offset);
      this.result = { annotation, body, index };
      this.repaint(annotation, index);
      this.state = { status: 'ok', url: this.doc.URL, annotation };
      return 'extended';
    } catch (e) {
      console.error('[gloss] updating the annotation failed', e);
      this.painter.clear();
      return 'unchanged';
    }
  }

  /** Paint `annotation` through `index` (or, with null, through a fresh index of the current body). */
  private repaint(annotation: Annotation, index: TextIndex | null): void {
    if (!index) {
      const body = this.result?.body;
      if (!body) return;
      index = TextIndex.fromBlocks(body.blocks, { skip: body.skip });
      if (index.text !== annotation.article.text) return; // the old body is gone: paint nothing stale
    }
    if (this.result) this.result = { ...this.result, index };
    this.items = paintedItems(annotation, index, { termsFirstOnly: this.settings.termsFirstOnly });
    this.painter.paint(this.items, visibleKinds(this.settings));
  }

  applySettings(next: Settings): void {
    const repaint = next.termsFirstOnly !== this.settings.termsFirstOnly;
    this.settings = next;
    this.style.apply(next, this.result?.body.blocks[0] ?? null);
    if (repaint && this.result) {
      this.painter.clear();
      this.repaint(this.result.annotation, null);
    } else {
      this.painter.setVisible(visibleKinds(next));
    }
  }

  /** Scroll to the first mention of an item and flash it. */
  focus(ref: ItemRef): boolean {
    const item = this.items.find((i) => i.key === ref.key);
    if (!item) return false;
    this.cursor = item;
    this.scrollTo(item);
    return true;
  }

  private scrollTo(item: PaintedItem): void {
    const win = this.doc.defaultView;
    const rect = item.range.getBoundingClientRect();
    // Smooth where the reader sees it; a hidden tab does not animate, so jump there.
    const behavior = this.doc.visibilityState === 'visible' ? 'smooth' : 'instant';
    if (win) win.scrollTo({ top: rect.top + win.scrollY - win.innerHeight / 3, behavior });
    this.painter.flash(item.range);
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

  /** The item under a click, if the reader clicked a highlight that is shown. */
  itemAtPoint(x: number, y: number): ItemRef | undefined {
    if (!visibleKinds(this.settings).size) return undefined;
    const point = caretAt(this.doc, x, y);
    if (!point) return undefined;
    const item = this.painter.itemAt(point.node, point.offset);
    if (!item || !visibleKinds(this.settings).has(item.kind)) return undefined;
    return { kind: item.kind, key: item.key };
  }

  dispose(): void {
    this.painter.clear();
    this.style.remove();
    this.items = [];
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
export function extendAnnotation(old: Annotation, text: string, added: Omit<Annotation, 'article'>, offset: number): Annotation {
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
