/**
 * The detect answer as it travels from the background to a page. A term's title and note are the
 * same at every occurrence, so they travel once per term id: sent with each occurrence they made
 * the answer for the 200,000-word test page about 5 MB, deserialised in one task on the page's
 * thread. The page rebuilds the annotation the rest of Gloss reads (TextAnnotations).
 */
import type { TermHit, TermMatch, TextAnnotations } from '../core/types';

export interface DetectAnswer {
  people: TextAnnotations['people'];
  claims: TextAnnotations['claims'];
  /** Occurrences without their title and note. */
  terms: TermMatch[];
  /** Title and note by term id. */
  notes: Record<string, { title: string; note: string }>;
  /** Milliseconds the background spent detecting: the rest of the round trip is messaging. */
  workerMs?: number;
}

export function toWire(annotations: TextAnnotations, workerMs?: number): DetectAnswer {
  const notes: DetectAnswer['notes'] = {};
  const terms = annotations.terms.map(({ id, start, end, text, title, note }) => {
    notes[id] ??= { title, note };
    return { id, start, end, text };
  });
  return { people: annotations.people, claims: annotations.claims, terms, notes, workerMs };
}

/** The annotation again; an occurrence whose id has no note (never sent so) is left out, not guessed. */
export function fromWire(answer: DetectAnswer): TextAnnotations {
  const terms: TermHit[] = [];
  for (const term of answer.terms) {
    const note = Object.hasOwn(answer.notes, term.id) ? answer.notes[term.id] : undefined;
    if (note) terms.push({ ...term, title: note.title, note: note.note });
  }
  return { people: answer.people, claims: answer.claims, terms };
}
