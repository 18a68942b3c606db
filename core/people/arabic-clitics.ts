/**
 * Proclitics on Arabic name mentions. Gloss's contract: a mention leaves a glued conjunction or
 * preposition out ("لبوتين" is the mention "بوتين", tied to "فلاديمير بوتين"). The word reader
 * (arabic-words.ts) reads one off known given names and titles, and the tagger's spans read one
 * off a word whose bare form the text writes; this pass reads one off every mention left with one,
 * whichever path found it (the rules' "وقال فلافروف" too), when the rest is a word of a name the
 * text writes. Without such evidence the first letter stays: "فيرجسون", "ويليامز", "بلير" and "لافروف" are whole names.
 */
import { CLITIC_READINGS, MIN_CLITIC_STEM, skipLetters } from './arabic-words';
import type { Analysis } from './arabic-tagger';
import type { RawMention } from './link';

/** Shortest rest starting on a bare long vowel read as a name after a proclitic ("ويلتسين"). */
const MIN_VOWEL_REST = 4;

/**
 * Reads a proclitic off the first word of each mention when what remains is a word of a name
 * the text writes ("لبوتين" beside "فلاديمير بوتين"). A word merely written bare elsewhere is not
 * enough: on held-out news that read "بدارفور" and "ويلي" (beside "يلي") as clitic + name.
 */
export function readOffProclitics(a: Analysis, mentions: RawMention[]): void {
  const { tokens, words, kinds } = a;
  const startAt = new Map<number, number>();
  tokens.forEach((t, i) => startAt.set(t.start, i));
  const nameWords = new Set<string>();
  for (const m of mentions) for (const k of m.key) nameWords.add(k);
  for (const m of mentions) {
    const s = startAt.get(m.start);
    // A mention starting inside its token already had its proclitic read off.
    if (s === undefined || words[s]!.skip > 0 || kinds[s] !== 'unknown') continue;
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
