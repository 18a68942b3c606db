import type { TermMatch } from '../types';
import type { GlossaryEntry } from './schema';

export interface Glossary {
  /** Every term occurrence in `text`, longest match first, non-overlapping, in text order. */
  match(text: string, lang: string): TermMatch[];
  entry(id: string): GlossaryEntry | undefined;
  readonly size: number;
}

/** The bundled glossary, compiled once per process. (Stub: issue 6.) */
export function loadGlossary(): Glossary {
  return { match: () => [], entry: () => undefined, size: 0 };
}
