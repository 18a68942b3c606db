/**
 * Inside the chosen container, which units are the story: hard drops first (furniture, hinted
 * boxes, link-only lines, captions with their credit line, bylines), then the body span runs from
 * the first to the last real paragraph, with a standfirst kept before it and a short tail after.
 */
import {
  BARE_URL, BYLINE, CHROME_LINE, CREDIT_LINE, CTA_LINE, DISCLOSURE, DROP_HINT, END_MARKER, FORM_LINE, HAS_PUNCTUATION,
  READ_ALSO, remembered, SENTENCE_END, STRUCTURE_TAGS,
} from './hints';
import { hintOf, isFurniture, type Info, type PageModel } from './page-model';
import { isHeading, LABEL_MAX_LEN, proseSums } from './unit-kinds';

/** A unit mostly made of link text is navigation or a "read also" line. */
const LINK_LINE_DENSITY = 0.6;
/** An end marker cuts the story only when less than this share of its prose would follow it. */
const END_MARKER_MAX_AFTER = 0.5;
/** This many label-like lines in a row are a list set without list markup. */
const LABEL_RUN_IS_LIST = 4;
/** Repeated lines at least this long are copies, not the story saying it twice. */
const DUPLICATE_MIN_LEN = 40;
/** A repeat this many units or more after the first copy is a copy of the page. */
const DUPLICATE_MIN_DISTANCE = 8;
/** With no punctuated paragraph at all, unlinked lines this long count as paragraphs. */
const LOOSE_PARAGRAPH_LEN = 25;
/** A standfirst is sentence-like and at least this long. */
const STANDFIRST_MIN_LEN = 40;
/** A hinted region holding this share of the body's paragraph text is the story itself, mis-hinted. */
const HINT_OVERRIDE_SHARE = 0.4;

/**
 * Units to keep among model.units[first, end), the units of the chosen blocks. `titleInfo` is the
 * headline element (never body). `unlikely` marks units in unlikely regions.
 */
export function selectUnits(model: PageModel, ranges: Array<[number, number, Info]>, titleInfo: Info | null, unlikely: Uint8Array | null): Uint8Array {
  const units = model.units;
  const keep = new Uint8Array(units.length);
  const drop = new Uint8Array(units.length);
  const inRange = new Uint8Array(units.length);
  // prose[i] = paragraph text before unit i, so any region's prose is one subtraction.
  const { paragraph, prose } = proseSums(model);
  let paragraphText = 0;
  for (const [a, b] of ranges) {
    inRange.fill(1, a, b);
    paragraphText += prose[b]! - prose[a]!;
  }

  // 1. Furniture and hinted boxes inside the blocks (not the blocks or their ancestors).
  for (const [a, b, root] of ranges) {
    const seen = new Set<Info>();
    for (let i = a; i < b; i++) {
      for (let info: Info | null = units[i]!.info; info && info !== root && info !== model.root; info = info.parent) {
        if (seen.has(info)) break;
        seen.add(info);
        if (!dropsRegion(info)) continue;
        const ptext = prose[info.endUnit]! - prose[info.firstUnit]!;
        if (paragraphText > 0 && ptext > paragraphText * HINT_OVERRIDE_SHARE) continue;
        drop.fill(1, info.firstUnit, info.endUnit);
      }
    }
  }
  if (unlikely) for (let i = 0; i < units.length; i++) if (unlikely[i]) drop[i] = 1;
  if (titleInfo) drop.fill(1, titleInfo.firstUnit, titleInfo.endUnit);
  const regionDrop = drop.slice();

  // 2. Line-level drops: link lines, read-also lines, credits and the caption above a credit.
  const order: number[] = [];
  for (let i = 0; i < units.length; i++) if (inRange[i] && !drop[i]) order.push(i);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const u = units[i]!;
    if (u.linkLen >= u.len * LINK_LINE_DENSITY && (BARE_URL.test(u.text) || !introducedList(model, u.info))) drop[i] = 1;
    else if (u.len < 200 && READ_ALSO.test(u.text)) drop[i] = 1;
    else if (u.len < 100 && CREDIT_LINE.test(u.text)) {
      drop[i] = 1;
      // The line just above a credit is its caption, unless it is a heading.
      const prev = order[k - 1];
      if (prev !== undefined && !isHeading(units[prev]!)) drop[prev] = 1;
    } else if (u.len < LABEL_MAX_LEN && BYLINE.test(u.text)) drop[i] = 1;
    else if (u.len < 300 && FORM_LINE.test(u.text)) drop[i] = regionDrop[i] = 1;
    else if (u.len < 40 && CHROME_LINE.test(u.text)) drop[i] = 1;
    else if (u.len < 80 && CTA_LINE.test(u.text)) drop[i] = 1;
    else if (u.len < 300 && DISCLOSURE.test(u.text)) drop[i] = 1;
  }

  // An end marker ("Leave a comment", "Related articles") after most of the prose ends the story.
  let proseBefore = 0;
  let totalProse = 0;
  for (const i of order) if (!drop[i] && paragraph[i]) totalProse += units[i]!.len;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const u = units[i]!;
    if (drop[i]) continue;
    if (paragraph[i]) proseBefore += u.len;
    else if (proseBefore > 0 && u.len < 60 && END_MARKER.test(u.text) && totalProse - proseBefore < proseBefore * END_MARKER_MAX_AFTER) {
      for (let j = k; j < order.length; j++) drop[order[j]!] = regionDrop[order[j]!] = 1;
      break;
    }
  }

  // A page that renders the story twice (mobile and desktop copies, one hidden by CSS) keeps the first.
  // Copies sit far apart; a line repeated right after itself is the story's own refrain.
  const seenAt = new Map<string, number>();
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const u = units[i]!;
    if (drop[i] || u.len < DUPLICATE_MIN_LEN) continue;
    const first = seenAt.get(u.text);
    if (first === undefined) seenAt.set(u.text, k);
    else if (k - first > DUPLICATE_MIN_DISTANCE) drop[i] = 1;
  }

  // 3. The body span: from the first to the last real paragraph.
  const live = order.filter((i) => !drop[i]);
  let paras = live.filter((i) => paragraph[i] === 1);
  // Prose without sentence punctuation (some CJK blogs break lines with spaces): take the
  // unlinked lines of some length instead.
  if (paras.length === 0) paras = live.filter((i) => units[i]!.len >= LOOSE_PARAGRAPH_LEN && units[i]!.linkLen < units[i]!.len * 0.35);
  if (paras.length === 0) return keep;
  const firstP = paras[0]!;
  const lastP = paras[paras.length - 1]!;
  // Inside the span a lone short line without punctuation that is no heading, list item or table
  // cell is a label ("Advertisement") or an unlinked "related" headline; a run of such lines is
  // a list or table set in <div>s (a price list), and stays.
  const isLabel = (i: number) => {
    const u = units[i]!;
    return !paragraph[i] && !isHeading(u) && !STRUCTURE_TAGS.has(u.info.tag) && u.len < LABEL_MAX_LEN && !HAS_PUNCTUATION.test(u.text) && !insideStructure(u.info);
  };
  const label = live.map(isLabel);
  // runEnd[k]: index just past the run of labels that contains k.
  const runEnd = new Int32Array(live.length);
  for (let k = live.length - 1; k >= 0; k--) runEnd[k] = label[k] && k + 1 < live.length && label[k + 1] ? runEnd[k + 1]! : k + 1;
  let runStart = 0;
  for (let k = 0; k < live.length; k++) {
    const i = live[k]!;
    if (!label[k] || (k > 0 && !label[k - 1])) runStart = k;
    if (i < firstP || i > lastP) continue;
    if (label[k] && runEnd[k]! - runStart < LABEL_RUN_IS_LIST) continue;
    keep[i] = 1;
  }
  // Standfirst: sentence-like lines right before the first paragraph, after the headline.
  const firstIdx = live.indexOf(firstP);
  for (let k = firstIdx - 1; k >= 0; k--) {
    const i = live[k]!;
    const u = units[i]!;
    if (titleInfo && i < titleInfo.firstUnit) break;
    if (u.len < STANDFIRST_MIN_LEN || u.linkLen > u.len * 0.2 || (!SENTENCE_END.test(u.text) && !HAS_PUNCTUATION.test(u.text))) break;
    keep[i] = 1;
  }
  // Tail: the story may end on short sentences; stop at the first line that is not one.
  for (let k = live.indexOf(lastP) + 1; k < live.length; k++) {
    const i = live[k]!;
    const u = units[i]!;
    // A dropped box (newsletter, comments) ends the story; a dropped line (a link) does not.
    if (hasDropBetween(regionDrop, inRange, live[k - 1]!, i)) break;
    const sentence = SENTENCE_END.test(u.text) && u.linkLen < u.len * 0.3 && !isHeading(u);
    if (!sentence && !(STRUCTURE_TAGS.has(u.info.tag) && u.linkLen < u.len * 0.3)) break;
    keep[i] = 1;
  }
  return keep;
}

/** A line ending in a colon announces what follows ("Our picks:", "المصادر:"). */
const INTRODUCES = /[:：]\s*$/;
const LIST_TAGS = new Set(['UL', 'OL', 'DL']);
/** Colon lines that announce links away from the story. */
const RELATED_INTRO = /^\s*(?:more|related|see also|read (?:more|also|next)|further reading|also (?:read|see)|recommended|popular|trending|اقرأ|شاهد|المزيد|ذات صلة)\b/i;

/** A list of links the story announces with a colon line is the story's own (picks, sources). */
function introducedList(model: PageModel, info: Info): boolean {
  let list: Info | null = info;
  for (let n = 0; list && n < 4 && !LIST_TAGS.has(list.tag); n++) list = list.parent;
  if (!list || !LIST_TAGS.has(list.tag) || list.firstUnit === 0) return false;
  const intro = model.units[list.firstUnit - 1]!.text;
  // "More on this topic:" and "Related:" announce links away from the story.
  return INTRODUCES.test(intro) && !END_MARKER.test(intro) && !RELATED_INTRO.test(intro);
}

function insideStructure(info: Info): boolean {
  for (let i: Info | null = info.parent, n = 0; i && n < 3; i = i.parent, n++) if (STRUCTURE_TAGS.has(i.tag)) return true;
  return false;
}

function hasDropBetween(drop: Uint8Array, inRange: Uint8Array, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (inRange[i] && drop[i]) return true;
  return false;
}

const dropHint = remembered((hint) => DROP_HINT.test(hint));

export function dropsRegion(info: Info): boolean {
  if (isFurniture(info)) return true;
  if (info.tag === 'FIGURE') return !hasStructure(info);
  const hint = hintOf(info);
  return hint !== '' && dropHint(hint);
}

function hasStructure(info: Info): boolean {
  return info.el.querySelector('table, blockquote, pre') !== null;
}
