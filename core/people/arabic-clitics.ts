/**
 * Proclitics on Arabic name mentions. Gloss's contract: a mention covers the whole written word,
 * a glued conjunction or preposition included ("لبوتين"), as Arabic NER corpora mark names and
 * as a double click selects; highlighting part of a joined word would also cut its letters'
 * joining where the page falls back to <mark> elements. The name the mention is tied to leaves
 * the proclitic out ("لبوتين" is a mention of "فلاديمير بوتين"), so the key it links by must read
 * it off first. The word reader
 * (arabic-words.ts) reads one off known given names and titles, and the tagger's spans read one
 * off a word whose bare form the text writes; this pass reads one off every mention left with one,
 * whichever path found it (the rules' "وقال فلافروف" too), when the rest is a word of a name the
 * text writes. Without such evidence the first letter stays: "فيرجسون", "ويليامز", "بلير" and "لافروف" are whole names.
 */
import { CLITIC_READINGS, MIN_CLITIC_STEM, skipLetters } from './arabic-words';
import type { Analysis } from './arabic-tagger';
import type { RawMention } from './link';
import { tokenAt } from './tokens';
import type { PersonMention } from '../types';

/** Letters, harakat and tatweel: what a written Arabic word is made of (no punctuation or digits). */
const WORD_CHAR = /[\u0621-\u065F\u0670-\u06D3\u0640]/;

/** Shortest rest starting on a bare long vowel read as a name after a proclitic ("ويلتسين"). */
const MIN_VOWEL_REST = 4;

/**
 * Reads a proclitic off the first word of each mention when what remains is a word of a name
 * the text writes ("لبوتين" beside "فلاديمير بوتين"). A word merely written bare elsewhere is not
 * enough: on held-out news that read "بدارفور" and "ويلي" (beside "يلي") as clitic + name.
 */
export function readOffProclitics(a: Analysis, mentions: RawMention[]): void {
  const { tokens, words, kinds } = a;
  const nameWords = new Set<string>();
  for (const m of mentions) for (const k of m.key) nameWords.add(k);
  for (const m of mentions) {
    const s = tokenAt(tokens, 'start', m.start);
    // A mention starting inside its token already had its proclitic read off.
    if (s < 0 || words[s]!.skip > 0 || kinds[s] !== 'unknown') continue;
    const f = words[s]!.f;
    if (m.key[0] !== f || f.length <= MIN_CLITIC_STEM) continue;
    // One or two proclitics, longest first, as arabic-words.ts reads them.
    for (const [re, k] of CLITIC_READINGS) {
      if (!re.test(f) || f.length - k < MIN_CLITIC_STEM) continue;
      const rest = f.slice(k);
      if (!nameWords.has(rest)) continue;
      // "وانغ" (Wang) and "واين" (Wayne) are W-names: a long vowel after و stays unless the rest is long.
      if (rest.length < MIN_VOWEL_REST && /^[اوي]/.test(tokens[s]!.text.slice(skipLetters(tokens[s]!.text, k)))) continue;
      m.start = tokens[s]!.start + skipLetters(tokens[s]!.text, k);
      m.key = [rest, ...m.key.slice(1)];
      break;
    }
  }
}

/**
 * Widens each mention to the start of its written word, after linking and roles have read the
 * clitic-free key: "وبوتين" stays a mention of "فلاديمير بوتين" but covers its و.
 */
export function coverWholeWords(text: string, mentions: PersonMention[]): void {
  for (const m of mentions) {
    let start = m.start;
    while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
    if (start === m.start) continue;
    m.start = start;
    m.text = text.slice(start, m.end);
  }
}
