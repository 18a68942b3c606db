/**
 * Person detection: every mention of a named person in a text, mentions of one person sharing
 * the fullest `name` the text writes and the `role` it gives. Each language has its own module;
 * Latin-script languages share one capitalisation-based detector with per-language word lists.
 */
import type { PersonMention } from '../types';
import { detectArabicPeople } from './arabic';
import { detectLatinPeople } from './latin';

/** Every person mention in `text`, sorted by start and non-overlapping. */
export function detectPeople(text: string, lang: string): PersonMention[] {
  if (!text) return [];
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'ar') return detectArabicPeople(text);
  return detectLatinPeople(text, primary);
}
