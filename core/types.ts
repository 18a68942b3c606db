/**
 * The shapes every detector and every consumer (content script, panel, CLI) agree on.
 * Offsets are JavaScript string indices into one text, end exclusive.
 */

export type Dir = 'rtl' | 'ltr';

export interface Span {
  start: number;
  end: number;
  /** text.slice(start, end), kept so a consumer never has to re-slice. */
  text: string;
}

/** One mention of a person. Every mention of the same person carries the same `name`. */
export interface PersonMention extends Span {
  /** Canonical full name as the article writes it, e.g. "ديمتري بيسكوف" for a mention "بيسكوف". */
  name: string;
  /** The role the article gives the person ("المتحدث باسم الكرملين"), when it gives one. */
  role?: string;
}

export type ClaimKind = 'count' | 'money' | 'percent' | 'measure' | 'duration' | 'range' | 'change';

export type Qualifier = 'at-most' | 'up-to' | 'at-least' | 'about' | 'more-than' | 'less-than';

export interface Claim extends Span {
  /** The value as a number (for a range, its lower bound). */
  value: number;
  /** Upper bound of a range. */
  valueMax?: number;
  /** Unit or counted noun as written: "صاروخ باليستي عابر للقارات", "%", "USD", "km". */
  unit?: string;
  kind: ClaimKind;
  qualifier?: Qualifier;
  /** Who the sentence attributes the figure to. */
  source?: string;
  /** The time the figure holds at, as written ("مارس/آذار"). */
  asOf?: string;
}

/** A glossary match before notes are attached. */
export interface TermMatch extends Span {
  id: string;
}

export interface TermHit extends TermMatch {
  title: string;
  note: string;
}

export interface TextAnnotations {
  people: PersonMention[];
  claims: Claim[];
  terms: TermHit[];
}

export interface ArticleInfo {
  title: string;
  text: string;
  lang: string;
  dir: Dir;
}

export interface Annotation extends TextAnnotations {
  article: ArticleInfo;
}
