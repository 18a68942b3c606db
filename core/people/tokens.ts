/**
 * Word tokens with offsets, shared by every language's person detector. Words are letter runs
 * (with combining marks, digits and inner apostrophes or hyphens: "O'Keefe", "Jean-Luc");
 * everything else that is not a space is a one-character punctuation token.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
  /** True for letter/digit runs, false for punctuation. */
  word: boolean;
  /** A line break (or block break) lies between the previous token and this one. */
  newline: boolean;
}

// Letters and marks first, then letters/marks/digits, with inner ' ’ - joining parts.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    let newline = tokens.length === 0;
    for (let k = last; k < start && !newline; k++) if (text.charCodeAt(k) === 10) newline = true;
    const first = m[0].charCodeAt(0);
    tokens.push({
      start,
      end: start + m[0].length,
      text: m[0],
      word: m[0].length > 1 || isWordStart(first, m[0]),
      newline,
    });
    last = start + m[0].length;
  }
  return tokens;
}

/** Whether a word stands right before token i on the same line. */
export function wordBefore(tokens: Token[], i: number): boolean {
  return i > 0 && !tokens[i]!.newline && tokens[i - 1]!.word;
}

/**
 * The index of the token whose start (or end) offset is `offset`, or -1: tokens are sorted and
 * disjoint, so both offsets rise with the index and a binary search finds it.
 */
export function tokenAt(tokens: Token[], edge: 'start' | 'end', offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]![edge] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]![edge] === offset ? lo : -1;
}

// A token longer than one character is a word: punctuation tokens are single characters.
function isWordStart(code: number, s: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(s);
}
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Base forms an English word may be inflected from ("heaters" -> "heater", "studies" -> "study",
 * "moving" -> "mov", "move"), most likely first. Used to look inflected words up in a list that
 * keeps base forms only; shared with the script that builds that list.
 */
export function everydayBases(w: string): string[] {
  const out: string[] = [];
  if (w.length < 4) return out;
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.endsWith('ly')) out.push(w.slice(0, -2));
  if (w.endsWith('er')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('est')) out.push(w.slice(0, -3), w.slice(0, -2));
  return out;
}
