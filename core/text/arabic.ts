/**
 * Arabic letter folding used by every matcher, so "أوباما", "اوباما" and "أوبامَا" compare equal.
 * Folding maps one UTF-16 unit to at most one unit (or removes it), and `foldWithMap` keeps the
 * way back to the original offsets, so matches on folded text become spans in the original.
 */

// Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks; tatweel (kashida) is typography.
const REMOVED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D\u200E\u200F]/;

const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', // alef with hamza / madda / wasla
  'ى': 'ي', // alef maqsura
  'ة': 'ه', // ta marbuta
  'ؤ': 'و',
  'ئ': 'ي',
  'ی': 'ي', 'ک': 'ك', // Persian forms often typed in Arabic text
};

export const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;

/** The first this many letters that are Arabic (U+0600–U+06FF) or Latin (A–Z, a–z) decide. */
const COUNTED_LETTERS = 2000;
/** Text is read this many characters at a time until enough letters are in. */
const COUNT_CHUNK = 8192;
const NOT_COUNTED = /[^\u0600-\u06FFA-Za-z]+/g;
const NOT_ARABIC = /[^\u0600-\u06FF]+/g;

/**
 * More Arabic than Latin among the text's first COUNTED_LETTERS such letters. Counted by native
 * string scans: a content script runs fresh on each page, where a loop over characters would run
 * uncompiled.
 */
export function isArabicText(text: string): boolean {
  let counted = '';
  for (let at = 0; at < text.length && counted.length < COUNTED_LETTERS; at += COUNT_CHUNK) {
    counted += text.slice(at, at + COUNT_CHUNK).replace(NOT_COUNTED, '');
  }
  if (counted.length > COUNTED_LETTERS) counted = counted.slice(0, COUNTED_LETTERS);
  const arabic = counted.replace(NOT_ARABIC, '').length;
  return arabic > counted.length - arabic;
}

export interface FoldedText {
  text: string;
  /** map[i] is the index in the original string of folded character i; map[text.length] = original length. */
  map: Int32Array;
}

export function foldChar(ch: string): string {
  if (REMOVED.test(ch)) return '';
  return LETTER_FOLDS[ch] ?? ch;
}

/** Fold Arabic letters and lower-case nothing: case is the caller's business (acronyms are case-sensitive). */
export function foldArabic(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

export function foldWithMap(text: string): FoldedText {
  const map = new Int32Array(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const folded = foldChar(text[i]!);
    if (folded) {
      map[out.length] = i;
      out += folded;
    }
  }
  map[out.length] = text.length;
  return { text: out, map: map.subarray(0, out.length + 1) };
}
