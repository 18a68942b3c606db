/**
 * How the Arabic person detector reads one word: folded (core/text/arabic.ts), with a proclitic
 * (و ف ب ل ك) read off when what remains is a known name or title, and sorted into a kind
 * (given name, kunya head, lineage link, function word, unknown word ...) from the lexicons in
 * data/ar-lexicon.ts. Readings are cached by surface form.
 */
import { foldArabic } from '../text/arabic';
import * as LEX from './data/ar-lexicon';
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
export const ARABIC_WORD = /^[\u0621-\u064A\u0671-\u06D3]+$/;

function wordSet(list: string): Set<string> {
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
}

export const CLITIC_READINGS: Array<[RegExp, number]> = [
  [/^[وف][بلك]/, 2],
  [/^[وفبلك]/, 1],
];

/** Original-text offset after `letters` folded letters (harakat on a clitic are skipped too). */
export function skipLetters(raw: string, letters: number): number {
  let i = 0;
  let seen = 0;
  while (i < raw.length && seen < letters) {
    if (foldArabic(raw[i]!) !== '') seen++;
    i++;
  }
  while (i < raw.length && foldArabic(raw[i]!) === '') i++;
  return i;
}

function isKnown(L: Lexicon, w: string): boolean {
  return L.given.has(w) || L.ambiguous.has(w) || L.titles.has(w) || L.heads.has(w) || w.startsWith('عبد');
}

function readWord(L: Lexicon, t: Token): Word {
  const f = foldArabic(t.text);
  if (isKnown(L, f) || L.stop.has(f) || L.speech.has(f)) return { f, stem: f, skip: 0 };
  // "للرئيس" is ل + الرئيس with the article's alef elided.
  if (/^[وف]?لل/.test(f)) {
    const at = f.indexOf('لل');
    const stem = 'ال' + f.slice(at + 2);
    if (L.titles.has(stem)) return { f, stem, skip: skipLetters(t.text, at + 1) };
  }
  for (const [re, n] of CLITIC_READINGS) {
    if (!re.test(f) || f.length - n < MIN_CLITIC_STEM) continue;
    const stem = f.slice(n);
    // "لجان" is no ل + "جان": a bare given name needs MIN_CLITIC_GIVEN letters after the clitic.
    if (L.given.has(stem) && stem.length < MIN_CLITIC_GIVEN) continue;
    if (isKnown(L, stem)) return { f, stem, skip: skipLetters(t.text, n) };
  }
  return { f, stem: f, skip: 0 };
}

export type Kind = 'given' | 'ambiguous' | 'link' | 'head' | 'tail' | 'unknown' | 'stop' | 'punct';

/** Prepositions written with alef maqsura: folding makes "على" look like the name "علي". */
const MAQSURA_PREPOSITIONS = new Set(['على', 'إلى', 'الى', 'حتى', 'لدى', 'متى']);

function kindOf(L: Lexicon, t: Token, w: Word): Kind {
  if (!t.word) return 'punct';
  if (MAQSURA_PREPOSITIONS.has(t.text) || MAQSURA_PREPOSITIONS.has(t.text.replace(/^[وف]/, ''))) return 'stop';
  const s = w.stem;
  if (L.given.has(s) || (s.startsWith('عبد') && s.length > 4 && s.slice(3).startsWith('ال'))) return 'given';
  if (L.heads.has(s)) return 'head';
  if (L.ambiguous.has(s)) return 'ambiguous';
  if (L.links.has(s)) return 'link';
  if (L.tails.has(s)) return 'tail';
  if (L.stop.has(s) || L.titles.has(s) || L.speech.has(s) || L.notPeople.has(s) || L.roleTails.has(s)) return 'stop';
  // "وفي", "فإن", "ولكن": a conjunction glued to a function word is a function word.
  if (CONJ.test(s) && L.stop.has(s.slice(1))) return 'stop';
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
