/** People found in a test sentence, after checking the contract every mention keeps. */
import { expect } from 'vitest';
import { detectPeople } from '../../../core/people';
import type { PersonMention } from '../../../core/types';

/** Every mention's offsets slice to its text, and mentions come sorted and disjoint. */
export function checkedPeople(text: string, lang: string): PersonMention[] {
  const found = detectPeople(text, lang);
  let last = -1;
  for (const m of found) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    last = m.end;
  }
  return found;
}

/** The mention texts of checkedPeople, in order. */
export function mentionTexts(text: string, lang: string): string[] {
  return checkedPeople(text, lang).map((m) => m.text);
}
