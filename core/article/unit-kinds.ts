/** What a unit of text looks like on its own: a real paragraph, a heading, a label. */
import { HAS_PUNCTUATION, HEADING_TAGS } from './hints';
import type { Unit } from './page-model';

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
