/** What a unit of text looks like on its own: a real paragraph, a heading, a label. */
import { HAS_PUNCTUATION, HEADING_TAGS } from './hints';
import type { PageModel, Unit } from './page-model';

/** A "real paragraph": at least this long, with sentence punctuation and few links. */
export const PARAGRAPH_MIN_LEN = 70;
export const PARAGRAPH_MAX_LINK_DENSITY = 0.35;
/** Lines shorter than this without sentence punctuation are labels, not sentences. */
export const LABEL_MAX_LEN = 120;

export function isParagraph(unit: Unit): boolean {
  return unit.len >= PARAGRAPH_MIN_LEN && unit.linkLen <= unit.len * PARAGRAPH_MAX_LINK_DENSITY && HAS_PUNCTUATION.test(unit.text);
}

export function isHeading(unit: Unit): boolean {
  return HEADING_TAGS.has(unit.info.tag) || (unit.bold && unit.len < LABEL_MAX_LEN && unit.linkLen === 0);
}

/** Per unit whether it is a paragraph, and prose[i]: paragraph text before unit i. */
export interface ProseSums {
  paragraph: Uint8Array;
  prose: Float64Array;
}

const proseCache = new WeakMap<PageModel, ProseSums>();

/** isParagraph of every unit, worked out once per model (every stage of the finder asks). */
export function proseSums(model: PageModel): ProseSums {
  let sums = proseCache.get(model);
  if (!sums) {
    const units = model.units;
    const paragraph = new Uint8Array(units.length);
    const prose = new Float64Array(units.length + 1);
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      const p = isParagraph(u);
      if (p) paragraph[i] = 1;
      prose[i + 1] = prose[i]! + (p ? u.len : 0);
    }
    sums = { paragraph, prose };
    proseCache.set(model, sums);
  }
  return sums;
}
