/**
 * One pass over the live DOM that records, for every element, where its text is and how much of
 * it is link text, and splits the text into "units": the direct text of each block element (the
 * same blocks the text index breaks lines at). Nothing in the document is changed.
 */
import { runSteps, type Steps } from '../steps';
import { CHARS_PER_WORK, walkDom, type DomVisitor } from '../text/dom-walk';
import { BLOCK_TAGS, isHiddenByAttribute } from '../text/text-index';
import { IGNORED_TAGS } from './hints';

export interface Info {
  el: Element;
  tag: string;
  parent: Info | null;
  depth: number;
  /** Block element (or the root): owns the text of its inline descendants. */
  block: boolean;
  /** Text length of the whole subtree, whitespace collapsed. */
  len: number;
  /** Of which inside <a>. */
  linkLen: number;
  /** Some child element is a block. */
  hasBlockChild: boolean;
  /** Number of element children (for "only child" climbing). */
  childCount: number;
  /** Units whose element is this element or a descendant: [firstUnit, endUnit). */
  firstUnit: number;
  endUnit: number;
  /** Lower-cased "id class" string, computed on demand. */
  hintCache?: string;
  /** An <a href> (link text inside counts as links). */
  isLink?: boolean;
  /** Candidate score (container scoring). */
  score?: number;
}

export interface Unit {
  info: Info;
  text: string;
  len: number;
  linkLen: number;
  /** All text sits inside <b>/<strong> (a subheading written as a bold paragraph). */
  bold: boolean;
  /** The owner's inline child elements that hold this run's text (what to skip to drop the run alone). */
  inlineRoots: Element[];
}

export interface PageModel {
  root: Info;
  units: Unit[];
  infos: Map<Element, Info>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const BOLD_TAGS = new Set(['B', 'STRONG']);

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

interface Frame {
  info: Info;
  /** Unit collecting direct text of this block (created lazily). */
  parts: string[];
  linkLen: number;
  boldLen: number;
  len: number;
  inlineRoots: Element[];
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
  const infos = new Map<Element, Info>();
  const units: Unit[] = [];
  const mk = (el: Element, parent: Info | null, tag: string, block: boolean): Info => {
    const info: Info = {
      el, tag, parent, depth: parent ? parent.depth + 1 : 0, block, len: 0, linkLen: 0,
      hasBlockChild: false, childCount: 0, firstUnit: units.length, endUnit: units.length,
    };
    infos.set(el, info);
    return info;
  };
  const rootInfo = mk(root as Element, null, 'tagName' in root ? root.tagName.toUpperCase() : '#DOCUMENT', true);
  const blockStack: Frame[] = [{ info: rootInfo, parts: [], linkLen: 0, boldLen: 0, len: 0, inlineRoots: [] }];
  let linkDepth = 0;
  let boldDepth = 0;
  // A run of inline text between block boundaries is one unit (an anonymous paragraph when its
  // block also has block children), so units come in document order.
  const flush = (frame: Frame) => {
    const text = frame.parts.join('').replace(/[\s\u00A0]+/g, ' ').trim();
    if (text) {
      units.push({
        info: frame.info, text, len: text.length, linkLen: Math.min(frame.linkLen, text.length),
        bold: frame.boldLen >= text.length * 0.9, inlineRoots: frame.inlineRoots,
      });
    }
    frame.inlineRoots = [];
    frame.parts = [];
    frame.linkLen = 0;
    frame.boldLen = 0;
    frame.len = 0;
  };
  /** Record `node` under `parentInfo`; the element's Info when its children are to be visited. */
  const enter = (node: Node, parentInfo: Info): Info | null => {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      const n = countVisible(data);
      const frame = blockStack[blockStack.length - 1]!;
      if (n === 0) {
        frame.parts.push(' ');
        return null;
      }
      frame.parts.push(data);
      visitor.work += n / CHARS_PER_WORK;
      frame.len += n;
      if (linkDepth > 0) frame.linkLen += n;
      if (boldDepth > 0) frame.boldLen += n;
      parentInfo.len += n;
      if (linkDepth > 0) parentInfo.linkLen += n;
      return null;
    }
    if (type !== ELEMENT_NODE) return null;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (IGNORED_TAGS.has(tag) || isHiddenByAttribute(el)) return null;
    if (tag === 'BR') {
      blockStack[blockStack.length - 1]!.parts.push(' ');
      return null;
    }
    const block = BLOCK_TAGS.has(tag) || tag === 'BODY' || tag === 'HTML';
    const info = mk(el, parentInfo, tag, block);
    parentInfo.childCount++;
    if (block) {
      parentInfo.hasBlockChild = true;
      flush(blockStack[blockStack.length - 1]!);
      blockStack.push({ info, parts: [], linkLen: 0, boldLen: 0, len: 0, inlineRoots: [] });
    } else {
      const frame = blockStack[blockStack.length - 1]!;
      if (frame.info === parentInfo) frame.inlineRoots.push(el);
    }
    // Only <a href> is a link: a stray unclosed <a name="top"> can wrap a whole page.
    if (tag === 'A' && el.hasAttribute('href')) {
      info.isLink = true;
      linkDepth++;
    }
    if (BOLD_TAGS.has(tag)) boldDepth++;
    return info;
  };
  /** All of `info`'s children have been visited. */
  const leave = (info: Info) => {
    if (info.block) flush(blockStack.pop()!);
    if (info.isLink) linkDepth--;
    if (BOLD_TAGS.has(info.tag)) boldDepth--;
    info.endUnit = units.length;
    const p = info.parent;
    if (p) {
      p.len += info.len;
      p.linkLen += info.linkLen;
    }
  };
  /** The element entered last and not yet left: the parent of the nodes being entered. */
  let current = rootInfo;
  const visitor: DomVisitor = {
    work: 0,
    enter(node) {
      const info = enter(node, current);
      if (info) current = info;
      return info !== null;
    },
    leave() {
      leave(current);
      current = current.parent!;
    },
  };
  // The document's own children by childNodes: linkedom's doctype has no nextSibling.
  const top: Node[] = [];
  if (root.nodeType === ELEMENT_NODE) for (let c = root.firstChild; c; c = c.nextSibling) top.push(c);
  else top.push(...Array.from(root.childNodes));
  for (const node of top) yield* walkDom(node, visitor);
  // Close the root.
  flush(blockStack.pop()!);
  rootInfo.endUnit = units.length;
  return { root: rootInfo, units, infos };
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
