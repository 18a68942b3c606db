/**
 * One pass over the live DOM that records, for every element, where its text is and how much of
 * it is link text, and splits the text into "units": the direct text of each block element (the
 * same blocks the text index breaks lines at). Nothing in the document is changed.
 */
import { runSteps, type Steps } from '../steps';
import { CHARS_PER_WORK, walkDom, type DomVisitor } from '../text/dom-walk';
import { BLOCK_TAGS, isHiddenByAttribute } from '../text/text-index';
import { FURNITURE_ROLES, FURNITURE_TAGS, IGNORED_TAGS } from './hints';

export interface Info {
  el: Element;
  tag: string;
  parent: Info | null;
  /** Block element (or the root): owns the text of its inline descendants. */
  block: boolean;
  /** Text length of the whole subtree, whitespace collapsed. */
  len: number;
  /** Of which inside <a>. */
  linkLen: number;
  /** Some child element is a block. */
  hasBlockChild: boolean;
  /** Units whose element is this element or a descendant: [firstUnit, endUnit). */
  firstUnit: number;
  endUnit: number;
  /** Place in PageModel.list; list[index + 1, endIndex) are the descendants. */
  index: number;
  endIndex: number;
  /** Lower-cased "id class" string, computed on demand. */
  hintCache: string | undefined;
  /** The role attribute, read on demand (null: none; undefined: not read yet). */
  roleCache: string | null | undefined;
  /** An <a href> (link text inside counts as links). */
  isLink: boolean;
  /** Candidate score (container scoring). */
  score: number | undefined;
}

export interface Unit {
  info: Info;
  text: string;
  len: number;
  linkLen: number;
  /** All text sits inside <b>/<strong> (a subheading written as a bold paragraph). */
  bold: boolean;
  /** The owner's inline child elements that hold this run's text (what to skip to drop the run alone). */
  inlineRoots: Info[];
}

export interface PageModel {
  root: Info;
  units: Unit[];
  /** Every element's Info in document order (the root first): a subtree is a slice of it. */
  list: Info[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const BOLD_TAGS = new Set(['B', 'STRONG']);
/**
 * Whitespace that collapsing changes: a run that is not a single plain space. (The same result as
 * replacing every run of \s with a space, without replacing each space between two words.)
 */
const EXTRA_SPACE = / \s+|[^\S ]\s*/g;

export function hintOf(info: Info): string {
  if (info.hintCache === undefined) {
    const el = info.el;
    if (typeof el.getAttribute !== 'function') return (info.hintCache = '');
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    info.hintCache = `${id} ${cls}`.trim().toLowerCase();
  }
  return info.hintCache;
}

/** The element's role attribute (read once: the container and the selection both ask). */
function roleOf(info: Info): string | null {
  if (info.roleCache === undefined) info.roleCache = typeof info.el.getAttribute === 'function' ? info.el.getAttribute('role') : null;
  return info.roleCache;
}

/** Page furniture by tag or ARIA role (navigation, header, footer, aside …). */
export function isFurniture(info: Info): boolean {
  if (FURNITURE_TAGS.has(info.tag)) return true;
  const role = roleOf(info);
  return role !== null && FURNITURE_ROLES.test(role);
}

interface Frame {
  info: Info;
  /** Direct text of this block since its last unit (from its first visible character on). */
  parts: string[];
  linkLen: number;
  boldLen: number;
  len: number;
  inlineRoots: Info[];
}

/**
 * Build the model for `root`: the document itself, because broken markup can leave text outside
 * <html> or in a second <body> (linkedom keeps such nodes where browsers would move them).
 */
export function buildPageModel(root: Document | Element): PageModel {
  return runSteps(buildPageModelSteps(root));
}

/** buildPageModel in stages (core/steps.ts, dom-walk.ts). */
export function* buildPageModelSteps(root: Document | Element): Steps<PageModel> {
  const list: Info[] = [];
  const units: Unit[] = [];
  const mk = (el: Element, parent: Info | null, tag: string, block: boolean): Info => {
    // Every field set here, in one order: one object shape for all Infos.
    const info: Info = {
      el, tag, parent, block, len: 0, linkLen: 0, hasBlockChild: false, firstUnit: units.length, endUnit: units.length,
      index: list.length, endIndex: list.length + 1, hintCache: undefined, roleCache: undefined, isLink: false, score: undefined,
    };
    list.push(info);
    return info;
  };
  const rootInfo = mk(root as Element, null, 'tagName' in root ? root.tagName.toUpperCase() : '#DOCUMENT', true);
  // The open blocks' frames, [0, open); frames past it are kept for reuse (one per depth).
  const frames: Frame[] = [{ info: rootInfo, parts: [], linkLen: 0, boldLen: 0, len: 0, inlineRoots: [] }];
  let open = 1;
  let linkDepth = 0;
  let boldDepth = 0;
  // A run of inline text between block boundaries is one unit (an anonymous paragraph when its
  // block also has block children), so units come in document order.
  const flush = (frame: Frame) => {
    // No visible character counted: only whitespace, which collapses and trims to nothing.
    if (frame.len > 0) {
      const parts = frame.parts;
      const text = (parts.length === 1 ? parts[0]! : parts.join('')).replace(EXTRA_SPACE, ' ').trim();
      if (text) {
        units.push({
          info: frame.info, text, len: text.length, linkLen: Math.min(frame.linkLen, text.length),
          bold: frame.boldLen >= text.length * 0.9, inlineRoots: frame.inlineRoots,
        });
        frame.inlineRoots = [];
      }
      parts.length = 0;
    }
    if (frame.inlineRoots.length) frame.inlineRoots.length = 0;
    frame.linkLen = 0;
    frame.boldLen = 0;
    frame.len = 0;
  };
  /** The element entered last and not yet left: the parent of the nodes being entered. */
  let current = rootInfo;
  /** Record `node` under `current`; true (and `node`'s Info is `current`) when its children come next. */
  const enter = (node: Node): boolean => {
    const parentInfo = current;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      const n = countVisible(data);
      const frame = frames[open - 1]!;
      if (n === 0) {
        // Whitespace before the unit's first visible character would be trimmed: not kept.
        if (frame.len > 0) frame.parts.push(' ');
        return false;
      }
      frame.parts.push(data);
      visitor.work += n / CHARS_PER_WORK;
      frame.len += n;
      if (linkDepth > 0) frame.linkLen += n;
      if (boldDepth > 0) frame.boldLen += n;
      parentInfo.len += n;
      if (linkDepth > 0) parentInfo.linkLen += n;
      return false;
    }
    if (type !== ELEMENT_NODE) return false;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (IGNORED_TAGS.has(tag) || isHiddenByAttribute(el)) return false;
    if (tag === 'BR') {
      const frame = frames[open - 1]!;
      if (frame.len > 0) frame.parts.push(' ');
      return false;
    }
    const block = BLOCK_TAGS.has(tag) || tag === 'BODY' || tag === 'HTML';
    const info = mk(el, parentInfo, tag, block);
    if (block) {
      parentInfo.hasBlockChild = true;
      flush(frames[open - 1]!);
      // A reused frame was left empty by its last flush.
      const frame = frames[open];
      if (frame) frame.info = info;
      else frames.push({ info, parts: [], linkLen: 0, boldLen: 0, len: 0, inlineRoots: [] });
      open++;
    } else {
      const frame = frames[open - 1]!;
      if (frame.info === parentInfo) frame.inlineRoots.push(info);
    }
    // Only <a href> is a link: a stray unclosed <a name="top"> can wrap a whole page.
    if (tag === 'A' && el.hasAttribute('href')) {
      info.isLink = true;
      linkDepth++;
    }
    if (BOLD_TAGS.has(tag)) boldDepth++;
    current = info;
    return true;
  };
  /** All of `current`'s children have been visited. */
  const leave = () => {
    const info = current;
    if (info.block) flush(frames[--open]!);
    if (info.isLink) linkDepth--;
    if (BOLD_TAGS.has(info.tag)) boldDepth--;
    info.endUnit = units.length;
    info.endIndex = list.length;
    const p = info.parent;
    if (p) {
      p.len += info.len;
      p.linkLen += info.linkLen;
    }
    current = info.parent!;
  };
  const visitor: DomVisitor = { work: 0, enter, leave };
  // The document's own children by childNodes: linkedom's doctype has no nextSibling.
  const top: Node[] = [];
  if (root.nodeType === ELEMENT_NODE) for (let c = root.firstChild; c; c = c.nextSibling) top.push(c);
  else top.push(...Array.from(root.childNodes));
  for (const node of top) yield* walkDom(node, visitor);
  // Close the root.
  flush(frames[0]!);
  rootInfo.endUnit = units.length;
  rootInfo.endIndex = list.length;
  return { root: rootInfo, units, list };
}

/** Length of `s` with whitespace runs counted as one character and ends trimmed (approximately). */
function countVisible(s: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (ws) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
}
