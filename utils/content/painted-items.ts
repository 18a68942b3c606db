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

/** Ranges for part of a plan. A span the index cannot map is a detector bug: skipped, not guessed. */
export function toPainted(plan: readonly PlannedItem[], index: TextIndex): PaintedItem[] {
  const items: PaintedItem[] = [];
  for (const { kind, key, span } of plan) {
    try {
      items.push({ kind, key, range: index.rangeOf(span.start, span.end) });
    } catch (e) {
      console.warn('[gloss] skipped a span outside the text index', kind, span, e);
    }
  }
  return items;
}
