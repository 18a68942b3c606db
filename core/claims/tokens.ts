/**
 * A small tokenizer for number finding: digit runs, words (Latin or Arabic) and single symbols,
 * each with its offsets in the original text and the whitespace/bidi "gap" before it. Number
 * grammar then works on tokens and asks "is there a gap?" instead of re-scanning characters.
 *
 * Speed: this runs over every character of every article, so it is a hand-written scanner over a
 * character-class table (one array read per UTF-16 unit) instead of a regex plus a per-word fold.
 * The classes are exactly those of TOKEN_SPEC below (tests/unit/claims/tokens.test.ts checks every
 * BMP unit against it), and Arabic folding comes from core/text/arabic.ts's foldChar, tabulated.
 */
import { foldArabic, foldChar } from '../text/arabic';
import { asciiDigits } from '../text/digits';

export type TokenType = 'num' | 'word' | 'sym';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** Original text of the token. */
  text: string;
  /** ASCII digits, Arabic letters folded (no harakat, one alef, ه for ة), Latin lower-cased. */
  norm: string;
  /** Text between the previous token and this one (whitespace and invisible bidi marks). */
  gap: string;
}

/**
 * The token grammar, as a regex over the text after asciiDigits: digit runs, Latin words (with
 * accents), Arabic words (with harakat and tatweel), else one symbol. Bidi embedding marks
 * (U+202A-U+202E, U+2066-U+2069, LRM/RLM, ALM) count as gap, never as tokens. The scanner below
 * implements it; the regex stays as the specification the tests compare against.
 */
export const TOKEN_SPEC =
  /([0-9]+)|([A-Za-z\u00C0-\u024F]+)|([\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FF]+)|([^\s\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069])/g;

/** Character classes of the scanner. */
const Cls = { Sym: 0, Gap: 1, Digit: 2, Latin: 3, Arabic: 4 } as const;
type Cls = (typeof Cls)[keyof typeof Cls];

/** Character class of every UTF-16 unit (64 KB, filled once from ranges: no regex at load). */
const CLASS = new Uint8Array(0x10000);
/** Folded unit of each Arabic-class unit in U+0600-U+06FF: REMOVED_UNIT when folding drops it. */
const ARABIC_FOLD = new Uint16Array(0x100);
const REMOVED_UNIT = 0xffff;
/** Set when foldChar ever maps one unit to several (it does not today): then tokens fold the slow way. */
let foldIsOneToOne = true;

function fill(from: number, to: number, cls: Cls): void {
  CLASS.fill(cls, from, to + 1);
}

(function buildTables() {
  // JavaScript's \s: WhiteSpace and LineTerminator.
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) CLASS[c] = Cls.Gap;
  fill(0x2000, 0x200a, Cls.Gap);
  // Invisible bidi and joiner marks.
  CLASS[0x061c] = Cls.Gap;
  fill(0x200b, 0x200f, Cls.Gap);
  fill(0x202a, 0x202e, Cls.Gap);
  fill(0x2066, 0x2069, Cls.Gap);
  fill(0x30, 0x39, Cls.Digit);
  fill(0x0660, 0x0669, Cls.Digit);
  fill(0x06f0, 0x06f9, Cls.Digit);
  fill(0x41, 0x5a, Cls.Latin);
  fill(0x61, 0x7a, Cls.Latin);
  fill(0xc0, 0x24f, Cls.Latin);
  fill(0x0621, 0x063a, Cls.Arabic);
  fill(0x0640, 0x065f, Cls.Arabic);
  fill(0x0670, 0x06d3, Cls.Arabic);
  fill(0x06fa, 0x06ff, Cls.Arabic);
  for (let c = 0x0600; c <= 0x06ff; c++) {
    if (CLASS[c] !== Cls.Arabic) continue;
    const f = foldChar(String.fromCharCode(c));
    if (f.length > 1) foldIsOneToOne = false;
    ARABIC_FOLD[c - 0x0600] = f === '' ? REMOVED_UNIT : f.charCodeAt(0);
  }
})();

/** Scratch space for folding one word (reused; grows for very long runs). */
let foldBuffer = new Uint16Array(64);

/** Folded form of the Arabic word text[start, end), or the slice itself when nothing folds. */
function foldWord(text: string, start: number, end: number): string {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (ARABIC_FOLD[c - 0x0600] !== c) break;
    i++;
  }
  const raw = text.slice(start, end);
  if (i === end) return raw;
  if (!foldIsOneToOne) return foldArabic(raw) || raw;
  // Build into a scratch buffer and make one flat string: a concatenated (cons) string would be
  // flattened again by the first Map lookup or charCodeAt on it.
  if (foldBuffer.length < end - start) foldBuffer = new Uint16Array(2 * (end - start));
  let len = 0;
  for (let j = start; j < end; j++) {
    const f = j < i ? text.charCodeAt(j) : ARABIC_FOLD[text.charCodeAt(j) - 0x0600]!;
    if (f !== REMOVED_UNIT) foldBuffer[len++] = f;
  }
  return len ? String.fromCharCode.apply(null, foldBuffer.subarray(0, len) as unknown as number[]) : raw;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    const cls = CLASS[text.charCodeAt(i)] as Cls;
    if (cls === Cls.Gap) {
      i++;
      continue;
    }
    const start = i;
    i++;
    if (cls !== Cls.Sym) while (i < n && CLASS[text.charCodeAt(i)] === cls) i++;
    const raw = text.slice(start, i);
    let type: TokenType;
    let norm: string;
    if (cls === Cls.Digit) {
      type = 'num';
      norm = asciiDigits(raw);
    } else if (cls === Cls.Latin) {
      type = 'word';
      norm = raw.toLowerCase();
    } else if (cls === Cls.Arabic) {
      type = 'word';
      norm = foldWord(text, start, i);
    } else {
      type = 'sym';
      norm = raw;
    }
    out.push({ type, start, end: i, text: raw, norm, gap: text.slice(last, start) });
    last = i;
  }
  return out;
}

/** True when the gap holds no visible whitespace (bidi marks are allowed: "25799\u202A,\u202A52"). */
export function glued(t: Token | undefined): boolean {
  return !!t && !/\s/.test(t.gap);
}

/** True when the gap is plain horizontal whitespace (no line break: numbers never span lines). */
export function spaced(t: Token | undefined): boolean {
  return !!t && /^[ \t\u00A0\u202F\u2009\u200E\u200F\u061C]*$/.test(t.gap);
}
