/**
 * What the Latin-script person detector knows about each token before it looks for names: its
 * lower-case form without a possessive "'s", whether it is capitalised (a word in capitals only on
 * a shouted line), an initial, glued to an address or a file name, followed by an abbreviation's
 * dot, or at a sentence start where a capital says nothing.
 */
import type { Token } from './tokens';
import type { WordSets } from './latin-word-lists';

export interface TokenInfo {
  lower: string;
  /** Glued to an e-mail address, a file name or a URL. */
  machine: boolean;
  /** End of the word without a possessive "'s". */
  nameEnd: number;
  cap: boolean;
  initial: boolean;
  /** The next token is a "." glued to this word ("Mr.", "J."). */
  dotted: boolean;
  sentStart: boolean;
}

/** Punctuation after which a capital says nothing (sentence and quotation starts). */
const OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '‘', '«', '»', '(', '[', '-', '–', '—', '•', '*', '|', '>', '<']);
const UPPER = /^\p{Lu}/u;
/** Arabic surnames written with a joined article: "al-Sadr", "el-Sisi". */
const ARTICLE_NAME = /^(?:al|el|ad|ash|as|ar|at|an|az)-\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE = /['’]s$/;
/** A word glued to "@", "_", "/" or a dotted word is part of an address or a file name. */
const MACHINE_GLUE = /[@_/\\]|\.[\p{L}\d]/u;
/**
 * Lotus Notes addresses in forwarded mail ("John Griffith@ENRON"): the surname glued to an
 * upper-case mail domain is a name, and the domain is written as part of it.
 */
const NOTES_ADDRESS = /^\p{Lu}[\p{L}'’-]*@[A-Z]{2,}$/u;
/** Fewest words on a line in capitals before a given name there counts as one (see shoutedLines). */
const SHOUTED_LINE_WORDS = 6;
/** "St. Thomas", "Ft. Worth": abbreviations that start place names, not sentences. */
export const PLACE_ABBREVIATIONS = new Set(['st', 'ft', 'mt', 'pt']);

/** Whether the space-free chunk holding token i looks like an address or a file name. */
export function isMachine(tokens: Token[], i: number): boolean {
  let a = i;
  while (a > 0 && tokens[a - 1]!.end === tokens[a]!.start) a--;
  let b = i;
  while (b + 1 < tokens.length && tokens[b + 1]!.start === tokens[b]!.end) b++;
  if (a === b) return false;
  let chunk = '';
  for (let k = a; k <= b; k++) chunk += tokens[k]!.text;
  // Initials ("J.R.") and abbreviations ("U.S.") are not addresses.
  if (/^(?:\p{Lu}\.)+\p{Lu}?$/u.test(chunk)) return false;
  if (NOTES_ADDRESS.test(chunk) && tokens[i]!.text !== '@') return false;
  return MACHINE_GLUE.test(chunk);
}

/**
 * Per token: whether its line is shouted, every word in capitals ("CALL TODAY AND ASK FOR
 * MIKE"), with at least SHOUTED_LINE_WORDS words and no digits, or it is a line's only word
 * ("MIKE" signing), or it names a transcript's speaker ("THOMAS KENNEDY:"). Acronyms in running
 * text ("ADA", "BERT") and short product headings ("IRWIN VISE-GRIP") are left out.
 */
function shoutedLines(tokens: Token[], given: Set<string>): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let a = 0; a < tokens.length; ) {
    let b = a + 1;
    while (b < tokens.length && !tokens[b]!.newline) b++;
    let words = 0;
    let upper = 0;
    let digits = false;
    let speaker = -1;
    for (let k = a; k < b; k++) {
      if (!tokens[k]!.word) {
        // "THOMAS KENNEDY: I mean ...": a transcript's speaker in capitals before a colon.
        if (tokens[k]!.text === ':' && speaker < 0 && upper === words && words > 0 && words <= 3) speaker = k;
        continue;
      }
      words++;
      if (/\d/.test(tokens[k]!.text)) digits = true;
      if (!HAS_LOWER.test(tokens[k]!.text)) upper++;
    }
    // (The whole speaker's name counts when it opens with a given name: "THOMAS KENNEDY".)
    if (speaker > 0) out.fill(given.has(tokens[a]!.text.toLowerCase()) ? 2 : 1, a, speaker);
    // (A line holding digits is a product or model heading: "CANON EOS R6 MARK II".)
    else if (upper === words && !digits && (words >= SHOUTED_LINE_WORDS || words === 1)) out.fill(1, a, b);
    a = b;
  }
  return out;
}

export function describeTokens(tokens: Token[], S: WordSets): TokenInfo[] {
  const infos: TokenInfo[] = [];
  let shouting: Uint8Array | undefined;
  // ("MIKE" in capitals is a name only when the lists know it as a given name and nothing else.)
  // Asked only for a word in capitals, so the lines are read only in a text that has one.
  const shoutedName = (i: number, bare: string, lower: string) => {
    const line = (shouting ??= shoutedLines(tokens, S.given))[i];
    if (line === 2) return bare.length >= 2;
    return line === 1 && bare.length >= 3 && S.given.has(lower) && !S.common.has(lower) && !S.places.has(lower) && !S.orgs.has(lower);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const poss = t.word && POSSESSIVE.test(t.text) ? 2 : 0;
    const bare = poss ? t.text.slice(0, -2) : t.text;
    const lower = bare.toLowerCase();
    const next = tokens[i + 1];
    const dotted = next !== undefined && next.text === '.' && next.start === t.end;
    const cap = t.word && (UPPER.test(bare) || ARTICLE_NAME.test(bare)) && (HAS_LOWER.test(bare) || bare.length === 1 || shoutedName(i, bare, lower));
    const initial = t.word && bare.length === 1 && UPPER.test(bare);
    let sentStart = i === 0 || t.newline;
    if (!sentStart) {
      const prev = tokens[i - 1]!;
      if (OPENERS.has(prev.text)) {
        // "Mr. Smith" and "J. Smith": the dot closes an abbreviation, not a sentence.
        const before = infos[i - 2];
        const abbrev =
          prev.text === '.' &&
          before !== undefined &&
          (before.initial || S.honorifics.has(before.lower) || PLACE_ABBREVIATIONS.has(before.lower));
        sentStart = !abbrev;
      }
    }
    // Only a capitalised word can start a name, so only those pay for the address check.
    const machine = cap && isMachine(tokens, i);
    infos.push({ lower, machine, nameEnd: t.end - poss, cap, initial, dotted, sentStart });
  }
  return infos;
}
