/**
 * The role a text gives a person, read from the words around the name: a title phrase right
 * before it ("Kremlin spokesman Dmitry Peskov") or an apposition right after it ("Peskov, the
 * Kremlin's spokesman,"). A phrase counts only when it holds a title word from the lexicon.
 */
import { isTitle, type LatinText } from './latin-text';

/** Longest role phrase in words ("Deputy Secretary of State for Political Affairs"). */
const MAX_ROLE_WORDS = 7;
/** Longest apposition scanned after a name for a role (", a senior Hamas official,"). */
const MAX_APPOSITION_WORDS = 8;
/** Articles and linkers trimmed off the ends of a role phrase. */
const LINKERS = /^(?:the|a|an|of|and|to|for)$/;

/** The role phrase that ends right before token `start`, if it holds a title. */
export function roleBefore(t: LatinText, start: number): string | undefined {
  const { tokens, info, S } = t;
  let j = start - 1;
  let head = -1;
  let first = -1;
  for (let steps = 0; j >= 0 && steps < MAX_ROLE_WORDS; j--, steps++) {
    const tok = tokens[j]!;
    const inf = info[j]!;
    if (!tok.word) {
      // Dots inside "U.S." keep the phrase going.
      if (tok.text === '.' && j > 0 && info[j - 1]!.initial) continue;
      break;
    }
    const allowed = isTitle(t, j) || S.roleWords.has(inf.lower) || (inf.cap && !S.never.has(inf.lower)) || inf.initial;
    if (!allowed) break;
    if (isTitle(t, j)) head = j;
    first = j;
    if (inf.sentStart) break;
  }
  if (head < 0) return undefined;
  // Trim a leading article or linker: "the Kremlin spokesman" -> "Kremlin spokesman".
  while (first < head && (LINKERS.test(info[first]!.lower) || S.never.has(info[first]!.lower))) first++;
  let last = start - 1;
  while (last > head && LINKERS.test(info[last]!.lower)) last--;
  // (Every token walked is a word or an initial's dot, so the phrase ends on one.)
  return t.text.slice(tokens[first]!.start, info[last]!.nameEnd);
}

/** ", a senior Hamas official," after a name; `end` is the token after the name. */
export function roleAfter(t: LatinText, end: number): string | undefined {
  const { tokens, info, n } = t;
  if (tokens[end]?.text !== ',') return undefined;
  let j = end + 1;
  let hasTitle = false;
  while (j < n && j - end <= MAX_APPOSITION_WORDS && tokens[j]!.word && !tokens[j]!.newline) {
    if (isTitle(t, j)) hasTitle = true;
    j++;
  }
  const stop = tokens[j];
  if (!hasTitle || j === end + 1 || (stop && !/^[,.;)]$/.test(stop.text))) return undefined;
  const firstWord = info[end + 1]!.lower;
  if (!/^(?:a|an|the|his|her|its|their)$/.test(firstWord) && !isTitle(t, end + 1) && !info[end + 1]!.cap) return undefined;
  return t.text.slice(tokens[end + 1]!.start, info[j - 1]!.nameEnd);
}
