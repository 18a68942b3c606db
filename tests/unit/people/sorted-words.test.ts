import { describe, expect, it } from 'vitest';
import NAMES from '../../../core/people/data/en-names.json';
import { sortedWordList } from '../../../core/people/sorted-words';

const LISTS = ['given', 'surnameWords', 'surnames', 'givenWords', 'words'] as const;

describe('sortedWordList: binary search in a sorted, space-separated string', () => {
  it('finds every word of a list and nothing between, before or after them', () => {
    const list = sortedWordList('ab abc b ba bb c zz');
    for (const w of ['ab', 'abc', 'b', 'ba', 'bb', 'c', 'zz']) expect(list.has(w)).toBe(true);
    for (const w of ['', 'a', 'aa', 'abb', 'abcd', 'bab', 'bc', 'd', 'z', 'zzz', ' ', 'ab abc', 'b ', 'Ab']) expect(list.has(w)).toBe(false);
  });

  it('handles lists of one word and no word', () => {
    expect(sortedWordList('solo').has('solo')).toBe(true);
    expect(sortedWordList('solo').has('sol')).toBe(false);
    expect(sortedWordList('').has('')).toBe(false);
    expect(sortedWordList('').has('x')).toBe(false);
  });

  it('answers as a Set of the same words does, for every prefix-and-extension of the words', () => {
    const words = ['al', 'ala', 'alan', 'alana', 'albert', 'b', 'bo', 'bob', 'bobby', 'x'];
    const list = sortedWordList(words.join(' '));
    const set = new Set(words);
    const probes = words.flatMap((w) => [w, w.slice(0, -1), w + 'a', w + 'z', w.slice(1)]);
    for (const p of probes) expect(list.has(p), p).toBe(set.has(p));
  });

  it("the shipped en-names.json lists are in sort() order, one space apart: the search's premise", () => {
    for (const key of LISTS) {
      const text: string = NAMES[key];
      const words = text.split(' ');
      expect(words.every(Boolean), key).toBe(true);
      expect(words.join(' ')).toBe([...words].sort().join(' '));
      expect(new Set(words).size, key).toBe(words.length);
      // Every word is found, and so is nothing made by cutting one short.
      const list = sortedWordList(text);
      expect(words.every((w) => list.has(w)), key).toBe(true);
      const set = new Set(words);
      expect(words.every((w) => set.has(w.slice(0, -1)) === list.has(w.slice(0, -1))), key).toBe(true);
    }
  });
});
