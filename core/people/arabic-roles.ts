/**
 * Arabic roles written after a name, in apposition: "ديمتري بيسكوف، المتحدث باسم الكرملين، قال",
 * "التقى بيسكوف، وزير الخارجية الروسي." or "غوتيريش (الأمين العام للأمم المتحدة)". The phrase
 * opens with a comma (or a bracket), starts on a title or role noun from the lexicon, may carry
 * modifiers (nisba adjectives, "باسم ...", an idafa with a place or organisation) and must close
 * within MAX_ROLE_WORDS words on a comma, full stop, quote, bracket or verb of saying. A phrase
 * holding a name, or one that is really the role before the next name ("بوتين، وزير الخارجية
 * سيرغي لافروف،"), is no role of the name before it. The role before a name (rolePhraseBefore,
 * which the rules in arabic.ts read as they find each name) wins.
 */
import type { Analysis } from './arabic-tagger';
import { PROCLITIC } from './arabic-words';
import { tokenAt, type Token } from './tokens';
import { foldArabic } from '../text/arabic';
import type { PersonMention } from '../types';

/** Longest role phrase, in words, before or after a name ("زعيم البيت الأبيض آنذاك"). */
export const MAX_ROLE_WORDS = 6;

/** Shortest name word that marks a phrase as holding a person ("بن" and "أبو" are too common). */
const MIN_NAME_WORD = 3;
/** Punctuation that opens an apposition right after a name. */
const OPENERS = new Set(['،', ',', '(']);
/** Punctuation that closes one opened by a comma ("." and "؟" end the sentence as well). */
const CLOSERS = new Set(['،', ',', '.', '؛', ';', ':', '!', '؟', '?', '"', '«', '»', '“', '”', '-', '–', '—']);
/** Opening quotes and their closing ones ('"' closes itself). */
const QUOTE_PAIRS = new Map([['"', '"'], ['«', '»'], ['“', '”']]);
/**
 * Words that end the phrase without belonging to it: the complementiser after a verb of saying
 * ("قال X، المتحدث باسم الكرملين، إن" without the second comma) and relative pronouns ("الرئيس
 * الروسي الذي وصل أمس": the role is what comes before).
 */
const ENDING_WORDS = new Set(['ان', 'بان', 'الذي', 'التي', 'الذين']);
/** Imperfect and future verb shapes: "يزور", "تبحث", "سيزور". */
const IMPERFECT_VERB = /^(?:[يت]|س[يت])[\u0621-\u064A]{3,}$/;
/** Nisba adjective endings (folded): "تركي", "يمنية". */
const NISBA_ENDING = /يه?$/;
/** Function words that may sit inside a role ("سفير كوبا لدى الأمم المتحدة", "قائد القوات في العراق"). */
export const INNER_WORDS = new Set(['في', 'لدي']);
/** The article, alone or after a preposition ("الخارجية", "للأمم", "بالوكالة"). */
const ARTICLE_WORD = /^(?:[وف]?(?:ال|لل|بال))/;

/**
 * The role phrase right after the name ending before token `end`, if any. `nameWords` are the
 * words of every name found in the text: a phrase holding one holds a person, not a role.
 */
export function roleAfter(a: Analysis, text: string, end: number, nameWords: Set<string>): string | undefined {
  const { L, tokens, words } = a;
  const n = tokens.length;
  const open = tokens[end];
  if (!open || open.word || open.newline || !OPENERS.has(open.text)) return undefined;
  const bracket = open.text === '(';
  const first = end + 1;
  if (first >= n || !tokens[first]!.word || tokens[first]!.newline) return undefined;
  // The phrase starts on the title itself, never on a conjunction ("، ووزير الخارجية").
  if (words[first]!.skip > 0 || !isTitle(a, words[first]!.f)) return undefined;
  let j = first + 1;
  let count = 1;
  for (; j < n; j++) {
    const t = tokens[j]!;
    if (t.newline) break;
    if (!t.word) {
      // A quoted organisation inside the role: 'رئيس " بروتان انتيرناسيونال "'.
      const close = QUOTE_PAIRS.get(t.text);
      const shut = close === undefined ? -1 : quotedEnd(a, j, close, MAX_ROLE_WORDS - count);
      if (shut < 0) break;
      count += shut - j - 1;
      j = shut;
      continue;
    }
    count++;
    const f = words[j]!.f;
    if (L.speech.has(f) || L.speech.has(words[j]!.stem) || ENDING_WORDS.has(f)) break;
    if (count > MAX_ROLE_WORDS || a.taken[j] || isNameWord(a, j, nameWords) || !roleWord(a, j)) return undefined;
  }
  if (a.taken[first] || isNameWord(a, first, nameWords)) return undefined;
  const stop = tokens[j];
  if (stop && !stop.newline && !stop.word) {
    if (bracket ? stop.text !== ')' : !CLOSERS.has(stop.text)) return undefined;
    // "بوتين، المتحدث باسم الكرملين، ديمتري بيسكوف": the phrase is the next name's role.
    if (!bracket && isComma(stop) && startsName(a, j + 1, nameWords)) return undefined;
  } else if (bracket) return undefined; // a bracket left open, or the line ended inside it
  // "المسؤول الدولي في" cut by a quote: a role does not end on a preposition.
  let last = j - 1;
  while (last > first && tokens[last]!.word && INNER_WORDS.has(words[last]!.f)) last--;
  return text.slice(tokens[first]!.start, tokens[last]!.end);
}

/**
 * The index of the quote closing the one at `open`, when only words (at most `budget`, one or
 * more) stand between them on the line; -1 otherwise.
 */
function quotedEnd(a: Analysis, open: number, close: string, budget: number): number {
  const { tokens } = a;
  for (let k = open + 1; k < tokens.length && k - open - 1 <= budget; k++) {
    const t = tokens[k]!;
    if (t.newline) return -1;
    if (t.word) continue;
    return t.text === close && k > open + 1 ? k : -1;
  }
  return -1;
}

/** A title from the lexicon, written with or without the article ("وزير", "الوزير", "خبير"). */
function isTitle(a: Analysis, f: string): boolean {
  const T = a.L.titles;
  return T.has(f) || T.has('ال' + f) || (f.startsWith('ال') && T.has(f.slice(2)));
}

/** Whether word j may continue a role phrase: no clause word (a verb, a pronoun, "من"). */
function roleWord(a: Analysis, j: number): boolean {
  const { L, words, kinds } = a;
  const f = words[j]!.f;
  const s = words[j]!.stem;
  if (L.titles.has(s) || L.roleNouns.has(f) || L.roleTails.has(f) || L.notPeople.has(f) || INNER_WORDS.has(f)) return true;
  // A given name or a kunya head starts another person ("باسم" and "الأمين" are role words above).
  if (kinds[j] === 'given' || kinds[j] === 'head' || kinds[j] === 'link') return false;
  if (f.startsWith('ال') || /^(?:لل|بال)/.test(f)) return true;
  if (L.stop.has(f) || L.stop.has(s)) return false;
  // Imperfect verbs ("يزور", "تبحث") and future ones ("سيزور") end no role: the clause goes on.
  // Nisba adjectives look alike but end in ي or ية ("تركي", "يمنية", folded "يمنيه").
  return NISBA_ENDING.test(f) || !IMPERFECT_VERB.test(f);
}

/** Whether token j is a word of a name the text writes elsewhere ("بوتين", "ولافروف"). */
function isNameWord(a: Analysis, j: number, nameWords: Set<string>): boolean {
  const w = a.words[j]!;
  if (a.L.titles.has(w.f) || a.L.roleNouns.has(w.f) || a.L.notPeople.has(w.f)) return false;
  return nameWords.has(w.f) || nameWords.has(w.stem) || (PROCLITIC.test(w.f) && nameWords.has(w.f.slice(1)));
}

function startsName(a: Analysis, j: number, nameWords: Set<string>): boolean {
  if (j >= a.tokens.length || !a.tokens[j]!.word) return false;
  return a.taken[j] === 1 || a.kinds[j] === 'given' || a.kinds[j] === 'head' || isNameWord(a, j, nameWords);
}

/**
 * Gives a person no role was read for before any of their names the first role written after
 * one of them, on every mention. Runs on linked mentions, so a later bare surname ("قال بيسكوف،
 * المتحدث باسم الكرملين، إن") counts as well; mentions are matched to tokens by their end offset.
 */
export function addRolesAfter(a: Analysis, text: string, mentions: PersonMention[]): void {
  if (mentions.length === 0) return;
  const nameWords = new Set<string>();
  for (const m of mentions) {
    for (const w of m.text.split(/\s+/)) {
      const k = foldArabic(w);
      if (k.length >= MIN_NAME_WORD && !a.L.links.has(k) && !a.L.heads.has(k)) nameWords.add(k);
    }
  }
  const found = new Map<string, string>();
  for (const m of mentions) {
    if (m.role || found.has(m.name)) continue;
    const last = tokenAt(a.tokens, 'end', m.end);
    const role = last < 0 ? undefined : roleAfter(a, text, last + 1, nameWords);
    if (role) found.set(m.name, role);
  }
  for (const m of mentions) {
    const role = found.get(m.name);
    if (role && !m.role) m.role = role;
  }
}

/** How words were read, for the role phrase before a name (arabic.ts reads it while parsing). */
type WordReadings = Pick<Analysis, 'L' | 'words' | 'kinds'>;

/**
 * Whether word j may stand inside a role phrase before a name without a title right before it: a
 * role noun or tail, a place or organisation, an article word ("الخارجية"), a nisba ("روسي"),
 * "في" or "لدى". A plain noun may not: "الرئيس الأمريكي رسالة لبوتين" gives Putin no role.
 */
export function roleModifierBefore(r: WordReadings, j: number): boolean {
  const { L, words, kinds } = r;
  const { f, stem } = words[j]!;
  if (L.roleNouns.has(stem) || L.roleTails.has(stem) || L.notPeople.has(stem) || INNER_WORDS.has(f)) return true;
  if (kinds[j] === 'given' || kinds[j] === 'head' || kinds[j] === 'link') return false;
  return ARTICLE_WORD.test(f) || NISBA_ENDING.test(f);
}

/** A title or role noun without the article, which takes the next noun ("سفير كوبا", "وزراء بريطانيا"). */
export function takesComplement(r: WordReadings, j: number): boolean {
  const { f, stem } = r.words[j]!;
  return (r.L.titles.has(stem) || r.L.roleNouns.has(stem)) && !ARTICLE_WORD.test(f);
}

/** An Arabic or Latin comma, which sets a role phrase off from the name. */
export function isComma(t: Token): boolean {
  return t.text === '،' || t.text === ',';
}

/** What the role phrase before a name is read from: the word readings and the tokens in names. */
type RoleContext = Pick<Analysis, 'L' | 'tokens' | 'words' | 'kinds' | 'taken'>;

/** The role phrase ending right before token `start` (a title plus its modifiers), if any. */
export function rolePhraseBefore(r: RoleContext, text: string, start: number): string | undefined {
  const span = roleSpanBefore(r, start);
  return span && rolePhraseText(r, text, span);
}

/** The text of a role phrase [head, last] from roleSpanBefore, its first word's proclitic left out. */
export function rolePhraseText(r: Pick<Analysis, 'tokens' | 'words'>, text: string, [head, last]: [number, number]): string {
  return text.slice(r.tokens[head]!.start + r.words[head]!.skip, r.tokens[last]!.end);
}

/** Token range [head, last] of the role phrase before token `start`. */
export function roleSpanBefore(r: RoleContext, start: number): [number, number] | undefined {
  const { L, tokens, words, taken } = r;
  let j = start - 1;
  if (j >= 0 && isComma(tokens[j]!)) j--;
  const last = j;
  let head = -1;
  for (let steps = 0; j >= 0 && steps < MAX_ROLE_WORDS; j--, steps++) {
    if (!tokens[j]!.word || taken[j]) break;
    const s = words[j]!.stem;
    if (L.titles.has(s)) head = j;
    else if (L.speech.has(s) || (L.stop.has(s) && !L.roleTails.has(s) && !INNER_WORDS.has(s))) break;
    else if (!roleModifierBefore(r, j) && !(j > 0 && tokens[j - 1]!.word && takesComplement(r, j - 1))) {
      // A plain noun ("الرئيس الأمريكي رسالة لبوتين") is no part of a role: right before the
      // name it means there is none; further left it ends the phrase.
      if (head < 0) return undefined;
      break;
    }
    if (tokens[j]!.newline) break;
  }
  if (head < 0) return undefined;
  return [head, last];
}

/** After a title at i, where its phrase ends and the name may start. */
export function titlePhraseEnd(r: RoleContext, i: number): number {
  const { L, tokens, words, kinds } = r;
  const n = tokens.length;
  const sameLine = (k: number) => k < n && !tokens[k]!.newline;
  // A sure given name a few words on wins: "مسؤول أمني روسي كبير، ديمتري ميدفيديف".
  for (let k = i + 1; k < n && k <= i + MAX_ROLE_WORDS + 1 && sameLine(k); k++) {
    if (kinds[k] === 'given' || kinds[k] === 'head') return k;
    const t = tokens[k]!;
    if (!t.word && !isComma(t)) break;
    if (t.word && (L.stop.has(words[k]!.stem) && !L.titles.has(words[k]!.stem) && !L.roleTails.has(words[k]!.stem))) break;
    if (t.word && L.speech.has(words[k]!.stem)) break;
  }
  let j = i + 1;
  let steps = 0;
  while (j < n && sameLine(j) && steps < MAX_ROLE_WORDS && tokens[j]!.word) {
    const s = words[j]!.stem;
    const phrase =
      s.startsWith('ال') && kinds[j] !== 'given'
        ? !L.stop.has(s) || L.titles.has(s) || L.roleTails.has(s)
        : L.roleNouns.has(s) || L.roleTails.has(s) || L.titles.has(s) || L.notPeople.has(s);
    if (!phrase) break;
    j++;
    steps++;
  }
  if (j < n && isComma(tokens[j]!)) j++;
  return j;
}
