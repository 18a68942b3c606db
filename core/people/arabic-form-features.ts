/**
 * The features of the Arabic tagger (arabic-features.ts) that depend on a word's form alone: its
 * own (suffixes, prefixes, vowel shape, the word itself) and those it lends its neighbours, each
 * a template head + a value taken from the word. They are written through a FormWriter, so the
 * strings training reads and the ids detection scores (arabic-feature-index.ts) come from the
 * same code, in the same order.
 */
import { lessProclitic, PROCLITIC, surnameShaped, TWO_PROCLITICS, type Kind, type Word } from './arabic-words';

/**
 * Templates of the features that depend on a word's form: the feature is its head + a value
 * taken from the word (the heads without "=" take the empty value).
 */
export const HEADS = [
  'w=', 's2=', 's3=', 'p2=', 'len=', 'al', 'wa', 'nsh', 'p1=', 's1=', 'p3=', 'bp2=', 'bp3=', 's4=', 'p4=', 'vs=', 'f=', 'x=', 'cl=',
  'f-1=', 'f+1=', 'f-2=', 'f+2=', 'w-1=', 'w+1=', 'w-2=', 'ps2=', 'ns2=', 'np2=',
] as const;
type Head = (typeof HEADS)[number];
export const HEAD_AT = new Map<string, number>(HEADS.map((h, i) => [h, i]));
const T = (h: Head) => HEAD_AT.get(h)!;
const H_W = T('w=');
const H_S1 = T('s1=');
const H_S2 = T('s2=');
const H_S3 = T('s3=');
const H_S4 = T('s4=');
const H_P1 = T('p1=');
const H_P2 = T('p2=');
const H_P3 = T('p3=');
const H_P4 = T('p4=');
const H_BP2 = T('bp2=');
const H_BP3 = T('bp3=');
const H_AL = T('al');
const H_WA = T('wa');
const H_NSH = T('nsh');
const H_F = T('f=');
const H_X = T('x=');
const H_PREV = T('f-1=');
const H_NEXT = T('f+1=');
const H_PREV2 = T('f-2=');
const H_NEXT2 = T('f+2=');
const H_PREV_WORD = T('w-1=');
const H_NEXT_WORD = T('w+1=');
const H_PREV2_WORD = T('w-2=');
const H_PREV_SHAPE = T('ps2=');
const H_NEXT_S2 = T('ns2=');
const H_NEXT_P2 = T('np2=');
/** Heads whose value is a whole word (or one less its proclitics), a prefix, a suffix. */
export const WORD_HEADS: Head[] = ['w=', 'f=', 'x=', 'f-1=', 'f+1=', 'f-2=', 'f+2=', 'w-1=', 'w+1=', 'w-2='];
export const PREFIX_HEADS: Head[] = ['p1=', 'p2=', 'p3=', 'p4=', 'bp2=', 'bp3=', 'np2='];
export const SUFFIX_HEADS: Head[] = ['s1=', 's2=', 's3=', 's4=', 'ps2=', 'ns2='];
/** Each head's place among its family's heads (-1: not in a family). */
export const SLOT = HEADS.map((h) => {
  for (const family of [WORD_HEADS, PREFIX_HEADS, SUFFIX_HEADS]) if (family.includes(h)) return family.indexOf(h);
  return -1;
});

/** A word's features as a neighbour, in the order FORM_PARTS are kept. */
export const AS_PREV = 0;
export const AS_NEXT = 1;
export const AS_PREV2 = 2;
export const AS_NEXT2 = 3;
export const AS_PREV_WORD = 4;
export const AS_NEXT_WORD = 5;
export const AS_PREV2_WORD = 6;
export const AS_PREV_SHAPE = 7;
export const FORM_PARTS = 8;

/**
 * Where a form's features go: a string list, or ids looked up one way or another. Each feature
 * is its head + a value; the methods say how the value is taken from the word.
 */
export interface FormWriter {
  /** The value itself (a word, a word less its proclitics, a kind). */
  word(head: number, value: string): void;
  /** s.slice(0, k). */
  prefix(head: number, s: string, k: number): void;
  /** s.slice(-k). */
  suffix(head: number, s: string, k: number): void;
  /** No value ("al", "wa", "nsh"). */
  flag(head: number): void;
  /** "len=" + n. */
  length(n: number): void;
  /** "vs=" + vowelShape(b). */
  shape(b: string): void;
  /** "cl=" + the word's kind. */
  clitic(kind: Kind): void;
  /** A neighbour part (AS_PREV ...) that the word lacks. */
  none(): void;
}

/** The features of a word that depend on its form only: its own, then as a neighbour. */
export function writeOwn(w: Word, open: boolean, inVocab: boolean, kind: Kind, out: FormWriter): void {
  const fw = w.f;
  const s = w.stem;
  if (inVocab) out.word(H_W, s);
  if (open) {
    out.suffix(H_S2, s, 2);
    out.suffix(H_S3, s, 3);
    out.prefix(H_P2, s, 2);
    out.length(Math.min(s.length, 9));
    if (s.startsWith('ال')) out.flag(H_AL);
    if (s.startsWith('و')) out.flag(H_WA);
    if (!surnameShaped(w)) out.flag(H_NSH);
    // (An open word is never empty, so its first letter is s.slice(0, 1).)
    out.prefix(H_P1, s, 1);
    out.suffix(H_S1, s, 1);
    out.prefix(H_P3, s, 3);
    // The stem without a leading proclitic ("وشارون" -> "شارون"), and its letter n-grams:
    // transliterated names end in "وف", "سكي", "يتش" and carry long vowels (ا و ي) throughout.
    const b = lessProclitic(s) ?? s;
    if (b !== s) {
      out.prefix(H_BP2, b, 2);
      out.prefix(H_BP3, b, 3);
    }
    out.suffix(H_S4, b, 4);
    out.prefix(H_P4, b, 4);
    out.shape(b);
  } else {
    out.suffix(H_S2, fw, 2);
    out.suffix(H_S3, fw, 3);
    out.prefix(H_P2, fw, 2);
    out.prefix(H_P3, fw, 3);
  }
  // Lexical features learned from the training corpus: the word itself and without a proclitic.
  // Rare ones are pruned in training.
  out.word(H_F, fw);
  if (fw.length > 3 && PROCLITIC.test(fw)) out.word(H_X, fw.slice(1));
  if (fw.length > 4 && TWO_PROCLITICS.test(fw)) out.word(H_X, fw.slice(2));
  // A name read after a proclitic ("بركان" as ب + "ركان") is weaker evidence than a bare one.
  if (w.skip > 0) out.clitic(kind);
}
/** The word's FORM_PARTS, in order (none() for a part it lacks). */
export function writeParts(w: Word, open: boolean, inVocab: boolean, out: FormWriter): void {
  out.word(H_PREV, w.f);
  out.word(H_NEXT, w.f);
  out.word(H_PREV2, w.f);
  out.word(H_NEXT2, w.f);
  for (const h of [H_PREV_WORD, H_NEXT_WORD, H_PREV2_WORD]) {
    if (inVocab) out.word(h, w.stem);
    else out.none();
  }
  if (open) out.suffix(H_PREV_SHAPE, w.stem, 2);
  else out.none();
}
/** The word's shape as the next word (asNextShape). */
export function writeNextShape(w: Word, open: boolean, out: FormWriter): void {
  if (!open) return;
  out.suffix(H_NEXT_S2, w.stem, 2);
  out.prefix(H_NEXT_P2, w.stem, 2);
}

/** Long vowels as V, other letters as C, runs of C merged: "شارون" -> "CVCVC". */
function vowelShape(w: string): string {
  let out = '';
  for (const ch of w.length > 10 ? w.slice(0, 10) : w) {
    const c = ch === 'ا' || ch === 'و' || ch === 'ي' ? 'V' : 'C';
    if (!(c === 'C' && out.endsWith('C'))) out += c;
  }
  return out;
}
const LONG_VOWELS = new Set(['ا', 'و', 'ي'].map((c) => c.charCodeAt(0)));
/**
 * vowelShape as a number (a leading 1, then a bit per letter: 1 for V, 0 for C), built without
 * a string. Code units stand for characters: the vowels are single units, and a character of two
 * units would give two Cs, which merge into one as the single C it makes in vowelShape.
 */
export function shapeCode(w: string): number {
  let code = 1;
  let lastC = false;
  for (let i = 0, n = Math.min(w.length, 10); i < n; i++) {
    const v = LONG_VOWELS.has(w.charCodeAt(i));
    if (!v && lastC) continue;
    code = code * 2 + (v ? 1 : 0);
    lastC = !v;
  }
  return code;
}
/** The same number from a vowelShape string ("CVC"), -1 for a string no word has. */
export function shapeCodeOf(shape: string): number {
  let code = 1;
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] !== 'C' && shape[i] !== 'V') return -1;
    code = code * 2 + (shape[i] === 'V' ? 1 : 0);
  }
  return shape.length <= 10 ? code : -1;
}

/** A form's features as strings (training and tests read them). */
export interface FormStrings {
  own: string[];
  /** By FORM_PARTS index; undefined for a part the word lacks. */
  parts: Array<string | undefined>;
  nextShape: string[];
}
/** Features as strings, or (StringIdWriter) each string's id. */
export abstract class TextWriter implements FormWriter {
  protected abstract text(f: string): void;
  abstract none(): void;
  word(head: number, value: string): void {
    this.text(HEADS[head] + value);
  }
  prefix(head: number, s: string, k: number): void {
    this.text(HEADS[head] + s.slice(0, k));
  }
  suffix(head: number, s: string, k: number): void {
    this.text(HEADS[head] + s.slice(-k));
  }
  flag(head: number): void {
    this.text(HEADS[head]!);
  }
  length(n: number): void {
    this.text(`len=${n}`);
  }
  shape(b: string): void {
    this.text(`vs=${vowelShape(b)}`);
  }
  clitic(kind: Kind): void {
    this.text(`cl=${kind}`);
  }
}
export class StringWriter extends TextWriter {
  list: Array<string | undefined> = [];
  protected text(f: string): void {
    this.list.push(f);
  }
  none(): void {
    this.list.push(undefined);
  }
  take(): Array<string | undefined> {
    const list = this.list;
    this.list = [];
    return list;
  }
}
