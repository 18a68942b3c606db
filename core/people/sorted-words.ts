/**
 * Membership in a long word list kept as one sorted, space-separated string (en-names.json's
 * lists, written sorted by scripts/train-people-en.ts), by binary search over the string itself.
 * Splitting those lists into Sets (73,000 words) cost about 60 ms and as much again in garbage
 * collection on the first English text after the background worker started: a lookup here
 * builds nothing, and takes a few dozen character comparisons.
 */
import type { WordList } from './latin-word-lists';

/**
 * `list`: words in ascending UTF-16 code-unit order (Array.prototype.sort's order), one space
 * between two words, none at either end. tests/unit/people/sorted-words.test.ts checks the
 * shipped lists.
 */
export function sortedWordList(list: string): WordList {
  // No word of the list holds a space or is empty, so neither can match: no check needed.
  return { has: (w) => inSortedList(list, w) };
}

/** Whether `w` is one of the words of `list`. */
function inSortedList(list: string, w: string): boolean {
  // lo: the first letter of the first word still in range; hi: one past the last word's end.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The word around mid (or the one after it, when mid is a space: it ends before hi).
    const start = list.lastIndexOf(' ', mid) + 1;
    let end = list.indexOf(' ', start);
    if (end < 0 || end > hi) end = hi;
    const order = compareTo(list, start, end, w);
    if (order === 0) return true;
    if (order < 0) lo = end + 1;
    else hi = start - 1;
  }
  return false;
}

/** list.slice(start, end) compared with w, without the slice: negative, zero or positive. */
function compareTo(list: string, start: number, end: number, w: string): number {
  const n = Math.min(end - start, w.length);
  for (let i = 0; i < n; i++) {
    const d = list.charCodeAt(start + i) - w.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - w.length;
}
