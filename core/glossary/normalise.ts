/**
 * Tokens and token keys for glossary matching. Text and aliases go through the same functions,
 * so an alias matches exactly the texts whose tokens produce its keys.
 *
 * A token is a maximal run of word characters of one script (Arabic, or Latin letters and
 * digits), read from the original string with Arabic folding applied on the fly: diacritics,
 * tanwin and tatweel vanish, alef/hamza forms, ta marbuta and alef maqsura fold (the rules live
 * in core/text/arabic.ts). Matching whole tokens is what gives word boundaries in both scripts.
 *
 * Keys carry a one-character case class for Latin tokens:
 *   "=" + exact text   acronym alias tokens ("NATO", "G7", "OPEC+"): match only in their own case
 *   "^" + lower case   capitalised alias tokens ("Kremlin"): the text token must start with a capital,
 *                      so "a white house" or "congress" in its common sense do not match
 *   "~" + lower case   lower-case alias tokens ("warhead") and small words inside names: any case
 * Arabic keys are the folded letters themselves (no prefix: they cannot collide with the above).
 */
import { foldChar } from '../text/arabic';
import { asciiDigits } from '../text/digits';

export const EXACT = '=';
export const CAPITAL = '^';
export const ANY_CASE = '~';

/** Gap between two tokens that never matches an alias gap: a line or block break, or no gap at all. */
export const BREAK_GAP = '\n';

/** Arabic proclitics: a conjunction, then a preposition, then the article (handled separately). */
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const ARTICLE = 'ال';
/** A stripped Arabic stem must keep at least this many letters, so "بان" never becomes "ان". */
const MIN_ARABIC_STEM = 2;
/** Accusative tanwin leaves a bare alef after folding ("رأسًا" -> "راسا"); shorter words keep theirs. */
const MIN_ALEF_STRIP_LENGTH = 4;
/** Latin plural stripping applies to words at least this long ("bus" is not the plural of "bu"). */
const MIN_PLURAL_LENGTH = 4;
/**
 * Small words inside capitalised names ("Bank of England", "The Economist", "Al Jazeera"): any case
 * in text, because running text writes "the Economist" and "al-Jazeera".
 */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'al', 'el', 'de', 'du', 'la', 'le']);
/** Two spellings of "American" are both standard in Arabic news; fold the longer to one form. */
const AMERICAN_VARIANT = /اميرك/g;
const AMERICAN_CANON = 'امريك';

export const Script = { Arabic: 1, Latin: 2 } as const;
export type Script = (typeof Script)[keyof typeof Script];

export interface Token {
  /** Offsets in the original text. */
  start: number;
  end: number;
  script: Script;
  /** Folded Arabic letters, or the Latin token exactly as written. */
  form: string;
  /**
   * Normalised gap between the previous token and this one: " ", BREAK_GAP, a punctuation class,
   * or LAZY_GAP when the reader left it to `gapOf` (the matcher rarely needs it).
   */
  gap: string;
  /** End of the previous token (start of the gap), -1 for the first token. */
  gapStart: number;
}

/** Placeholder gap: compute with gapOf() when needed. */
export const LAZY_GAP = '?';

/**
 * The glossary trie is compiled in buckets, by the first character of a match's first token:
 * one bucket for Arabic, and one per folded first character for Latin ("NATO" and "nato" both go
 * to "n", "Élysée" to "e", "١٩٦٧" to "1"). Every key a text token can match keeps that character
 * (case and plural variants change only its case or its end; proclitic stripping is Arabic
 * only), so a token only ever needs its own bucket. An English page then never compiles the
 * Arabic aliases, and an Arabic page compiles only the Latin buckets of the few Latin words it
 * quotes.
 */
export const ARABIC_BUCKET = 0;

/** Bucket of a Latin token starting with character code `c`: its folded first character. */
function latinBucket(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  if (c < 0x80) return c;
  // Accented letters and Arabic-Indic digits: fold like keys do (foldLatin is per character).
  const folded = foldLatin(String.fromCharCode(c));
  return folded ? folded.charCodeAt(0) : c;
}

/** The bucket a text token starting a match looks in. */
export function tokenBucket(token: Token): number {
  return token.script === Script.Arabic ? ARABIC_BUCKET : latinBucket(token.form.charCodeAt(0));
}

/** The bucket of an alias (that of its first token), without tokenising it; undefined if it has no token. */
export function aliasBucket(alias: string): number | undefined {
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    const cls = charClass[c];
    if (cls === CLASS_ARABIC) return ARABIC_BUCKET;
    if (cls === CLASS_LATIN) return latinBucket(c);
  }
  return undefined;
}

// Character classes as a table over the BMP: built once, then each character is one array read.
const CLASS_NONE = 0;
const CLASS_ARABIC = 1;
const CLASS_LATIN = 2;
const CLASS_DROP = 3; // diacritics, tatweel, joiners: invisible inside a word
const charClass = new Uint8Array(0x10000);
const arabicFold = new Uint16Array(0x10000);

(function buildTables() {
  for (let c = 0x30; c <= 0x39; c++) charClass[c] = CLASS_LATIN;
  for (let c = 0x41; c <= 0x5a; c++) charClass[c] = CLASS_LATIN;
  for (let c = 0x61; c <= 0x7a; c++) charClass[c] = CLASS_LATIN;
  for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) charClass[c] = CLASS_LATIN;
  // Arabic-Indic and Persian digits read as digits ("القرار ١٧٠١"); keys fold them to ASCII.
  for (let c = 0x0660; c <= 0x0669; c++) charClass[c] = CLASS_LATIN;
  for (let c = 0x06f0; c <= 0x06f9; c++) charClass[c] = CLASS_LATIN;
  for (let c = 0x0600; c <= 0x06ff; c++) {
    const ch = String.fromCharCode(c);
    const folded = foldChar(ch);
    if (folded === '') charClass[c] = CLASS_DROP;
    else if (/[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/.test(ch)) {
      charClass[c] = CLASS_ARABIC;
      arabicFold[c] = folded.charCodeAt(0);
    }
  }
  for (const c of [0x200c, 0x200d, 0x200e, 0x200f]) charClass[c] = CLASS_DROP;
})();

/** Normalise the characters between two tokens: spaces and hyphens are one class, breaks another. */
export function gapClass(raw: string): string {
  if (raw === ' ') return ' ';
  if (raw === '' || /[\n\r\u2028\u2029]/.test(raw)) return BREAK_GAP;
  const g = raw
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/[-\u2010\u2011\u2013]/g, ' ')
    .replace(/[\s\u00A0]+/g, ' ');
  return g.trim() === '' ? ' ' : g;
}

/** Scratch buffer for folded Arabic tokens (reused: tokenising allocates only the token strings). */
let foldBuffer = new Uint16Array(256);

/**
 * Reads tokens one at a time, so the matcher keeps only a few alive at once (materialising every
 * token of a long page made garbage collection the main cost). Unusual gaps are left lazy.
 */
export class TokenReader {
  private pos = 0;
  private prevEnd = -1;

  constructor(private readonly text: string) {}

  read(): Token | null {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    while (i < n) {
      const cls = charClass[text.charCodeAt(i)]!;
      if (cls === CLASS_ARABIC || cls === CLASS_LATIN) break;
      i++;
    }
    if (i >= n) {
      this.pos = n;
      return null;
    }
    const start = i;
    const cls = charClass[text.charCodeAt(i)]!;
    let form: string;
    if (cls === CLASS_LATIN) {
      while (i < n && charClass[text.charCodeAt(i)] === CLASS_LATIN) i++;
      // A "+" glued to a word is part of its name ("OPEC+", "أوبك+").
      if (i < n && text.charCodeAt(i) === 0x2b && !isWordChar(text, i + 1)) i++;
      form = text.slice(start, i);
    } else {
      let changed = false;
      let len = 0;
      while (i < n) {
        const c = text.charCodeAt(i);
        const k = charClass[c];
        if (k === CLASS_ARABIC) {
          const f = arabicFold[c]!;
          if (f !== c) changed = true;
          if (len === foldBuffer.length) {
            const bigger = new Uint16Array(len * 2);
            bigger.set(foldBuffer);
            foldBuffer = bigger;
          }
          foldBuffer[len++] = f;
        } else if (k === CLASS_DROP) changed = true;
        else break;
        i++;
      }
      let plus = false;
      if (i < n && text.charCodeAt(i) === 0x2b && !isWordChar(text, i + 1)) {
        plus = true;
        i++;
      }
      if (!changed) form = text.slice(start, i);
      else {
        form = String.fromCharCode.apply(null, foldBuffer.subarray(0, len) as unknown as number[]);
        if (plus) form += '+';
      }
    }
    const prevEnd = this.prevEnd;
    let gap: string;
    if (prevEnd < 0) gap = ' ';
    else if (start === prevEnd + 1 && text.charCodeAt(prevEnd) === 0x20) gap = ' ';
    else if (start === prevEnd) gap = BREAK_GAP;
    else gap = LAZY_GAP;
    this.pos = i;
    this.prevEnd = i;
    return { start, end: i, script: cls === CLASS_LATIN ? Script.Latin : Script.Arabic, form, gap, gapStart: prevEnd };
  }
}

/** The token's normalised gap, computing (and caching) a lazy one. */
export function gapOf(token: Token, text: string): string {
  if (token.gap === LAZY_GAP) token.gap = gapClass(text.slice(token.gapStart, token.start));
  return token.gap;
}

/** Split `text` into tokens with their gaps (for aliases, the check script and tests). */
export function tokenize(text: string): Token[] {
  const reader = new TokenReader(text);
  const tokens: Token[] = [];
  for (let t = reader.read(); t; t = reader.read()) {
    gapOf(t, text);
    tokens.push(t);
  }
  return tokens;
}

/** Original offset of folded character `index` of an Arabic token (folding may have dropped marks). */
function originalOffset(text: string, token: Token, index: number): number {
  let seen = 0;
  for (let i = token.start; i < token.end; i++) {
    if (charClass[text.charCodeAt(i)] === CLASS_DROP) continue;
    if (seen === index) return i;
    seen++;
  }
  return token.end;
}

function isWordChar(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const k = charClass[text.charCodeAt(i)];
  return k === CLASS_ARABIC || k === CLASS_LATIN;
}

function foldLatin(form: string): string {
  let plain = true;
  for (let i = 0; i < form.length; i++) {
    if (form.charCodeAt(i) > 0x7f) {
      plain = false;
      break;
    }
  }
  if (plain) return form.toLowerCase();
  // Accents are optional in English copy ("Elysee", "Élysée"); Arabic-Indic digits read as ASCII.
  return asciiDigits(form.toLowerCase()).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function foldArabicKey(form: string): string {
  return form.length >= 5 && form.indexOf('اميرك') >= 0 ? form.replace(AMERICAN_VARIANT, AMERICAN_CANON) : form;
}

function isAcronym(form: string): boolean {
  // No lower-case letter and at least one capital: "NATO", "G20", "OPEC+", "U".
  return form !== form.toLowerCase() && form === form.toUpperCase();
}

/** The trie key of one alias token (without its gap). */
export function aliasTokenKey(token: Token): string {
  if (token.script === Script.Arabic) return foldArabicKey(token.form);
  if (isAcronym(token.form)) return EXACT + asciiDigits(token.form);
  const lower = foldLatin(token.form);
  const first = token.form[0]!;
  if (first !== first.toLowerCase() && !FUNCTION_WORDS.has(lower)) return CAPITAL + lower;
  return ANY_CASE + lower;
}

function pluralStems(lower: string): string[] {
  if (lower.length < MIN_PLURAL_LENGTH || lower[lower.length - 1] !== 's') return [];
  const stems = [lower.slice(0, -1)];
  if (lower.endsWith('ies')) stems.push(lower.slice(0, -3) + 'y');
  else if (lower.endsWith('es')) stems.push(lower.slice(0, -2));
  return stems;
}

/** Whether a Latin token, or its singular, is the lower-cased first word of some alias. */
export function mayStartLatin(token: Token, firstWords: Set<string>): boolean {
  const lower = foldLatin(token.form);
  if (firstWords.has(lower)) return true;
  const n = lower.length;
  if (n < MIN_PLURAL_LENGTH || lower.charCodeAt(n - 1) !== 0x73) return false;
  for (const stem of pluralStems(lower)) if (firstWords.has(stem)) return true;
  return false;
}

/**
 * Keys a text token can match as a continuation token (inflection only, no proclitics). Keys from
 * index `finalFrom` on are English plurals: they may only end a match, so "United States
 * Department" never reads as "State Department".
 */
export interface TokenKeys {
  keys: string[];
  finalFrom: number;
}

export function continuationKeys(token: Token): TokenKeys {
  if (token.script === Script.Arabic) {
    const form = foldArabicKey(token.form);
    const keys = form.length >= MIN_ALEF_STRIP_LENGTH && form[form.length - 1] === 'ا' ? [form, form.slice(0, -1)] : [form];
    return { keys, finalFrom: keys.length };
  }
  return latinKeys(token.form);
}

function latinKeys(written: string): TokenKeys {
  const form = /[\u0660-\u0669\u06f0-\u06f9]/.test(written) ? asciiDigits(written) : written;
  const lower = foldLatin(form);
  const capital = form[0] !== form[0]!.toLowerCase();
  const keys = [EXACT + form, ANY_CASE + lower];
  if (capital) keys.push(CAPITAL + lower);
  const finalFrom = keys.length;
  // "ICBMs": an acronym with a plural s.
  if (form.length >= 3 && form[form.length - 1] === 's' && isAcronym(form.slice(0, -1))) keys.push(EXACT + form.slice(0, -1));
  for (const stem of pluralStems(lower)) {
    keys.push(ANY_CASE + stem);
    if (capital) keys.push(CAPITAL + stem);
  }
  return { keys, finalFrom };
}

/** One way to read a text token that starts a match: the trie key and where the surface starts. */
export interface Reading {
  key: string;
  start: number;
  /** An English plural: the match must end with this token. */
  final?: boolean;
}

/**
 * Readings of a token that starts a match. Arabic: every way of peeling proclitics off
 * ("وللناتو" -> "الناتو", "ناتو"), with the surface start after the proclitic; the article stays in
 * the surface when the text writes it. Latin: the continuation keys, starting at the token start.
 * Ordered from least to most stripped, so at equal length the widest surface wins.
 */
export function startReadings(token: Token, text: string): Reading[] {
  if (token.script === Script.Latin) {
    const { keys, finalFrom } = latinKeys(token.form);
    return keys.map((key, i) => ({ key, start: token.start, final: i >= finalFrom }));
  }
  const form = foldArabicKey(token.form);
  const readings: Reading[] = [];
  for (const conj of CONJUNCTIONS) {
    if (conj && form[0] !== conj) continue;
    for (const prep of PREPOSITIONS) {
      if (prep && form[conj.length] !== prep) continue;
      const cut = conj.length + prep.length;
      const rest = cut ? form.slice(cut) : form;
      if (rest.length < MIN_ARABIC_STEM) continue;
      const start = cut === 0 ? token.start : originalOffset(text, token, cut);
      pushReading(readings, rest, start);
      if (rest.startsWith(ARTICLE)) {
        // Article written in full: the bare noun also matches aliases written without it.
        pushReading(readings, rest.slice(2), start);
      } else if (prep === 'ل' && rest[0] === 'ل') {
        // "لل" = "ل" + "ال" with the alef elided: restore the article, surface starts after both lams.
        const afterLams = originalOffset(text, token, cut + 1);
        pushReading(readings, ARTICLE + rest.slice(1), afterLams);
        pushReading(readings, rest.slice(1), afterLams);
      }
    }
  }
  return readings;
}

function pushReading(readings: Reading[], stem: string, start: number): void {
  if (stem.length < MIN_ARABIC_STEM) return;
  readings.push({ key: stem, start });
  if (stem.length >= MIN_ALEF_STRIP_LENGTH && stem[stem.length - 1] === 'ا') readings.push({ key: stem.slice(0, -1), start });
}

/**
 * Cheap test that an Arabic token could start a match, without building any string. Every start
 * key is a suffix of the token's folded form (proclitics are prefixes, at most MAX_PROCLITIC
 * letters), possibly with "ال" put back (after "لل") or a final alef dropped. Hashing from the
 * right gives every suffix's hash in one pass; `hashes` holds the hash of every Arabic first key.
 */
const MAX_PROCLITIC = 4;
const HASH_BASE = 131;
const ALEF = 0x627;
const LAM = 0x644;

function hashStep(h: number, code: number): number {
  return (Math.imul(h, HASH_BASE) + code) | 0;
}

/** Hash of an Arabic key, read right to left (so suffixes of a token hash incrementally). */
export function arabicKeyHash(key: string): number {
  let h = 0;
  for (let i = key.length - 1; i >= 0; i--) h = hashStep(h, key.charCodeAt(i));
  return h;
}

function suffixHit(form: string, end: number, hashes: Set<number>): boolean {
  let h = 0;
  for (let i = end - 1; i >= 0; i--) {
    h = hashStep(h, form.charCodeAt(i));
    const length = end - i;
    if (length < MIN_ARABIC_STEM || i > MAX_PROCLITIC) continue;
    if (hashes.has(h) || hashes.has(hashStep(hashStep(h, LAM), ALEF))) return true;
  }
  return false;
}

export function mayStartArabic(token: Token, hashes: Set<number>): boolean {
  const form = foldArabicKey(token.form);
  const n = form.length;
  if (suffixHit(form, n, hashes)) return true;
  return n >= MIN_ALEF_STRIP_LENGTH && form.charCodeAt(n - 1) === ALEF && suffixHit(form, n - 1, hashes);
}

/** A case- and article-insensitive form of an alias, for finding duplicates across entries. */
export function looseAliasKey(alias: string): string {
  return tokenize(alias)
    .map((t, i) => {
      let s = t.script === Script.Arabic ? foldArabicKey(t.form) : foldLatin(t.form);
      if (i === 0 && t.script === Script.Arabic && s.startsWith(ARTICLE) && s.length > 3) s = s.slice(2);
      return (i === 0 ? '' : t.gap) + s;
    })
    .join('');
}
