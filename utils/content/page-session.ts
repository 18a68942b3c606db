/**
 * One page's Gloss state in the content script: the annotation, its painted ranges, and what
 * the reader toggled. Everything that touches the page goes through the painter.
 */
import { annotateDocument, type DocumentAnnotation } from '../../core/annotate';
import { createPainter, type PaintedItem, type Painter } from '../../core/highlight/painter';
import type { ItemKind } from '../../core/panel-model';
import type { ItemRef, PageState } from '../messaging';
import type { Settings } from '../settings';
import { paintedItems } from './painted-items';

export function visibleKinds(settings: Settings): Set<ItemKind> {
  const kinds = new Set<ItemKind>();
  if (!settings.allVisible) return kinds;
  for (const kind of ['person', 'claim', 'term'] as const) if (settings.show[kind]) kinds.add(kind);
  return kinds;
}

export class PageSession {
  private result: DocumentAnnotation | null = null;
  private items: PaintedItem[] = [];
  private painter: Painter;
  state: PageState;

  constructor(private readonly doc: Document, private settings: Settings) {
    this.painter = createPainter(doc);
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

  applySettings(next: Settings): void {
    const repaint = next.termsFirstOnly !== this.settings.termsFirstOnly;
    this.settings = next;
    if (repaint && this.result) {
      this.items = paintedItems(this.result.annotation, this.result.index, { termsFirstOnly: next.termsFirstOnly });
      this.painter.paint(this.items, visibleKinds(next));
    } else {
      this.painter.setVisible(visibleKinds(next));
    }
  }

  /** Scroll to the first mention of an item and flash it. */
  focus(ref: ItemRef): boolean {
    const item = this.items.find((i) => i.key === ref.key);
    if (!item) return false;
    const win = this.doc.defaultView;
    const rect = item.range.getBoundingClientRect();
    if (win) win.scrollTo({ top: rect.top + win.scrollY - win.innerHeight / 3, behavior: 'smooth' });
    this.painter.flash(item.range);
    return true;
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
