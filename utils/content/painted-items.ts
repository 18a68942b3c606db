/** Annotation spans -> Ranges in the live page, each tagged with the panel item it belongs to. */
import type { PaintedItem } from '../../core/highlight/painter';
import { claimKey, personKey, termKey } from '../../core/panel-model';
import type { TextIndex } from '../../core/text/text-index';
import type { Annotation, Span } from '../../core/types';

export interface PaintOptions {
  /** Only the first occurrence of each glossary term. */
  termsFirstOnly: boolean;
}

/** Items in text order (so next/previous follow the reading order). */
export function paintedItems(annotation: Annotation, index: TextIndex, options: PaintOptions): PaintedItem[] {
  const items: (PaintedItem & { start: number })[] = [];
  const add = (kind: PaintedItem['kind'], key: string, span: Span) => {
    try {
      items.push({ kind, key, range: index.rangeOf(span.start, span.end), start: span.start });
    } catch (e) {
      // A span the index cannot map is a detector bug; skip it rather than paint the wrong text.
      console.warn('[gloss] skipped a span outside the text index', kind, span, e);
    }
  };
  for (const p of annotation.people) add('person', personKey(p.name), p);
  for (const c of annotation.claims) add('claim', claimKey(c), c);
  const seen = new Set<string>();
  for (const t of annotation.terms) {
    if (options.termsFirstOnly && seen.has(t.id)) continue;
    seen.add(t.id);
    add('term', termKey(t.id), t);
  }
  return items.sort((a, b) => a.start - b.start).map(({ start: _, ...item }) => item);
}
