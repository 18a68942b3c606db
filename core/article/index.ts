/**
 * The article body finder (issue 3): which parts of a live page are the story. Works on the DOM as
 * it is (never a clone, never a change), from tags, attributes and text only, so Node (linkedom,
 * the CLI) and the browser (the content script) find the same text.
 *
 * Steps: a cheap gate (gate.ts); one pass that models the page's text (page-model.ts); the
 * container that holds the story (container.ts); inside it, the lines that are the story
 * (select.ts); headline, language and direction (title.ts, language.ts).
 */
import { runSteps, type Steps } from '../steps';
import type { Dir } from '../types';
import { chooseContainer, isAncestor, unlikelyUnits } from './container';
import { isProbablyArticle } from './gate';
import { articleDirection, articleLanguage } from './language';
import { buildPageModelSteps, type Info, type PageModel } from './page-model';
import { DISCLOSURE } from './hints';
import { dropsRegion, selectUnits } from './select';
import { isParagraph } from './unit-kinds';
import { findHeadline, type Headline } from './title';

export { isProbablyArticle } from './gate';
export { plainTextToHtml } from './plain-text';

export interface ArticleBody {
  title: string;
  /** The body's block elements in document order, none inside another, in the live document. */
  blocks: Element[];
  /** Descendants of blocks to leave out (captions, "read also" links, ads inside the body). */
  skip: (el: Element) => boolean;
  lang: string;
  dir: Dir;
}

/** Below this much kept text the page has no article worth annotating. */
const MIN_ARTICLE_CHARS = 140;
/** A first attempt shorter than this is retried without the "unlikely region" filter. */
const RETRY_BELOW_CHARS = 500;
/** The lead search looks back this many units from the container ... */
const LEAD_MAX_STEPS = 8;
/** ... and stops at a line this long that is no paragraph (another story, a box). */
const LEAD_MAX_GAP_LEN = 150;
/** A lead is one or two paragraphs of standfirst length; more or longer is another section. */
const LEAD_MAX_LEN = 400;
const LEAD_MAX_PARAGRAPHS = 2;
/** Characters of body text read to tell the language. */
const LANG_SAMPLE = 2000;

interface Attempt {
  blocks: Info[];
  keep: Uint8Array;
  chars: number;
}

/** One try at the body, in stages: unlikely regions, the container, its lines. */
function* attempt(model: PageModel, headline: Headline, useUnlikely: boolean): Steps<Attempt> {
  const unlikely = useUnlikely ? unlikelyUnits(model) : null;
  yield;
  const container = chooseContainer(model, unlikely);
  yield;
  const ranges: Array<[number, number, Info]> = container.blocks.map((b) => [b.firstUnit, b.endUnit, b]);
  const keep = selectUnits(model, ranges, headline.info, unlikely);
  const lead = leadBefore(model, container.blocks[0]!, headline.info, unlikely);
  for (const i of lead) keep[i] = 1;
  const blocks = [...lead.map((i) => model.units[i]!.info).reverse(), ...container.blocks];
  let chars = 0;
  for (let i = 0; i < keep.length; i++) if (keep[i]) chars += model.units[i]!.len;
  return { blocks, keep, chars };
}

/**
 * The lead paragraph often sits between the headline and the story's container (in the article
 * header, as a summary): real paragraphs there belong to the story. Returns unit indexes, last first.
 */
function leadBefore(model: PageModel, first: Info, headline: Info | null, unlikely: Uint8Array | null): number[] {
  if (!headline || headline.endUnit > first.firstUnit) return [];
  const out: number[] = [];
  let steps = 0;
  for (let k = first.firstUnit - 1; k >= headline.endUnit && steps < LEAD_MAX_STEPS; k--, steps++) {
    const u = model.units[k]!;
    if (unlikely?.[k]) continue;
    // Only whole elements of their own, never a wrapper around the container.
    const own = u.info.endUnit <= first.firstUnit && !u.info.hasBlockChild;
    if (own && isParagraph(u) && u.len <= LEAD_MAX_LEN && !DISCLOSURE.test(u.text) && !inDroppedRegion(u.info, first)) {
      out.push(k);
      if (out.length === LEAD_MAX_PARAGRAPHS) break;
      continue;
    }
    if (u.len > LEAD_MAX_GAP_LEN) break;
  }
  return out;
}

function inDroppedRegion(info: Info, container: Info): boolean {
  for (let i: Info | null = info; i && !isAncestor(i, container); i = i.parent) if (dropsRegion(i)) return true;
  return false;
}

/** Find the article body in `doc` without changing it; null when the page is not an article. */
export function findArticle(doc: Document): ArticleBody | null {
  return runSteps(findArticleSteps(doc));
}

/** What the caller already knows about the page. */
export interface FindOptions {
  /** isProbablyArticle(doc) was just run and passed: do not scan the page for it again. */
  gatePassed?: boolean;
}

/** findArticle in stages (see core/steps.ts): gate, page model, container and lines, the rest. */
export function* findArticleSteps(doc: Document, options: FindOptions = {}): Steps<ArticleBody | null> {
  if (!doc.documentElement || !(options.gatePassed || isProbablyArticle(doc))) return null;
  yield;
  const model = yield* buildPageModelSteps(doc);
  yield;
  const headline = findHeadline(doc, model);
  yield;
  let best = yield* attempt(model, headline, true);
  if (best.chars < RETRY_BELOW_CHARS) {
    yield;
    const second = yield* attempt(model, headline, false);
    if (second.chars > best.chars) best = second;
  }
  if (best.chars < MIN_ARTICLE_CHARS) return null;
  yield;

  const { keep } = best;
  // kept[i] = number of kept units before unit i: "does this subtree keep anything" in O(1).
  const kept = new Uint32Array(keep.length + 1);
  for (let i = 0; i < keep.length; i++) kept[i + 1] = kept[i]! + keep[i]!;
  const keepsAny = (info: Info) => kept[info.endUnit]! > kept[info.firstUnit]!;
  const blocks = best.blocks.filter(keepsAny);
  const skipped = new Set<Element>();
  // A dropped run of inline content inside a kept block ("back to top" link next to the story's
  // paragraphs): skip its inline elements.
  const units = model.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (keep[i] || !u.inlineRoots.length || !keepsAny(u.info)) continue;
    // Never an inline wrapper around blocks: those hold units of their own.
    for (const info of u.inlineRoots) if (info.firstUnit === info.endUnit) skipped.add(info.el);
  }
  // Inside the blocks, every element with text of which nothing is kept (its subtree goes with it).
  const list = model.list;
  for (const b of blocks) {
    for (let k = b.index + 1; k < b.endIndex; ) {
      const info = list[k]!;
      if (info.endUnit > info.firstUnit && !keepsAny(info)) {
        skipped.add(info.el);
        k = info.endIndex;
      } else k++;
    }
  }
  // Elements the scan did not see (added since, or ignored by it) are left to the index.
  const skip = (el: Element): boolean => skipped.has(el);

  const sample: string[] = [];
  let n = 0;
  for (let i = 0; i < keep.length && n < LANG_SAMPLE; i++) {
    if (!keep[i]) continue;
    sample.push(model.units[i]!.text);
    n += model.units[i]!.len;
  }
  // Language and direction of the story's own first line (dir/lang often sit on an inner wrapper).
  const firstKept = keep.indexOf(1);
  const first = firstKept >= 0 ? model.units[firstKept]!.info.el : doc.documentElement;
  const lang = articleLanguage(doc, first, sample.join(' '));
  const dir = articleDirection(doc, first, lang);
  return { title: headline.title, blocks: blocks.map((b) => b.el), skip, lang, dir };
}
