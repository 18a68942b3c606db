/**
 * What the side panel shows for one page, derived from an Annotation. Kept in core so the panel,
 * the export and the tests derive it the same way.
 */
import type { Annotation, Claim, PersonMention, TermHit } from './types';

export type ItemKind = 'person' | 'claim' | 'term';

export interface PersonItem {
  key: string;
  name: string;
  role?: string;
  mentions: number;
  first: PersonMention;
}

export interface ClaimItem {
  key: string;
  claim: Claim;
  /** The sentence the claim stands in, for copying with its context. */
  sentence: string;
}

export interface TermItem {
  key: string;
  id: string;
  title: string;
  note: string;
  occurrences: number;
  first: TermHit;
}

export interface PanelModel {
  people: PersonItem[];
  claims: ClaimItem[];
  terms: TermItem[];
}

export const personKey = (name: string) => `person:${name}`;
export const claimKey = (c: Claim) => `claim:${c.start}`;
export const termKey = (id: string) => `term:${id}`;

/** The sentence around [start, end): from the previous sentence end or line break to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  const stops = /[.!?؟\n]/;
  let s = start;
  while (s > 0 && !stops.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !stops.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return text.slice(s, e).trim();
}

export function buildPanelModel(a: Annotation): PanelModel {
  const people = new Map<string, PersonItem>();
  for (const m of a.people) {
    const item = people.get(m.name);
    if (item) {
      item.mentions++;
      item.role ??= m.role;
    } else people.set(m.name, { key: personKey(m.name), name: m.name, role: m.role, mentions: 1, first: m });
  }
  const terms = new Map<string, TermItem>();
  for (const t of a.terms) {
    const item = terms.get(t.id);
    if (item) item.occurrences++;
    else terms.set(t.id, { key: termKey(t.id), id: t.id, title: t.title, note: t.note, occurrences: 1, first: t });
  }
  return {
    people: [...people.values()],
    claims: a.claims.map((claim) => ({ key: claimKey(claim), claim, sentence: sentenceAround(a.article.text, claim.start, claim.end) })),
    terms: [...terms.values()],
  };
}
