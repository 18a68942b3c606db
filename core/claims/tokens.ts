/**
 * A small tokenizer for number finding: digit runs, words (Latin or Arabic) and single symbols,
 * each with its offsets in the original text and the whitespace/bidi "gap" before it. Number
 * grammar then works on tokens and asks "is there a gap?" instead of re-scanning characters.
 */
import { foldArabic } from '../text/arabic';
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

// Digits after asciiDigits; Latin letters (with accents); Arabic letters with harakat and tatweel.
// Bidi embedding marks (U+202A-U+202E, U+2066-U+2069, LRM/RLM, ALM) count as gap, never as tokens.
const TOKEN_RE =
  /([0-9]+)|([A-Za-z\u00C0-\u024F]+)|([\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FF]+)|([^\s\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069])/g;

export function tokenize(text: string): Token[] {
  const ascii = asciiDigits(text);
  const out: Token[] = [];
  let last = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(ascii))) {
    const start = m.index;
    const end = start + m[0].length;
    const raw = text.slice(start, end);
    let type: TokenType;
    let norm: string;
    if (m[1]) {
      type = 'num';
      norm = m[1];
    } else if (m[2]) {
      type = 'word';
      norm = m[2].toLowerCase();
    } else if (m[3]) {
      type = 'word';
      norm = foldArabic(m[3]);
      if (!norm) norm = m[3];
    } else {
      type = 'sym';
      norm = m[0];
    }
    out.push({ type, start, end, text: raw, norm, gap: text.slice(last, start) });
    last = end;
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
