/**
 * One text as the Latin-script person detector reads it: its tokens and what is known of each,
 * the language's word lists, and the mentions found so far. The other latin-*.ts modules take it
 * as their first argument; the word-level tests they share ("can this word sit in a name?") live
 * here.
 */
import type { RawMention } from './link';
import { describeTokens, isMachine, type TokenInfo } from './latin-token-info';
import { wordSetsFor, type WordSets } from './latin-word-lists';
import { tokenize, type Token } from './tokens';

/** Sentence starts seen before a text is judged casual, and the lower-case share it needs. */
const CASUAL_MIN_STARTS = 2;
const CASUAL_LOWER_SHARE = 0.5;
/** Lower-case words before which a given name is part of a place ("san francisco", "st louis"). */
const PLACE_LEADS = new Set(['san', 'santa', 'santo', 'sao', 'são', 'los', 'las', 'st', 'saint', 'fort', 'port', 'mount', 'new', 'lake', 'el']);
const TWO_CAPITALS = /^[A-Z]{2}$/;
/** Particles that make the next capitalised word a name even when it is an everyday word ("bin Laden"). */
export const STRONG_PARTICLES = new Set(['bin', 'ibn', 'bint', 'abu', 'al', 'el']);
const DIGIT = /\d/;

export interface LatinText {
  text: string;
  tokens: Token[];
  info: TokenInfo[];
  n: number;
  S: WordSets;
  /** Casual text ("i think shanna and i ..."): a lower-case given name is a name there. */
  casual: boolean;
  /** Mentions found so far, in the order found. */
  found: RawMention[];
  /** Names that the text gave a storm or a ship: later mentions are no people either. */
  things: Set<string>;
  /**
   * Runs not taken as names that could be ones (a lone unknown word, "Zelvira Rice"), as first
   * and last token: people if listed beside one.
   */
  listed: Array<[number, number]>;
  /** See writtenSmall (built on first use). */
  small?: Set<string>;
}

export function readLatinText(text: string, lang: string): LatinText {
  const S = wordSetsFor(lang);
  const tokens = tokenize(text);
  const info = describeTokens(tokens, S);
  const t: LatinText = { text, tokens, info, n: tokens.length, S, casual: false, found: [], things: new Set(), listed: [] };
  t.casual = isCasual(t);
  return t;
}

/** Sentences mostly start in lower case, and "i" is written small: nobody capitalises here. */
function isCasual(t: LatinText): boolean {
  const { tokens, info, n } = t;
  let starts = 0;
  let lower = 0;
  let smallI = 0;
  for (let k = 0; k < n; k++) {
    if (!tokens[k]!.word) continue;
    if (tokens[k]!.text === 'i') smallI++;
    if (!info[k]!.sentStart || /^\d/.test(tokens[k]!.text)) continue;
    starts++;
    if (!info[k]!.cap && !info[k]!.initial) lower++;
  }
  return starts >= CASUAL_MIN_STARTS && lower / starts >= CASUAL_LOWER_SHARE && smallI > 0;
}

export const isTitle = (t: LatinText, i: number) => t.S.titles.has(t.info[i]!.lower);
export const isHonorific = (t: LatinText, i: number) => t.S.honorifics.has(t.info[i]!.lower) && (t.info[i]!.dotted || t.info[i]!.cap);

/**
 * Brand and product shapes no person's name has: a capital inside the word after two lower-case
 * letters ("TurboTax", "LinkedIn", "JavaScript"; "McCain", "DeShawn" and "MacArthur" are names),
 * a plural of capitals ("CPAs", "FAQs"), and capitals, a hyphen and a capitalised word
 * ("NHIS-Teen"; a shouted "MARTINEZ-BELTRAN" stays a name).
 */
const BRAND_SHAPE = /^(?!Mac)\p{Lu}\p{Ll}{2,}\p{Lu}|^\p{Lu}{2,}s$|^\p{Lu}{2,}-\p{Lu}\p{Ll}/u;

/** A word that can sit in a name run. */
const capWord = (t: LatinText, i: number) =>
  t.tokens[i]!.word && t.info[i]!.cap && !t.info[i]!.machine && !DIGIT.test(t.tokens[i]!.text) && !BRAND_SHAPE.test(t.tokens[i]!.text);

/**
 * Two capitals written as initials without dots before a surname ("AQ Khan", "TJ Miller"),
 * unless they are a known abbreviation ("US", "UN") or follow other capitals (a heading).
 */
function bareInitials(t: LatinText, i: number): boolean {
  const { tokens, info, S, n } = t;
  return (
    TWO_CAPITALS.test(tokens[i]!.text) && i + 1 < n && !tokens[i + 1]!.newline && capWord(t, i + 1) && !info[i + 1]!.initial &&
    !(i > 0 && !tokens[i]!.newline && /^\p{Lu}{2,}$/u.test(tokens[i - 1]!.text)) &&
    !S.places.has(info[i]!.lower) && !S.orgs.has(info[i]!.lower) && !S.common.has(info[i]!.lower) && !S.never.has(info[i]!.lower) &&
    (S.surnames.has(info[i + 1]!.lower) || S.moreSurnames.has(info[i + 1]!.lower))
  );
}

export const nameWord = (t: LatinText, i: number) => capWord(t, i) || (t.tokens[i]!.text.length === 2 && bareInitials(t, i));
export const particleAt = (t: LatinText, i: number) => t.tokens[i]!.word && !t.info[i]!.cap && t.S.particles.has(t.info[i]!.lower);

/** An everyday word and no surname ("dial", "heaters"), as a lower-case word. */
export function isEverydayWord(S: WordSets, w: string): boolean {
  return S.common.has(w) && !S.surnames.has(w) && !S.moreSurnames.has(w);
}

/** The token at k is an everyday word and no surname ("Dial", "Heaters"). */
export const isEveryday = (t: LatinText, k: number) => isEverydayWord(t.S, t.info[k]!.lower);

/**
 * Words this text also writes in lower case away from a sentence start ("delivery", "pizza"):
 * everyday words whatever the lexicon says. Not used in casual text, where names go small too.
 */
export function writtenSmall(t: LatinText): Set<string> {
  if (t.small) return t.small;
  const small = (t.small = new Set<string>());
  if (t.casual) return small;
  for (let k = 0; k < t.n; k++) {
    const inf = t.info[k]!;
    if (t.tokens[k]!.word && !inf.cap && !inf.sentStart && !t.S.particles.has(inf.lower)) small.add(inf.lower);
  }
  return small;
}

/**
 * A lower-case word that can only be a given name ("shanna", "hector"). (Letters written small
 * only: so a word, with no possessive, and not capitalised.) The address check goes last: most
 * words fail the list lookups first.
 */
export function lowerGiven(t: LatinText, k: number): boolean {
  const { tokens, info, S } = t;
  const l = info[k]!.lower;
  return l.length >= 3 && /^\p{Ll}+$/u.test(tokens[k]!.text)
    && S.given.has(l) && !S.common.has(l) && !S.never.has(l) && !S.places.has(l) && !S.particles.has(l)
    && !(k > 0 && PLACE_LEADS.has(tokens[k - 1]!.text.toLowerCase())) && !isMachine(tokens, k);
}
