/**
 * Paints highlights into the page: the only module that touches the page's rendering.
 * With the CSS Custom Highlight API the DOM is never changed (ranges are registered in
 * CSS.highlights; on a page with very many, only those near the viewport: viewport-window.ts);
 * without it, text is wrapped in <gloss-mark> elements that `clear()` removes,
 * rejoining every text node it split so the page's text nodes are as they were.
 */
import type { ItemKind } from '../panel-model';
import { FALLBACK_TAG, FLASH_NAME, HIGHLIGHT_KINDS, HIGHLIGHT_NAME } from './kinds';
import { MAX_REGISTERED, stillCovers, windowAround, type Slice } from './viewport-window';

export interface PaintedItem {
  kind: ItemKind;
  key: string;
  range: Range;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

interface HighlightLike {
  add(range: Range): unknown;
}
type HighlightCtor = new (...ranges: Range[]) => HighlightLike;

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  if (w.CSS?.highlights && typeof w.Highlight === 'function') return { registry: w.CSS.highlights, Highlight: w.Highlight };
  return null;
}

export interface Painter {
  readonly mode: 'highlight-api' | 'fallback';
  /** Replace everything painted with `items`, showing only the kinds in `visible`. */
  paint(items: readonly PaintedItem[], visible: ReadonlySet<ItemKind>): void;
  /** Paint more items (in document order after the ones painted), keeping the visibility. */
  add(items: readonly PaintedItem[]): void;
  /** Show the kinds in `visible`, hide the rest, without recomputing anything. */
  setVisible(visible: ReadonlySet<ItemKind>): void;
  /**
   * The viewport moved (a scroll of our own, before its event): on a page with too many highlights
   * to register at once, register those near the viewport now. Cheap when nothing needs to change.
   * Such a page's scrolls and resizes are followed without it.
   */
  refresh(): void;
  /** Briefly mark one range (after a scroll from the panel). */
  flash(range: Range, ms?: number): void;
  /** The painted item under a DOM point, if any. */
  itemAt(node: Node, offset: number): PaintedItem | undefined;
  clear(): void;
}

export function createPainter(doc: Document): Painter {
  const win = doc.defaultView;
  const api = win ? highlightApi(win) : null;
  return api && win ? new HighlightApiPainter(api.registry, api.Highlight, win) : new WrappingPainter(doc);
}

abstract class BasePainter {
  protected items: PaintedItem[] = [];

  /** The items a point on screen may fall on: indexes [lo, hi) of `items`. */
  protected hitCandidates(): Slice {
    return { lo: 0, hi: this.items.length };
  }

  itemAt(node: Node, offset: number): PaintedItem | undefined {
    const { lo, hi } = this.hitCandidates();
    for (let i = lo; i < hi; i++) {
      const item = this.items[i]!;
      try {
        if (item.range.isPointInRange(node, offset)) return item;
      } catch {
        // A node from another document or a detached range: not ours.
      }
    }
    return undefined;
  }
}

class HighlightApiPainter extends BasePainter implements Painter {
  readonly mode = 'highlight-api' as const;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private visible: ReadonlySet<ItemKind> = new Set();
  private shown = new Map<ItemKind, HighlightLike>();
  /**
   * The registered items on a page with more than MAX_REGISTERED; null while all are. While there
   * is one, scrolls and resizes are followed (a news page never sets those listeners).
   */
  private slice: Slice | null = null;
  private readonly follow = () => this.refresh();

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly Highlight: HighlightCtor,
    private readonly win: Window,
  ) {
    super();
  }

  paint(items: readonly PaintedItem[], visible: ReadonlySet<ItemKind>): void {
    this.items = [];
    this.unslice();
    this.setVisible(visible);
    this.add(items);
  }

  add(items: readonly PaintedItem[]): void {
    // Pushed, not concatenated: a copy of thousands of items per chunk is garbage to collect.
    for (const item of items) this.items.push(item);
    if (this.slice || this.items.length > MAX_REGISTERED) this.refresh(true);
    else for (const item of items) this.register(item);
  }

  /** `force`: items were added, so the window may have grown even without a scroll. */
  refresh(force = false): void {
    if (!this.slice && this.items.length <= MAX_REGISTERED) return;
    const n = this.items.length;
    const view = this.win.innerHeight;
    const extent = this.extent;
    if (this.slice && !force && stillCovers(this.slice, n, extent, view)) return;
    const next = windowAround(n, extent, view);
    if (this.slice && next.lo === this.slice.lo && next.hi === this.slice.hi) return;
    if (!this.slice) {
      // Capture, so a scrolling element inside the page is followed too; passive: never cancelled.
      this.win.addEventListener('scroll', this.follow, { capture: true, passive: true });
      this.win.addEventListener('resize', this.follow, { passive: true });
    }
    this.slice = next;
    this.registerAll();
  }

  /** Back to registering every item: stop following the viewport. */
  private unslice(): void {
    if (!this.slice) return;
    this.slice = null;
    this.win.removeEventListener('scroll', this.follow, { capture: true });
    this.win.removeEventListener('resize', this.follow);
  }

  private readonly extent = (index: number): { top: number; bottom: number } | undefined => {
    const box = this.items[index]!.range.getBoundingClientRect();
    return box.width || box.height ? box : undefined;
  };

  /** The registered items: the slice, or all of them. */
  private registered(): Slice {
    return this.slice ?? { lo: 0, hi: this.items.length };
  }

  /** Register the visible items of registered() in fresh highlights, swapped in once per kind. */
  private registerAll(): void {
    this.shown = new Map();
    const { lo, hi } = this.registered();
    for (let i = lo; i < hi; i++) {
      const item = this.items[i]!;
      if (!this.visible.has(item.kind)) continue;
      let hl = this.shown.get(item.kind);
      if (!hl) this.shown.set(item.kind, (hl = new this.Highlight()));
      hl.add(item.range);
    }
    for (const kind of HIGHLIGHT_KINDS) {
      const hl = this.shown.get(kind);
      if (hl) this.registry.set(HIGHLIGHT_NAME[kind], hl);
      else this.registry.delete(HIGHLIGHT_NAME[kind]);
    }
  }

  private register(item: PaintedItem): void {
    if (!this.visible.has(item.kind)) return;
    let hl = this.shown.get(item.kind);
    if (!hl) {
      // One registry entry per kind, filled range by range: spreading thousands of ranges
      // into the constructor would overflow the argument limit on a very long page.
      hl = new this.Highlight();
      this.shown.set(item.kind, hl);
      this.registry.set(HIGHLIGHT_NAME[item.kind], hl);
    }
    hl.add(item.range);
  }

  setVisible(visible: ReadonlySet<ItemKind>): void {
    this.visible = visible;
    this.registerAll();
  }

  protected override hitCandidates(): Slice {
    // A point in the viewport can only be on a registered item.
    return this.registered();
  }

  flash(range: Range, ms = 1600): void {
    clearTimeout(this.flashTimer);
    this.registry.set(FLASH_NAME, new this.Highlight(range));
    this.flashTimer = setTimeout(() => this.registry.delete(FLASH_NAME), ms);
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    this.items = [];
    this.unslice();
    this.shown.clear();
    for (const kind of HIGHLIGHT_KINDS) this.registry.delete(HIGHLIGHT_NAME[kind]);
    this.registry.delete(FLASH_NAME);
  }
}

const KIND_PRIORITY: Record<ItemKind, number> = { person: 0, claim: 1, term: 2 };

class WrappingPainter extends BasePainter implements Painter {
  readonly mode = 'fallback' as const;
  private visible: ReadonlySet<ItemKind> = new Set();
  private marks: HTMLElement[] = [];
  /** Text nodes created by splitting, each to be merged back into its previous sibling. */
  private splits: Text[] = [];

  constructor(private readonly doc: Document) {
    super();
  }

  paint(items: readonly PaintedItem[], visible: ReadonlySet<ItemKind>): void {
    this.clear();
    // Wrapping cannot nest two marks over one character: where kinds overlap, people win, then claims.
    // Kept items never overlap each other, so a new one can only overlap its neighbours in
    // start order: a binary search keeps this O(n log n) comparisons on a long page.
    const byPriority = [...items].sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]);
    const kept: PaintedItem[] = [];
    for (const item of byPriority) {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareStart(kept[mid]!.range, item.range) < 0) lo = mid + 1;
        else hi = mid;
      }
      const before = kept[lo - 1];
      const after = kept[lo];
      if ((before && overlaps(before.range, item.range)) || (after && overlaps(after.range, item.range))) continue;
      kept.splice(lo, 0, item);
    }
    // Wrap from the last item back, so earlier ranges' offsets stay valid while text nodes split.
    const pieces = kept.map((item) => ({ item, parts: textPieces(item.range), marks: [] as HTMLElement[] }));
    for (let i = pieces.length - 1; i >= 0; i--) {
      const { item, parts, marks } = pieces[i]!;
      for (let j = parts.length - 1; j >= 0; j--) marks.unshift(this.wrap(parts[j]!, item.kind));
    }
    // Moving text into a mark collapses live ranges over it: span each item's marks again.
    for (const { item, marks } of pieces) {
      const first = marks[0];
      const last = marks[marks.length - 1];
      if (!first || !last) continue;
      item.range.setStartBefore(first);
      item.range.setEndAfter(last);
    }
    this.items = kept.filter((item) => !item.range.collapsed);
    this.setVisible(visible);
  }

  add(items: readonly PaintedItem[]): void {
    // Wrapping splits text nodes under earlier ranges' feet, so it paints in one go only.
    if (this.items.length) throw new Error('the fallback painter cannot add to a painted set; paint() all at once');
    this.paint(items, this.visible);
  }

  refresh(): void {
    // Marks are part of the page: the browser styles only those it lays out.
  }

  private wrap(part: TextPiece, kind: ItemKind): HTMLElement {
    let node = part.node;
    if (part.end < node.data.length) this.splits.push(node.splitText(part.end));
    if (part.start > 0) {
      node = node.splitText(part.start);
      this.splits.push(node);
    }
    const mark = this.doc.createElement(FALLBACK_TAG);
    mark.setAttribute('data-gloss-kind', kind);
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
    this.marks.push(mark);
    return mark;
  }

  setVisible(visible: ReadonlySet<ItemKind>): void {
    this.visible = visible;
    for (const mark of this.marks) {
      const kind = mark.getAttribute('data-gloss-kind') as ItemKind;
      if (visible.has(kind)) mark.removeAttribute('data-gloss-hidden');
      else mark.setAttribute('data-gloss-hidden', '');
    }
  }

  flash(range: Range, ms = 1600): void {
    const marks = this.marks.filter((m) => range.intersectsNode(m));
    for (const m of marks) m.setAttribute('data-gloss-flash', '');
    setTimeout(() => marks.forEach((m) => m.removeAttribute('data-gloss-flash')), ms);
  }

  clear(): void {
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (let i = this.splits.length - 1; i >= 0; i--) {
      const piece = this.splits[i]!;
      const prev = piece.previousSibling;
      if (prev && prev.nodeType === 3 && piece.parentNode) {
        (prev as Text).appendData(piece.data);
        piece.parentNode.removeChild(piece);
      }
    }
    this.marks = [];
    this.splits = [];
    this.items = [];
  }
}

interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

// Range comparison constants, spelled out: Node has no global Range to read them from.
const START_TO_START = 0;
const END_TO_START = 3;

function overlaps(a: Range, b: Range): boolean {
  // a starts before b ends, and b starts before a ends.
  return a.compareBoundaryPoints(END_TO_START, b) < 0 && b.compareBoundaryPoints(END_TO_START, a) < 0;
}

function compareStart(a: Range, b: Range): number {
  return a.compareBoundaryPoints(START_TO_START, b);
}

/** The text-node pieces a range covers, in document order. */
function textPieces(range: Range): TextPiece[] {
  const pieces: TextPiece[] = [];
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    return [{ node: root as Text, start: range.startOffset, end: range.endOffset }];
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (!range.intersectsNode(text)) continue;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end > start) pieces.push({ node: text, start, end });
  }
  return pieces;
}
