/**
 * Which part of the page holds the story: every paragraph-like unit votes for its parent and,
 * less, for its further ancestors (after the idea behind Readability's scoring); the best voted
 * element, discounted by its link density, wins; then siblings that look like more of the story
 * join it. Returns the chosen top-level elements in document order.
 */
import { COMMAS, MAYBE_HINT, NEGATIVE_HINT, POSITIVE_HINT, remembered, UNLIKELY_HINT } from './hints';
import { hintOf, isFurniture, type Info, type PageModel, type Unit } from './page-model';
import { proseSums } from './unit-kinds';

/** Units shorter than this do not vote: too short to tell a sentence from a label. */
const MIN_VOTE_LEN = 25;
/** How many ancestor levels a unit votes for. */
const VOTE_LEVELS = 5;
/** A class/id hint moves a candidate's score by this much. */
const HINT_WEIGHT = 25;
/** Tags whose block units never vote (headings, captions, list items of menus vote only when long). */
const NON_VOTING = new Set(['H1', 'FIGCAPTION', 'CAPTION', 'TH', 'DT', 'BUTTON', 'LABEL']);
/** Start scores by tag: the usual story wrappers up, lists and forms down. */
const TAG_SCORE: Record<string, number> = {
  DIV: 5, ARTICLE: 8, MAIN: 5, SECTION: 3, PRE: 3, TD: 3, BLOCKQUOTE: 3,
  ADDRESS: -3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3,
  H1: -5, H2: -5, H3: -5, H4: -5, H5: -5, H6: -5, TH: -5,
};
/** A sibling joins the top candidate when it scores at least this share of it. */
const SIBLING_SHARE = 0.2;
/** ... and hold at least this share of its text (a class-name bonus alone does not count). */
const ALTERNATIVE_MIN_TEXT = 0.3;
/** Widening to an ancestor needs this much more prose (share of what we have) ... */
const WIDEN_MIN_GAIN = 0.25;
/** ... and what it adds must be mostly prose. */
const WIDEN_MIN_PROSE_SHARE = 0.6;
/** ... or at least this much prose with few links among what it adds. */
const WIDEN_MIXED_PROSE_SHARE = 0.35;
const WIDEN_MAX_LINKS = 0.15;
const BODY_TAGS = new Set(['BODY', 'HTML']);
/** An unlikely-named region with more than this share of the page's prose is the story. */
const UNLIKELY_OVERRIDE_SHARE = 0.5;
const COMMENT_HINT = /comment|disqus|respond|replies|discussion/i;
/** Alternative candidates this close to the top one suggest the story is split across them. */
const ALTERNATIVE_SHARE = 0.75;

const hintWeight = remembered((hint) => {
  let w = 0;
  if (NEGATIVE_HINT.test(hint)) w -= HINT_WEIGHT;
  if (POSITIVE_HINT.test(hint)) w += HINT_WEIGHT;
  return w;
});
const unlikelyHint = remembered((hint) => UNLIKELY_HINT.test(hint) && !MAYBE_HINT.test(hint));

export function classWeight(info: Info): number {
  const hint = hintOf(info);
  return hint ? hintWeight(hint) : 0;
}

/** Regions that are almost never the story (menus, comments, sidebars, share bars …). */
export function isUnlikely(info: Info): boolean {
  if (isFurniture(info)) return true;
  if (info.tag === 'BODY' || info.tag === 'ARTICLE' || info.tag === 'MAIN' || info.tag === 'A' || info.tag === 'TABLE') return false;
  const hint = hintOf(info);
  return hint !== '' && unlikelyHint(hint);
}

/**
 * Units inside unlikely regions. A region holding most of the page's prose is the story under an
 * odd name (a newsletter issue, a "sidebar" layout), unless it is named a comment thread.
 */
export function unlikelyUnits(model: PageModel): Uint8Array {
  const units = model.units;
  const out = new Uint8Array(units.length);
  const { prose } = proseSums(model);
  const total = prose[units.length]!;
  const list = model.list;
  // Units before this one are marked already (a region's descendants need no look: the list is
  // in document order, so they come right after it).
  let markedEnd = 0;
  for (let k = 1; k < list.length; k++) {
    const info = list[k]!;
    if (info.endUnit === info.firstUnit || info.firstUnit < markedEnd || !isUnlikely(info)) continue;
    const share = total ? (prose[info.endUnit]! - prose[info.firstUnit]!) / total : 0;
    if (share > UNLIKELY_OVERRIDE_SHARE && !COMMENT_HINT.test(hintOf(info))) continue;
    out.fill(1, info.firstUnit, info.endUnit);
    markedEnd = info.endUnit;
  }
  return out;
}

function linkDensity(info: Info): number {
  return info.len ? info.linkLen / info.len : 0;
}

function voteValue(unit: Unit): number {
  const commas = unit.text.match(COMMAS)?.length ?? 0;
  return 1 + commas + Math.min(Math.floor(unit.len / 100), 3);
}

export interface Container {
  top: Info;
  /** The story's blocks in document order: never empty (`top` at least). */
  blocks: Info[];
}

export function chooseContainer(model: PageModel, skipUnit: Uint8Array | null): Container {
  const scored: Info[] = [];
  const touch = (info: Info) => {
    if (info.score === undefined) {
      info.score = (TAG_SCORE[info.tag] ?? 0) + classWeight(info);
      scored.push(info);
    }
  };
  const list = model.list;
  for (let k = 0; k < list.length; k++) list[k]!.score = undefined;
  model.units.forEach((unit, i) => {
    if (skipUnit?.[i] || unit.len < MIN_VOTE_LEN || NON_VOTING.has(unit.info.tag)) return;
    if (unit.linkLen > unit.len * 0.5) return;
    const value = voteValue(unit);
    // A block with block children holds its direct text as an anonymous paragraph: it is the parent.
    let anc: Info | null = unit.info.hasBlockChild ? unit.info : unit.info.parent;
    for (let level = 0; anc && anc !== model.root && level < VOTE_LEVELS; level++, anc = anc.parent) {
      touch(anc);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      anc.score! += value / divider;
    }
  });
  for (const info of scored) info.score = info.score! * (1 - linkDensity(info));

  let top: Info | null = null;
  for (const info of scored) if (!top || info.score! > top.score!) top = info;
  if (!top) return wholePage(model);

  // Several near-best candidates under one ancestor: the story is split; take the ancestor.
  const best = [...scored].sort((a, b) => b.score! - a.score!).slice(1, 6).filter((i) => i.score! >= top!.score! * ALTERNATIVE_SHARE && i.len >= top!.len * ALTERNATIVE_MIN_TEXT);
  if (best.length >= 3) {
    for (let anc = top.parent; anc && anc !== model.root; anc = anc.parent) {
      const holds = best.filter((b) => isAncestor(anc!, b)).length;
      if (holds >= 3) {
        top = anc;
        break;
      }
    }
  }
  // Climb while an ancestor scores better (its paragraphs are the same story, deeper nested).
  let last = top.score ?? 0;
  const threshold = last / 3;
  for (let anc = top.parent; anc && anc !== model.root; anc = anc.parent) {
    if (anc.score === undefined) continue;
    if (anc.score < threshold) break;
    if (anc.score > last) {
      top = anc;
      break;
    }
    last = anc.score;
  }
  top = widenToProse(model, top, skipUnit);
  // An only child: the parent's first child spans all of the parent's subtree.
  while (top.parent && top.parent !== model.root && list[top.parent.index + 1]!.endIndex === top.parent.endIndex) top = top.parent;

  // Siblings that look like more of the story.
  const parent = top.parent;
  if (!parent) return { top, blocks: [top] };
  const blocks: Info[] = [];
  const topScore = top.score ?? 0;
  const threshold2 = Math.max(10, topScore * SIBLING_SHARE);
  const topClass = top.el.getAttribute('class') ?? '';
  // The siblings as the model saw them (in document order), not as the page holds them now: a
  // read in stages lets the page run, and `top` may have left it since.
  for (let k = parent.index + 1; k < parent.endIndex; k = list[k]!.endIndex) {
    const sib = list[k]!;
    if (sib.len === 0) continue;
    const c = sib.el;
    if (sib === top) {
      blocks.push(sib);
      continue;
    }
    if (isUnlikely(sib)) continue;
    let bonus = 0;
    if (topClass && c.getAttribute('class') === topClass) bonus += topScore * 0.2;
    if (sib.score !== undefined && sib.score + bonus >= threshold2) {
      blocks.push(sib);
      continue;
    }
    if (sib.tag === 'P') {
      const ld = linkDensity(sib);
      const text = c.textContent ?? '';
      if ((sib.len > 80 && ld < 0.25) || (sib.len > 0 && sib.len <= 80 && ld === 0 && /[.!?؟。](?:\s|$)/.test(text))) blocks.push(sib);
    }
  }
  return { top, blocks };
}

/**
 * A story split into sections (page builders put each few paragraphs in its own widget) votes
 * for one section only. Climb to an ancestor while what it adds is mostly prose, and enough of it.
 */
function widenToProse(model: PageModel, top: Info, skipUnit: Uint8Array | null): Info {
  const units = model.units;
  const { paragraph } = proseSums(model);
  const prose = new Float64Array(units.length + 1);
  const text = new Float64Array(units.length + 1);
  const links = new Float64Array(units.length + 1);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const skipped = skipUnit?.[i] === 1;
    prose[i + 1] = prose[i]! + (!skipped && paragraph[i] ? u.len : 0);
    text[i + 1] = text[i]! + (skipped ? 0 : u.len);
    links[i + 1] = links[i]! + (skipped ? 0 : u.linkLen);
  }
  const proseOf = (i: Info) => prose[i.endUnit]! - prose[i.firstUnit]!;
  const textOf = (i: Info) => text[i.endUnit]! - text[i.firstUnit]!;
  const linksOf = (i: Info) => links[i.endUnit]! - links[i.firstUnit]!;
  let best = top;
  for (let anc = top.parent; anc && anc !== model.root && !BODY_TAGS.has(anc.tag); anc = anc.parent) {
    const addedProse = proseOf(anc) - proseOf(best);
    const addedText = textOf(anc) - textOf(best);
    if (addedText <= 0) continue;
    const addedLinks = linksOf(anc) - linksOf(best);
    // Mostly prose, or a fair share of prose among tables and lists with few links.
    const storyLike = addedProse >= addedText * WIDEN_MIN_PROSE_SHARE || (addedProse >= addedText * WIDEN_MIXED_PROSE_SHARE && addedLinks <= addedText * WIDEN_MAX_LINKS);
    if (addedProse >= WIDEN_MIN_GAIN * proseOf(best) && storyLike) best = anc;
    else if (addedText > proseOf(best)) break;
  }
  return best;
}

/**
 * No container stands out: the root's element children with text (the document node is no
 * block), or the root itself on a page with no text at all.
 */
function wholePage(model: PageModel): Container {
  const blocks: Info[] = [];
  const list = model.list;
  const root = model.root;
  for (let k = root.index + 1; k < root.endIndex; k = list[k]!.endIndex) if (list[k]!.len > 0) blocks.push(list[k]!);
  return blocks.length ? { top: blocks[0]!, blocks } : { top: model.root, blocks: [model.root] };
}

export function isAncestor(anc: Info, info: Info): boolean {
  for (let i: Info | null = info; i; i = i.parent) if (i === anc) return true;
  return false;
}
