/**
 * Span building: walks the tokens once and cuts out the candidate name runs (capitalised words,
 * initials with their dots, particles between names: "Muqtada al - Sadr", "John F. Kennedy"),
 * hands each to the verdict (latin-verdict.ts), and takes the runs that are already sure without
 * one: a mail header's inverted "Surname , Given" and lower-case given names in casual text.
 */
import { lowerPaired } from './latin-cues';
import { STRONG_PARTICLES, isHonorific, lowerGiven, nameWord, particleAt, type LatinText } from './latin-text';
import { judge } from './latin-verdict';
import type { RawMention } from './link';

/** Arabic articles written apart from the name with a spaced hyphen ("al - Sadr"). */
const ARTICLE_PARTICLES = new Set(['al', 'el']);

/** Every run of the text judged, in order; people go to `t.found`. */
export function collectRuns(t: LatinText): void {
  const { tokens, info, S, n, found } = t;
  let i = 0;
  while (i < n) {
    if (lowerGiven(t, i) && (t.casual || lowerPaired(t, i))) {
      let j = i + 1;
      while (j < n && j - i < 3 && !tokens[j]!.newline && (lowerGiven(t, j) || (tokens[j]!.word && !info[j]!.cap && S.surnames.has(info[j]!.lower) && !S.common.has(info[j]!.lower)))) j++;
      const key: string[] = [];
      for (let k = i; k < j; k++) key.push(info[k]!.lower);
      found.push({ start: tokens[i]!.start, end: info[j - 1]!.nameEnd, key, anchor: false });
      i = j;
      continue;
    }
    if (!nameWord(t, i) && !particleStart(t, i)) {
      i++;
      continue;
    }
    // Collect the run: capitalised words, initials with their dots, particles between names.
    const run: number[] = [];
    let j = i;
    while (j < n) {
      if (j > i && tokens[j]!.newline) break;
      if (nameWord(t, j)) {
        run.push(j);
        const possessive = info[j]!.nameEnd < tokens[j]!.end;
        if (possessive) {
          j++;
          break;
        }
        j += (info[j]!.initial || isHonorific(t, j)) && info[j]!.dotted ? 2 : 1;
        continue;
      }
      if (particleAt(t, j) && j + 1 < n && nameWord(t, j + 1) && !tokens[j + 1]!.newline) {
        run.push(j);
        j++;
        continue;
      }
      // "al - Sadr": a particle joined by a spaced hyphen.
      if ((run.length || ARTICLE_PARTICLES.has(info[j]!.lower)) && particleAt(t, j) && tokens[j + 1]?.text === '-' && j + 2 < n && nameWord(t, j + 2)) {
        run.push(j);
        j += 2;
        continue;
      }
      break;
    }
    i = Math.max(j, i + 1);
    const inverted = invertedName(t, run);
    if (inverted) {
      found.push(inverted.mention);
      i = inverted.next;
      continue;
    }
    judge(t, run);
  }
}

function particleStart(t: LatinText, i: number): boolean {
  const { tokens, info, S, n } = t;
  // "de Gaulle", "bin Salman" with no capitalised word before.
  // ("bin Laden": after "bin", "ibn" or "al" even an everyday word is a name.)
  if (!particleAt(t, i) || i + 1 >= n) return false;
  if (nameWord(t, i + 1)) return !S.common.has(info[i + 1]!.lower) || STRONG_PARTICLES.has(info[i]!.lower);
  // "al - Sadr": the article joined by a spaced hyphen.
  return ARTICLE_PARTICLES.has(info[i]!.lower) && tokens[i + 1]!.text === '-' && i + 2 < n && nameWord(t, i + 2) && !tokens[i + 2]!.newline;
}

/**
 * A mail header's '" Lenhart , Matthew "': a surname, a comma and a given name filling the
 * quotes (or the line) are one name written surname first.
 */
function invertedName(t: LatinText, run: number[]): { mention: RawMention; next: number } | undefined {
  const { tokens, info, S, n } = t;
  if (run.length !== 1) return undefined;
  const k = run[0]!;
  const opens = k === 0 || tokens[k]!.newline || /^["“]$/.test(tokens[k - 1]!.text);
  const g = k + 2;
  if (!opens || tokens[k + 1]?.text !== ',' || g >= n || !nameWord(t, g) || tokens[g]!.newline) return undefined;
  // (Before a mail address, '" McGilloway , Vangie " <', the given name need not be listed.)
  const header = tokens[g + 1]?.text === '"' && tokens[g + 2]?.text === '<';
  const givenOk = S.given.has(info[g]!.lower) || (header && !S.common.has(info[g]!.lower) && !S.never.has(info[g]!.lower));
  if (!givenOk || S.common.has(info[k]!.lower) || S.never.has(info[k]!.lower)) return undefined;
  const after = tokens[g + 1];
  if (after && !after.newline && !/^["”]$/.test(after.text)) return undefined;
  return { mention: { start: tokens[k]!.start, end: info[g]!.nameEnd, key: [info[g]!.lower, info[k]!.lower] }, next: g + 1 };
}
