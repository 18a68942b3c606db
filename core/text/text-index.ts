/**
 * A text index over the text nodes of an article's blocks: the one string every detector reads
 * (`text`), and the way back from its offsets to DOM Ranges in the live page.
 *
 * The string is built the same way in Node (linkedom) and in the browser, from tag names and
 * attributes only (never computed style), so the CLI and the content script see identical text.
 * Whitespace runs collapse to one space; blocks are joined by BLOCK_SEPARATOR; block-level
 * children and <br> inside a block become LINE_SEPARATOR. Separator characters map to no DOM
 * position, and asking for a Range that starts or ends inside one throws rather than guessing.
 */

import { runSteps, type Steps } from '../steps';
import { CHARS_PER_WORK, walkDom, type DomVisitor } from './dom-walk';

export const BLOCK_SEPARATOR = '\n\n';
export const LINE_SEPARATOR = '\n';

/** Elements whose text is never article text, whatever the article finder says. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'OPTION',
  'TEXTAREA', 'INPUT', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD',
]);

/** Block-level tags: crossing one inside a block starts a new line, so words never fuse. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The characters of JavaScript's \s (U+00A0 among them), tested by code for speed. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export interface TextIndexOptions {
  /** Extra elements to leave out with their subtree (captions, "read also" links, ads …). */
  skip?: (el: Element) => boolean;
}

interface Segment {
  /** Offset in `text` of this segment's first character. */
  start: number;
  node: Text;
  /** Offset in node.data of this segment's first character. */
  nodeOffset: number;
  length: number;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export function isHiddenByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** [start, end) is a non-empty span of a text `length` long, in whole characters. */
function isSpan(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= length && start < end;
}

export class TextIndex {
  readonly text: string;
  private readonly segments: Segment[];

  private constructor(text: string, segments: Segment[]) {
    this.text = text;
    this.segments = segments;
  }

  static fromBlocks(blocks: readonly Element[], options: TextIndexOptions = {}): TextIndex {
    return runSteps(TextIndex.fromBlocksSteps(blocks, options));
  }

  /** fromBlocks in stages (core/steps.ts, dom-walk.ts). */
  static *fromBlocksSteps(blocks: readonly Element[], options: TextIndexOptions = {}): Steps<TextIndex> {
    const builder = new Builder(options.skip);
    for (const block of blocks) {
      builder.startBlock();
      yield* builder.walk(block);
    }
    const { text, segments } = builder.finish();
    return new TextIndex(text, segments);
  }

  /** The text node and offset of character `offset` of `text`; throws inside a separator. */
  pointAt(offset: number): DomPoint {
    const seg = this.segmentAt(offset);
    if (!seg) throw new RangeError(`offset ${offset} is not inside a text node`);
    return { node: seg.node, offset: seg.nodeOffset + (offset - seg.start) };
  }

  /**
   * Whether rangeOf(start, end) can answer: a non-empty span of `text` whose first and last
   * characters lie in text nodes (not in a separator). Makes no Range.
   */
  maps(start: number, end: number): boolean {
    return isSpan(start, end, this.text.length) && this.segmentAt(start) !== undefined && this.segmentAt(end - 1) !== undefined;
  }

  /** A live Range over text[start, end). Throws on an empty, reversed or out-of-text span. */
  rangeOf(start: number, end: number): Range {
    if (!isSpan(start, end, this.text.length)) {
      throw new RangeError(`bad span [${start}, ${end}) for text of length ${this.text.length}`);
    }
    const from = this.pointAt(start);
    const last = this.pointAt(end - 1);
    const range = from.node.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(last.node, last.offset + 1);
    return range;
  }

  /** Every text node the index reads, in document order (for change detection). */
  textNodes(): Text[] {
    const nodes: Text[] = [];
    for (const seg of this.segments) if (nodes[nodes.length - 1] !== seg.node) nodes.push(seg.node);
    return nodes;
  }

  private segmentAt(offset: number): Segment | undefined {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const seg = segs[mid]!;
      if (offset < seg.start) hi = mid - 1;
      else if (offset >= seg.start + seg.length) lo = mid + 1;
      else return seg;
    }
    return undefined;
  }
}

class Builder implements DomVisitor {
  private parts: string[] = [];
  private length = 0;
  private segments: Segment[] = [];
  /** The last emitted character is whitespace (or nothing was emitted in this block yet). */
  private atSpace = true;
  private blockHasText = false;
  private pendingBreak = '';
  private current: Segment | undefined;
  /** The block being walked, and for each element entered under it whether it is a block. */
  private root: Node | null = null;
  private readonly blockAt: boolean[] = [];
  work = 0;

  constructor(private readonly skip?: (el: Element) => boolean) {}

  startBlock(): void {
    if (this.length > 0) this.pendingBreak = BLOCK_SEPARATOR;
    this.atSpace = true;
    this.blockHasText = false;
  }

  /** Take in the text under `root` (a stage boundary every few milliseconds of work). */
  walk(root: Node): Steps<void> {
    this.root = root;
    return walkDom(root, this);
  }

  /** DomVisitor: take in `node`; true for an element whose children come next. */
  enter(node: Node): boolean {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      this.addText(node as Text);
      return false;
    }
    if (type !== ELEMENT_NODE) return false;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    const root = node === this.root;
    if (SKIPPED_TAGS.has(tag) || isHiddenByAttribute(el) || (this.skip && !root && this.skip(el))) return false;
    if (tag === 'BR') {
      this.lineBreak();
      return false;
    }
    const block = !root && BLOCK_TAGS.has(tag);
    if (block) this.lineBreak();
    this.blockAt.push(block);
    return true;
  }

  /** DomVisitor: an element's children are done; leaving a block ends its line. */
  leave(): void {
    if (this.blockAt.pop()) this.lineBreak();
  }

  private lineBreak(): void {
    if (this.blockHasText && !this.pendingBreak) this.pendingBreak = LINE_SEPARATOR;
    this.atSpace = true;
  }

  /**
   * Run by run, not word by word: the text between whitespace that needs no collapsing (single
   * spaces between words) is taken as one slice, so a 200,000-word page is read in a short task.
   */
  private addText(node: Text): void {
    const data = node.data;
    const n = data.length;
    this.work += n / CHARS_PER_WORK;
    this.current = undefined;
    /** Start of the run taken as it is, [verbatim, i), or -1. */
    let verbatim = -1;
    let i = 0;
    while (i < n) {
      let j = i + 1;
      if (isSpace(data.charCodeAt(i))) {
        while (j < n && isSpace(data.charCodeAt(j))) j++;
        if (!this.atSpace) {
          // A lone space between two words of this node stays in the run; any other run of
          // whitespace becomes one space, mapped to the run's first character. (A space that ends
          // the node is emitted alone, so a later line break can take it back.)
          if (!(verbatim >= 0 && j - i === 1 && j < n && data.charCodeAt(i) === 32)) {
            if (verbatim >= 0) this.emit(data.slice(verbatim, i), node, verbatim);
            verbatim = -1;
            this.emit(' ', node, i);
          }
        }
        this.atSpace = true;
      } else {
        while (j < n && !isSpace(data.charCodeAt(j))) j++;
        if (this.pendingBreak) {
          this.dropTrailingSpace();
          this.push(this.pendingBreak);
          this.pendingBreak = '';
          this.current = undefined;
        }
        if (verbatim < 0) verbatim = i;
        this.atSpace = false;
        this.blockHasText = true;
      }
      i = j;
    }
    if (verbatim >= 0) this.emit(verbatim === 0 ? data : data.slice(verbatim), node, verbatim);
  }

  /** Append `s`, read from node.data at nodeOffset; one segment while text and node stay in step. */
  private emit(s: string, node: Text, nodeOffset: number): void {
    const seg = this.current;
    if (seg && seg.node === node && seg.nodeOffset + seg.length === nodeOffset && seg.start + seg.length === this.length) {
      seg.length += s.length;
    } else {
      this.current = { start: this.length, node, nodeOffset, length: s.length };
      this.segments.push(this.current);
    }
    this.push(s);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** A space before a line or block break is not text: take it back. */
  private dropTrailingSpace(): void {
    if (this.parts[this.parts.length - 1] !== ' ') return;
    this.parts.pop();
    this.length--;
    const seg = this.segments[this.segments.length - 1]!;
    seg.length--;
    if (seg.length === 0) this.segments.pop();
  }

  finish(): { text: string; segments: Segment[] } {
    if (this.parts[this.parts.length - 1] === ' ') this.dropTrailingSpace();
    return { text: this.parts.join(''), segments: this.segments };
  }
}

