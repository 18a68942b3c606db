import type { PersonMention } from '../types';

/** Every person mention in `text`, mentions of one person sharing `name` and `role`. (Stub: issue 4.) */
export function detectPeople(_text: string, _lang: string): PersonMention[] {
  return [];
}
