/**
 * Arabic person mentions. Arabic has no capitals, so a name is found from what surrounds it:
 * a given name from the lexicon ("ديمتري", "محمد", "عبد الله"), a title or role before it
 * ("الرئيس الروسي", "المتحدث باسم الكرملين"), or a verb of saying right before a bare surname
 * ("وقال بلير"). A name then runs over further name words and at most one unknown word (the
 * surname). Proclitics (و ف ب ل ك) are read off the first word and left out of the span.
 */
import { foldArabic } from '../text/arabic';
import * as LEX from './data/ar-lexicon';
import { linkMentions, type RawMention, type Restemmer } from './link';
import { tokenize, type Token } from './tokens';
import type { PersonMention } from '../types';

/** Longest role phrase, in words, between a title and the name ("زعيم البيت الأبيض آنذاك"). */
const MAX_ROLE_WORDS = 6;
/** Words a name may hold (long Mauritanian and Gulf chains with "ولد"/"بن" reach eight). */
const MAX_NAME_WORDS = 8;
/** Shortest bare word (folded) taken as a later mention of a known surname. */
const MIN_BARE_SURNAME = 3;
/** Whether a later bare given name ("معاوية", "محمد") may stand for a person named in full. */
const GIVEN_ALONE = false;
/** Shortest word left after reading off a proclitic ("وأم" is no و + "أم"). */
const MIN_CLITIC_STEM = 3;
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
/** A word carrying a conjunction or preposition ("ورايس", "لإقناعهم") does not continue a name. */
const CLITIC_SHAPE = /^(?:و|بال|لل)/;
/** The same for "لإقناعهم", "لأجل", tested on the unfolded word (folding would hide the hamza). */
const RAW_CLITIC_SHAPE = /^ل[إأ]/;
const ARABIC_WORD = /^[\u0621-\u064A\u0671-\u06D3]+$/;

function wordSet(list: string): Set<string> {
  const set = new Set<string>();
  for (const w of list.split(/\s+/)) if (w) set.add(foldArabic(w));
  return set;
}

interface Lexicon {
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
/** Built on first use and kept for the life of the page. */
function lex(): Lexicon {
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
interface Word {
  /** Folded whole word. */
  f: string;
  /** Folded word without its proclitic, when the bare form is a known name or title word. */
  stem: string;
  /** Original characters to skip at the start for the proclitic. */
  skip: number;
}

const CLITIC_READINGS: Array<[RegExp, number]> = [
  [/^[وف][بلك]/, 2],
  [/^[وفبلك]/, 1],
];

/** Original-text offset after `letters` folded letters (harakat on a clitic are skipped too). */
function skipLetters(raw: string, letters: number): number {
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

type Kind = 'given' | 'ambiguous' | 'link' | 'head' | 'tail' | 'unknown' | 'stop' | 'punct';

/** Prepositions written with alef maqsura: folding makes "على" look like the name "علي". */
const MAQSURA_PREPOSITIONS = new Set(['على', 'إلى', 'الى', 'حتى', 'لدى', 'متى']);

function kindOf(L: Lexicon, t: Token, w: Word): Kind {
  if (!t.word) return 'punct';
  if (MAQSURA_PREPOSITIONS.has(t.text)) return 'stop';
  const s = w.stem;
  if (L.given.has(s) || (s.startsWith('عبد') && s.length > 4 && s.slice(3).startsWith('ال'))) return 'given';
  if (L.heads.has(s)) return 'head';
  if (L.ambiguous.has(s)) return 'ambiguous';
  if (L.links.has(s)) return 'link';
  if (L.tails.has(s)) return 'tail';
  if (L.stop.has(s) || L.titles.has(s) || L.speech.has(s) || L.notPeople.has(s) || L.roleTails.has(s)) return 'stop';
  if (!ARABIC_WORD.test(s) || s.length < 2) return 'stop';
  if (PREP_ARTICLE.test(s)) return 'stop';
  return 'unknown';
}

/** Whether an unknown word may be a surname: not a common-noun or verb shape. */
function surnameShaped(w: Word): boolean {
  // Article surnames often end in ة ("السنيورة"); bare words ending so are mostly nouns.
  if (w.stem.startsWith('ال')) return !PLURAL_ENDING.test(w.stem) || /(?:ين)$/.test(w.stem);
  return !NOT_SURNAME_ENDING.test(w.stem) && !VERB_SHAPE.test(w.stem);
}

interface Parsed {
  end: number; // token index after the name
  key: string[];
}

/** Word readings by surface form: news repeats its words, and folding each anew is the cost. */
const READ_CACHE = new Map<string, { word: Word; kind: Kind }>();
/** Bound on the cache, so a long session does not keep every word it ever saw. */
const READ_CACHE_MAX = 50_000;

function read(L: Lexicon, t: Token): { word: Word; kind: Kind } {
  const hit = READ_CACHE.get(t.text);
  if (hit) return hit;
  const word = readWord(L, t);
  const entry = { word, kind: kindOf(L, t, word) };
  if (READ_CACHE.size >= READ_CACHE_MAX) READ_CACHE.clear();
  READ_CACHE.set(t.text, entry);
  return entry;
}

export function detectArabicPeople(text: string): PersonMention[] {
  const L = lex();
  const tokens = tokenize(text);
  const words: Word[] = new Array(tokens.length);
  const kinds: Kind[] = new Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const r = read(L, tokens[k]!);
    words[k] = r.word;
    kinds[k] = r.kind;
  }
  const n = tokens.length;
  const sameLine = (i: number) => i < n && !tokens[i]!.newline;

  /** Whether a name may end before token i: end of line, punctuation or an Arabic function word. */
  function boundaryAt(i: number): boolean {
    if (i >= n || !sameLine(i)) return true;
    if (!tokens[i]!.word) return true;
    return kinds[i] === 'stop' && ARABIC_WORD.test(words[i]!.f);
  }

  function foreign(i: number): boolean {
    return FOREIGN.has(words[i]!.stem);
  }

  /** A name unit at i: "عبد الله", "أبو مازن", "نور الدين", or one given word. */
  function unit(i: number): { end: number; key: string; kind: Kind } | null {
    const k = kinds[i];
    if (k === 'head' && i + 1 < n && sameLine(i + 1)) {
      const next = kinds[i + 1];
      if (next === 'head') {
        const inner = unit(i + 1);
        if (inner) return { end: inner.end, key: words[i]!.stem + ' ' + inner.key, kind: 'given' };
      }
      // "أبي طالب": after a kunya head any content word is the name ("طالب" is also a verb).
      const content = next === 'stop' && tokens[i + 1]!.word && ARABIC_WORD.test(words[i + 1]!.f) && !L.stop.has(words[i + 1]!.f);
      if (next === 'given' || next === 'ambiguous' || next === 'unknown' || next === 'tail' || content) {
        return { end: i + 2, key: words[i]!.stem + ' ' + words[i + 1]!.f, kind: 'given' };
      }
      return null;
    }
    if (k === 'given' || k === 'ambiguous') {
      if (i + 1 < n && sameLine(i + 1) && kinds[i + 1] === 'tail') {
        return { end: i + 2, key: words[i]!.stem + ' ' + words[i + 1]!.f, kind: 'given' };
      }
      return { end: i + 1, key: words[i]!.stem, kind: k };
    }
    return null;
  }

  /** The name starting at token i; `free` lets it start on an unknown word (after a title). */
  function parseName(i: number, free: boolean): Parsed | null {
    let first = unit(i);
    if (!first) {
      if (!free || kinds[i] !== 'unknown' || !surnameShaped(words[i]!)) return null;
      first = { end: i + 1, key: words[i]!.stem, kind: 'unknown' };
    }
    const key = [first.key];
    let j = first.end;
    let named = first.kind === 'given' ? 1 : 0;
    let unknowns = first.kind === 'unknown' ? 1 : 0;
    while (j < n && sameLine(j) && key.length < MAX_NAME_WORDS) {
      // "مدحت عبدالهادي واحمد البكري": a word with a proclitic starts a new name.
      if (words[j]!.skip > 0) break;
      const u = unit(j);
      if (u) {
        key.push(u.key);
        if (u.kind === 'given') named++;
        j = u.end;
        continue;
      }
      if (L.ordinals.has(words[j]!.f) && (named > 0 || first.kind !== 'unknown')) {
        key.push(words[j]!.f);
        j++;
        if (j < n && sameLine(j) && words[j]!.f === 'عشر') {
          key.push('عشر');
          j++;
        }
        break;
      }
      const k = kinds[j];
      if (k === 'link' && j + 1 < n && sameLine(j + 1)) {
        // A lineage link ("بن", "ولد") is itself proof of a name chain: "علي بن أبي طالب".
        const after = unit(j + 1);
        if (after) {
          key.push(words[j]!.f, after.key);
          j = after.end;
          named++;
          continue;
        }
        if (kinds[j + 1] === 'unknown') {
          key.push(words[j]!.f, words[j + 1]!.f);
          j += 2;
          named++;
          continue;
        }
        break;
      }
      // One unknown word is the surname; after two name words it must carry the article
      // ("صدام حسين التكريتي"), since a bare one there is mostly the verb ("صدام حسين يشكل").
      const fullAlready = (key.length >= 2 || first.key.includes(' ')) && !foreign(i);
      const cont = k === 'unknown' && !CLITIC_SHAPE.test(words[j]!.f) && !RAW_CLITIC_SHAPE.test(tokens[j]!.text);
      if (cont && unknowns === 0 && surnameShaped(words[j]!) && (!fullAlready || words[j]!.f.startsWith('ال'))) {
        key.push(words[j]!.f);
        unknowns++;
        j++;
        // Foreign names run to two unknown words when a boundary follows ("فيليب دوست بلازي").
        const next = words[j];
        if (foreign(i) && next && kinds[j] === 'unknown' && !/^(?:ال|[وف])/.test(next.f) && surnameShaped(next) && boundaryAt(j + 1)) {
          key.push(words[j]!.f);
          j++;
        }
        continue;
      }
      // A second unknown word only after a title-led unknown, and only when a boundary follows.
      if (cont && first.kind === 'unknown' && unknowns === 1 && key.length === 1 && surnameShaped(words[j]!)) {
        if (boundaryAt(j + 1)) {
          key.push(words[j]!.f);
          j++;
        }
      }
      break;
    }
    // An ambiguous given name ("علي", "حسن") is an everyday word unless a title stands before it
    // or a sure name word follows ("علي عبد الله"): "على إجراء" and "علي الرغم" are no names.
    if (first.kind === 'ambiguous' && named === 0) {
      if (!free) return null;
      return { end: first.end, key: [first.key] };
    }
    return { end: j, key };
  }

  /** The role phrase ending right before token `start` (a title plus its modifiers), if any. */
  function roleBefore(start: number): string | undefined {
    let j = start - 1;
    if (j >= 0 && tokens[j]!.text === '،' || (j >= 0 && tokens[j]!.text === ',')) j--;
    const last = j;
    let head = -1;
    for (let steps = 0; j >= 0 && steps < MAX_ROLE_WORDS; j--, steps++) {
      if (!tokens[j]!.word || taken[j]) break;
      const s = words[j]!.stem;
      if (L.titles.has(s)) head = j;
      else if (L.speech.has(s) || (L.stop.has(s) && !L.roleTails.has(s))) break;
      if (tokens[j]!.newline) break;
    }
    if (head < 0) return undefined;
    return text.slice(tokens[head]!.start + words[head]!.skip, tokens[last]!.end);
  }

  /** After a title at i, where its phrase ends and the name may start. */
  function afterTitle(i: number): number {
    // A sure given name a few words on wins: "مسؤول أمني روسي كبير، ديمتري ميدفيديف".
    for (let k = i + 1; k < n && k <= i + MAX_ROLE_WORDS + 1 && sameLine(k); k++) {
      if (kinds[k] === 'given' || kinds[k] === 'head') return k;
      const t = tokens[k]!;
      if (!t.word && t.text !== '،' && t.text !== ',') break;
      if (t.word && (L.stop.has(words[k]!.stem) && !L.titles.has(words[k]!.stem) && !L.roleTails.has(words[k]!.stem))) break;
      if (t.word && L.speech.has(words[k]!.stem)) break;
    }
    let j = i + 1;
    let steps = 0;
    while (j < n && sameLine(j) && steps < MAX_ROLE_WORDS && tokens[j]!.word) {
      const w = words[j]!;
      const s = w.stem;
      const phrase =
        s.startsWith('ال') && kinds[j] !== 'given'
          ? !L.stop.has(s) || L.titles.has(s) || L.roleTails.has(s)
          : L.roleNouns.has(s) || L.roleTails.has(s) || L.titles.has(s) || L.notPeople.has(s);
      if (!phrase) break;
      j++;
      steps++;
    }
    if (j < n && (tokens[j]!.text === '،' || tokens[j]!.text === ',')) j++;
    return j;
  }

  const found: RawMention[] = [];
  /** Token index after each found mention, for the coordination pass. */
  const ends: number[] = [];
  const taken = new Uint8Array(n);
  const add = (i: number, p: Parsed) => {
    ends.push(p.end);
    for (let k = i; k < p.end; k++) taken[k] = 1;
    const mention: RawMention = {
      start: tokens[i]!.start + words[i]!.skip,
      end: tokens[p.end - 1]!.end,
      key: p.key,
    };
    const role = roleBefore(i);
    if (role) mention.role = role;
    found.push(mention);
  };

  for (let i = 0; i < n; i++) {
    if (taken[i] || !tokens[i]!.word) continue;
    const s = words[i]!.stem;
    if (L.titles.has(s)) {
      const j = afterTitle(i);
      if (j < n && !taken[j] && sameLine(j)) {
        const p = parseName(j, true);
        // A title-led unknown word is a name only when the sentence moves on right after it.
        const weak = kinds[j] === 'unknown' || (kinds[j] === 'ambiguous' && p?.key.length === 1);
        if (p && (!weak || boundaryAt(p.end) || kinds[p.end] === 'given')) {
          add(j, p);
          i = p.end - 1;
          continue;
        }
      }
      continue;
    }
    const cue = L.speech.has(s) || L.personNouns.has(s);
    if (cue && i + 1 < n && sameLine(i + 1) && kinds[i + 1] === 'unknown' && !/^(?:ال|و)/.test(words[i + 1]!.f)) {
      if (boundaryAt(i + 2)) {
        const p = parseName(i + 1, true);
        if (p) {
          add(i + 1, p);
          i = p.end - 1;
        }
      }
      continue;
    }
    const p = parseName(i, false);
    if (p) {
      add(i, p);
      i = p.end - 1;
    }
  }

  // "بوش وبلير", "الحسن والحسين": a bare word joined by و to a person, with the sentence moving
  // on right after it, is a second person.
  for (const j of [...ends]) {
    if (j >= n || !sameLine(j) || taken[j]) continue;
    const f = words[j]!.f;
    if (!f.startsWith('و') || f.length < 4) continue;
    const bare = f.slice(1);
    if (L.stop.has(bare) || L.notPeople.has(bare) || L.titles.has(bare) || !ARABIC_WORD.test(bare)) continue;
    if (!boundaryAt(j + 1)) continue;
    taken[j] = 1;
    found.push({ start: tokens[j]!.start + skipLetters(tokens[j]!.text, 1), end: tokens[j]!.end, key: [bare], anchor: false });
  }

  const stems: Restemmer = {
    isParticle: (k) => L.links.has(k) || L.ambiguous.has(k) || L.heads.has(k),
    givenNameAlone: GIVEN_ALONE,
    readings(t, _all, index) {
      const w = words[index]!;
      if (kinds[index] === 'stop') return [];
      const out: Array<{ skip: number; key: string }> = [];
      if (w.f.length >= MIN_BARE_SURNAME && !L.stop.has(w.f)) out.push({ skip: 0, key: w.f });
      for (const [re, k] of CLITIC_READINGS) {
        if (re.test(w.f) && w.f.length - k >= MIN_BARE_SURNAME) out.push({ skip: skipLetters(t.text, k), key: w.f.slice(k) });
      }
      return out;
    },
  };
  return linkMentions(text, tokens, found, stems);
}
