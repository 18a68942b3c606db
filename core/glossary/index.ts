/**
 * The glossary: bundled data (core/glossary/data) plus the matcher. The data is plain objects
 * until match() meets a token whose trie bucket is not yet compiled (see ARABIC_BUCKET in
 * normalise.ts): each bucket is compiled once per process (the background's service worker or
 * the CLI), so loading the module costs nothing at page start and an English page never compiles the
 * Arabic aliases.
 */
import type { TermMatch } from '../types';
import { GLOSSARY_FILES } from './data';
import { BucketedTrie, matchTokens } from './matcher';
import type { GlossaryEntry, GlossaryFile } from './schema';

export type { GlossaryEntry, GlossaryFile } from './schema';

export interface Glossary {
  /** Every term occurrence in `text`, longest match first, non-overlapping, in text order. */
  match(text: string, lang: string): TermMatch[];
  entry(id: string): GlossaryEntry | undefined;
  readonly size: number;
  /** Every entry, in file order (for listings and the panel). */
  entries(): readonly GlossaryEntry[];
}

/**
 * A glossary over the given files. `lang` in match() is accepted for the interface's sake: all
 * aliases of all languages are matched, because Arabic articles quote Latin names ("Telegram")
 * and English ones quote Arabic names in transliteration.
 */
export function createGlossary(files: readonly GlossaryFile[]): Glossary {
  const list: GlossaryEntry[] = [];
  const byId = new Map<string, GlossaryEntry>();
  for (const file of files) {
    for (const e of file.entries) {
      if (byId.has(e.id)) continue; // the check script reports duplicates; first one wins here
      byId.set(e.id, e);
      list.push(e);
    }
  }
  const trie = new BucketedTrie(list);
  return {
    match(text: string): TermMatch[] {
      return matchTokens(trie, text);
    },
    entry: (id) => byId.get(id),
    size: list.length,
    entries: () => list,
  };
}

let bundled: Glossary | undefined;

/** The bundled glossary, created once per process; its trie is compiled on first use. */
export function loadGlossary(): Glossary {
  bundled ??= createGlossary(Object.values(GLOSSARY_FILES));
  return bundled;
}

/** Only the first match of each term, for the default "highlight once per article" setting. */
export function firstOccurrences(matches: readonly TermMatch[]): TermMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}
