/** Annotation spans -> Ranges in the live page, each tagged with the panel item it belongs to. */
import type { PaintedItem } from '../../core/highlight/painter';
import { claimKey, personKey, termKey, type ItemKind } from '../../core/panel-model';
import type { TextIndex } from '../../core/text/text-index';
import type { Annotation, Span } from '../../core/types';

export interface PaintOptions {
  /** Only the first occurrence of each glossary term. */
  termsFirstOnly: boolean;
}

export interface PlannedItem {
  kind: ItemKind;
  key: string;
  span: Span;
}

/** What to paint, in text order (so next/previous follow the reading order); no DOM work yet. */
export function paintPlan(annotation: Annotation, options: PaintOptions): PlannedItem[] {
  const plan: PlannedItem[] = [];
  for (const p of annotation.people) plan.push({ kind: 'person', key: personKey(p.name), span: p });
  for (const c of annotation.claims) plan.push({ kind: 'claim', key: claimKey(c), span: c });
  const seen = new Set<string>();
  for (const t of annotation.terms) {
    if (options.termsFirstOnly && seen.has(t.id)) continue;
    seen.add(t.id);
    plan.push({ kind: 'term', key: termKey(t.id), span: t });
  }
  return plan.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A painted item whose Range is made the first time it is asked for. On a very long page only the
 * items near the viewport are registered (core/highlight/viewport-window.ts), so most ranges are
 * never needed; and every live Range costs the page on each DOM change (the browser updates all
 * of them), besides memory and garbage collection (20,700 on the 200,000-word test page).
 */
class LazyItem implements PaintedItem {
  private made: Range | undefined;

  constructor(
    readonly kind: ItemKind,
    readonly key: string,
    private readonly start: number,
    private readonly end: number,
    private readonly index: TextIndex,
  ) {}

  get range(): Range {
    if (!this.made) {
      try {
        this.made = this.index.rangeOf(this.start, this.end);
      } catch (e) {
        // The page changed its text under the index since it was read (its watcher re-reads it
        // soon): an empty range, which paints nothing and has no box, rather than a wrong one.
        console.debug('[gloss] a span no longer maps to the page', this.kind, this.start, e);
        this.made = this.index.pointAt(this.start).node.ownerDocument.createRange();
      }
    }
    return this.made;
  }
}

/** Items for part of a plan. A span the index cannot map is a detector bug: skipped, not guessed. */
export function toPainted(plan: readonly PlannedItem[], index: TextIndex): PaintedItem[] {
  const items: PaintedItem[] = [];
  for (const { kind, key, span } of plan) {
    if (index.maps(span.start, span.end)) items.push(new LazyItem(kind, key, span.start, span.end, index));
    else console.warn('[gloss] skipped a span outside the text index', kind, span);
  }
  return items;
}
