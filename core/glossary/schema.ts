/**
 * The glossary's data format, version 1. One JSON file per domain in core/glossary/data/,
 * each `{ "version": 1, "domain": string, "entries": GlossaryEntry[] }`.
 * Documented for contributors in core/glossary/README.md.
 */

export const GLOSSARY_FORMAT_VERSION = 1;

export type GlossaryCategory =
  | 'treaty'
  | 'organisation'
  | 'institution'
  | 'military'
  | 'economy'
  | 'law-politics'
  | 'science-health'
  | 'media';

export interface LocalisedText {
  ar: string;
  en: string;
  [lang: string]: string;
}

export interface GlossaryEntry {
  /** Stable kebab-case id, unique across all files ("new-start", "nato"). */
  id: string;
  category: GlossaryCategory;
  /** Display title per language. */
  title: LocalisedText;
  /**
   * Names and aliases per language, matched in text. Arabic aliases are written without the
   * article "ال" only when the bare form is the usual one; the matcher strips proclitics itself.
   * Acronyms (all capitals, like "NATO") match only in their own case.
   */
  aliases: { ar: string[]; en: string[]; [lang: string]: string[] };
  /** One to three plain, neutral sentences per language, written for this project. */
  note: LocalisedText;
  /** Wikipedia article titles per language, for a "read more" link. */
  wikipedia?: Partial<Record<string, string>>;
  /** Aliases this entry shares on purpose with another entry (both must list it). */
  ambiguous?: string[];
}

export interface GlossaryFile {
  version: typeof GLOSSARY_FORMAT_VERSION;
  domain: string;
  entries: GlossaryEntry[];
}
