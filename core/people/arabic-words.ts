/**
 * How the Arabic person detector reads one word: folded (core/text/arabic.ts), with a proclitic
 * (و ف ب ل ك) read off when what remains is a known name or title, and sorted into a kind
 * (given name, kunya head, lineage link, function word, unknown word ...) from the lexicons in
 * data/ar-lexicon.ts. Readings are cached by surface form.
 */
import { foldArabic, foldChar } from '../text/arabic';
import * as LEX from './data/ar-lexicon';
import type { FormMemo } from './arabic-features';
import type { Token } from './tokens';

/** Shortest word left after reading off a proclitic ("وأم" is no و + "أم"). */
export const MIN_CLITIC_STEM = 3;
/** Shortest given name read after a proclitic: "لجان" is a word, not ل + "جان". */
const MIN_CLITIC_GIVEN = 4;
/** Plural and dual endings: an article word with one is a common noun ("الخبراء" aside). */
const PLURAL_ENDING = /(?:ون|ات|ان|يون|ين)$/;
/** Prefixes that glue a preposition to the article: such a word is never a name word. */
const PREP_ARTICLE = /^(?:بال|لل|وال|فال|كال|وبال|ولل)/;
/** Feminine and plural endings of common nouns and verbs that end a surname guess. */
const NOT_SURNAME_ENDING = /(?:ه|وا|تم|تن)$/;
/** Four-letter imperfect verbs ("يشكل", "تؤدي") and است- verbs ("استطاع") right after a name. */
const VERB_SHAPE = /^(?:[يت][\u0621-\u064A]{3}|است[\u0621-\u064A]{2,})$/;
/** The conjunctions و and ف, glued to the next word. */
const CONJ = /^[وف]/;
/** A leading conjunction or preposition (و ف ب ل ك), and two of them ("وب", "فل"). */
export const PROCLITIC = /^[وفبلك]/;
export const TWO_PROCLITICS = /^[وف][بلك]/;
export const ARABIC_WORD = /^[\u0621-\u064A\u0671-\u06D3]+$/;

/** The folded words of a space-separated list. */
export function wordSet(list: string): Set<string> {
  const set = new Set<string>();
  for (const w of list.split(/\s+/)) if (w) set.add(foldArabic(w));
  return set;
}

export interface Lexicon {
  given: Set<string>;
  ambiguous: Set<string>;
  links: Set<string>;
  heads: Set<string>;
  tails: Set<string>;
  titles: Set<string>;
  roleNouns: Set<string>;
  roleTails: Set<string>;
  speech: Set<string>;
  personNouns: Set<string>;
  ordinals: Set<string>;
  stop: Set<string>;
  notPeople: Set<string>;
}

let lexicon: Lexicon | undefined;
let FOREIGN: Set<string> = new Set();
/** Whether a word is a transliterated foreign given name (those run to longer surnames). */
export function isForeign(stem: string): boolean {
  return FOREIGN.has(stem);
}
/** Built on first use and kept for the life of the page. */
export function lex(): Lexicon {
  if (lexicon) return lexicon;
  const ambiguous = wordSet(LEX.GIVEN_AMBIGUOUS);
  const given = wordSet(LEX.GIVEN_ARABIC + ' ' + LEX.GIVEN_FOREIGN);
  for (const w of ambiguous) given.delete(w);
  FOREIGN = wordSet(LEX.GIVEN_FOREIGN);
  lexicon = {
    given,
    ambiguous,
    links: wordSet(LEX.NAME_LINKS),
    heads: wordSet(LEX.NAME_HEADS),
    tails: wordSet(LEX.COMPOUND_TAILS),
    titles: wordSet(LEX.TITLES),
    roleNouns: wordSet(LEX.ROLE_NOUNS),
    roleTails: wordSet(LEX.ROLE_TAILS),
    speech: wordSet(LEX.SPEECH_VERBS),
    personNouns: wordSet(LEX.PERSON_NOUNS),
    ordinals: wordSet(LEX.ORDINALS),
    stop: wordSet(LEX.STOP),
    notPeople: wordSet(LEX.NOT_PEOPLE),
  };
  return lexicon;
}

/** One word as the detector sees it: folded, with any proclitic read off. */
export interface Word {
  /** Folded whole word. */
  f: string;
  /** Folded word without its proclitic, when the bare form is a known name or title word. */
  stem: string;
  /** Original characters to skip at the start for the proclitic. */
  skip: number;
  /**
   * What the tagger works out once per word form (arabic-features.ts), kept with the reading:
   * the one cache lookup per token serves both.
   */
  memo?: FormMemo;
}

/** Proclitic readings of a word, longest first: the pattern and how many letters it takes. */
export const CLITIC_READINGS: Array<[RegExp, number]> = [
  [TWO_PROCLITICS, 2],
  [PROCLITIC, 1],
];

/**
 * A folded word less a leading proclitic letter when more than MIN_CLITIC_STEM letters remain
 * ("وشارون" -> "شارون"), for looking the bare word up; undefined otherwise.
 */
export function lessProclitic(f: string): string | undefined {
  return f.length > MIN_CLITIC_STEM + 1 && PROCLITIC.test(f) ? f.slice(1) : undefined;
}

/** Original-text offset after `letters` folded letters (harakat on a clitic are skipped too). */
export function skipLetters(raw: string, letters: number): number {
  let i = 0;
  let seen = 0;
  while (i < raw.length && seen < letters) {
    if (foldOfUnit(raw.charCodeAt(i)) !== FOLD_REMOVED) seen++;
    i++;
  }
  while (i < raw.length && foldOfUnit(raw.charCodeAt(i)) === FOLD_REMOVED) i++;
  return i;
}

/**
 * How foldArabic treats each UTF-16 unit, asked of foldChar the first time the unit is met:
 * folding is one unit at a time (see core/text/arabic.ts), so a word none of whose units change
 * folds to itself, and most words need no new string.
 */
const FOLD_UNKNOWN = 0;
const FOLD_SAME = 1;
const FOLD_CHANGED = 2;
const FOLD_REMOVED = 3;
const FOLD_OF_UNIT = new Uint8Array(0x10000);
function foldOfUnit(code: number): number {
  let how = FOLD_OF_UNIT[code]!;
  if (how === FOLD_UNKNOWN) {
    const ch = String.fromCharCode(code);
    const folded = foldChar(ch);
    how = folded === ch ? FOLD_SAME : folded === '' ? FOLD_REMOVED : FOLD_CHANGED;
    FOLD_OF_UNIT[code] = how;
  }
  return how;
}
/** foldArabic(text), without building a string when nothing folds. */
function fold(text: string): string {
  for (let i = 0; i < text.length; i++) if (foldOfUnit(text.charCodeAt(i)) !== FOLD_SAME) return foldArabic(text);
  return text;
}

/**
 * The lexicon lists each word is on, as bits: one lookup answers what took a dozen Set lookups
 * per new word (the cost of reading text the detector has not seen).
 */
const ON_GIVEN = 1 << 0;
const ON_AMBIGUOUS = 1 << 1;
const ON_TITLES = 1 << 2;
const ON_HEADS = 1 << 3;
const ON_STOP = 1 << 4;
const ON_SPEECH = 1 << 5;
const ON_LINKS = 1 << 6;
const ON_TAILS = 1 << 7;
const ON_NOT_PEOPLE = 1 << 8;
const ON_ROLE_TAILS = 1 << 9;
const ON_ROLE_NOUNS = 1 << 10;
const ON_PERSON_NOUNS = 1 << 11;
const ON_ORDINALS = 1 << 12;
const ON_FOREIGN = 1 << 13;
const KNOWN = ON_GIVEN | ON_AMBIGUOUS | ON_TITLES | ON_HEADS;
const STOP_KIND = ON_STOP | ON_TITLES | ON_SPEECH | ON_NOT_PEOPLE | ON_ROLE_TAILS;
let flagsFor: Lexicon | undefined;
let FLAGS = new Map<string, number>();
function lexFlags(L: Lexicon, w: string): number {
  if (flagsFor !== L) {
    flagsFor = L;
    FLAGS = new Map();
    const lists: Array<[Set<string>, number]> = [
      [L.given, ON_GIVEN], [L.ambiguous, ON_AMBIGUOUS], [L.titles, ON_TITLES], [L.heads, ON_HEADS], [L.stop, ON_STOP],
      [L.speech, ON_SPEECH], [L.links, ON_LINKS], [L.tails, ON_TAILS], [L.notPeople, ON_NOT_PEOPLE],
      [L.roleTails, ON_ROLE_TAILS], [L.roleNouns, ON_ROLE_NOUNS], [L.personNouns, ON_PERSON_NOUNS],
      [L.ordinals, ON_ORDINALS], [FOREIGN, ON_FOREIGN],
    ];
    for (const [list, bit] of lists) for (const x of list) FLAGS.set(x, (FLAGS.get(x) ?? 0) | bit);
  }
  return FLAGS.get(w) ?? 0;
}

/** What the tagger asks of a word's stem: lists and cue class (see arabic-features.ts). */
export interface StemLists {
  /** On one of Gloss's own word lists (function words, titles, roles, name links ...). */
  inVocab: boolean;
  foreign: boolean;
  /** 1 title, 2 verb of saying, 3 person noun, 4 role noun, 0 none. */
  cue: number;
}
const VOCAB_LISTS = ON_STOP | ON_TITLES | ON_SPEECH | ON_PERSON_NOUNS | ON_ROLE_NOUNS | ON_ROLE_TAILS | ON_NOT_PEOPLE | ON_LINKS | ON_HEADS | ON_TAILS | ON_ORDINALS;
export function stemLists(L: Lexicon, stem: string): StemLists {
  const on = lexFlags(L, stem);
  const cue = on & ON_TITLES ? 1 : on & ON_SPEECH ? 2 : on & ON_PERSON_NOUNS ? 3 : on & (ON_ROLE_NOUNS | ON_ROLE_TAILS) ? 4 : 0;
  return { inVocab: (on & VOCAB_LISTS) !== 0, foreign: (on & ON_FOREIGN) !== 0, cue };
}

const isKnown = (on: number, w: string) => (on & KNOWN) !== 0 || w.startsWith('عبد');
/** Letters a proclitic starts with (CLITIC_READINGS need one first). */
const CLITIC_FIRST = new Set(['و', 'ف', 'ب', 'ل', 'ك'].map((c) => c.charCodeAt(0)));

/** Every Word made with the same fields in the same order (one object shape for the JIT). */
export const word = (f: string, stem: string, skip: number): Word => ({ f, stem, skip, memo: undefined });

function readWord(L: Lexicon, t: Token): Word {
  const f = fold(t.text);
  const on = lexFlags(L, f);
  if (isKnown(on, f) || on & (ON_STOP | ON_SPEECH)) return word(f, f, 0);
  if (!CLITIC_FIRST.has(f.charCodeAt(0))) return word(f, f, 0);
  // "للرئيس" is ل + الرئيس with the article's alef elided.
  if (/^[وف]?لل/.test(f)) {
    const at = f.indexOf('لل');
    const stem = 'ال' + f.slice(at + 2);
    if (lexFlags(L, stem) & ON_TITLES) return word(f, stem, skipLetters(t.text, at + 1));
  }
  for (const [re, n] of CLITIC_READINGS) {
    if (!re.test(f) || f.length - n < MIN_CLITIC_STEM) continue;
    const stem = f.slice(n);
    const stemOn = lexFlags(L, stem);
    // "لجان" is no ل + "جان": a bare given name needs MIN_CLITIC_GIVEN letters after the clitic.
    if (stemOn & ON_GIVEN && stem.length < MIN_CLITIC_GIVEN) continue;
    if (isKnown(stemOn, stem)) return word(f, stem, skipLetters(t.text, n));
  }
  return word(f, f, 0);
}

export type Kind = 'given' | 'ambiguous' | 'link' | 'head' | 'tail' | 'unknown' | 'stop' | 'punct';

/** Prepositions written with alef maqsura: folding makes "على" look like the name "علي". */
const MAQSURA_PREPOSITIONS = new Set(['على', 'إلى', 'الى', 'حتى', 'لدى', 'متى']);
const WAW = 'و'.charCodeAt(0);
const FA = 'ف'.charCodeAt(0);

function kindOf(L: Lexicon, t: Token, w: Word): Kind {
  if (!t.word) return 'punct';
  // (The text less a leading و or ف: the same text when it has none.)
  const c0 = t.text.charCodeAt(0);
  if (MAQSURA_PREPOSITIONS.has(t.text) || ((c0 === WAW || c0 === FA) && MAQSURA_PREPOSITIONS.has(t.text.slice(1)))) return 'stop';
  const s = w.stem;
  const on = lexFlags(L, s);
  if (on & ON_GIVEN || (s.startsWith('عبد') && s.length > 4 && s.startsWith('ال', 3))) return 'given';
  if (on & ON_HEADS) return 'head';
  if (on & ON_AMBIGUOUS) return 'ambiguous';
  if (on & ON_LINKS) return 'link';
  if (on & ON_TAILS) return 'tail';
  if (on & STOP_KIND) return 'stop';
  // "وفي", "فإن", "ولكن": a conjunction glued to a function word is a function word.
  if (CONJ.test(s) && lexFlags(L, s.slice(1)) & ON_STOP) return 'stop';
  if (!ARABIC_WORD.test(s) || s.length < 2) return 'stop';
  if (PREP_ARTICLE.test(s)) return 'stop';
  return 'unknown';
}

/** Whether an unknown word may be a surname: not a common-noun or verb shape. */
export function surnameShaped(w: Word): boolean {
  // Article surnames often end in ة ("السنيورة"); bare words ending so are mostly nouns.
  if (w.stem.startsWith('ال')) return !PLURAL_ENDING.test(w.stem) || /(?:ين)$/.test(w.stem);
  return !NOT_SURNAME_ENDING.test(w.stem) && !VERB_SHAPE.test(w.stem);
}

/** Word readings by surface form: news repeats its words, and folding each anew is the cost. */
const READ_CACHE = new Map<string, { word: Word; kind: Kind }>();
/** Bound on the cache, so a long session does not keep every word it ever saw. */
const READ_CACHE_MAX = 50_000;

export function read(L: Lexicon, t: Token): { word: Word; kind: Kind } {
  const hit = READ_CACHE.get(t.text);
  if (hit) return hit;
  const word = readWord(L, t);
  const entry = { word, kind: kindOf(L, t, word) };
  if (READ_CACHE.size >= READ_CACHE_MAX) READ_CACHE.clear();
  READ_CACHE.set(t.text, entry);
  return entry;
}
