import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../core/annotate';
import { fromWire, toWire } from '../../../utils/detect-wire';

// Written for this test: one term three times, a person twice, a claim.
const TEXT =
  'NATO leaders met in Brussels. Kremlin spokesman Dmitry Peskov said NATO was expanding, and Peskov added that NATO had 700 missiles ready.';

describe('detect answer on the wire', () => {
  const annotations = annotateText(TEXT, 'en');

  it('round-trips the annotation exactly', () => {
    expect(annotations.terms.length).toBeGreaterThanOrEqual(3);
    expect(fromWire(toWire(annotations))).toEqual(annotations);
  });

  it("carries the background's time beside the annotation without changing it", () => {
    const wire = toWire(annotations, 4.5);
    expect(wire.workerMs).toBe(4.5);
    expect(fromWire(wire)).toEqual(annotations);
  });

  it("sends each term's title and note once, not at every occurrence", () => {
    const wire = toWire(annotations);
    const ids = new Set(annotations.terms.map((t) => t.id));
    expect(Object.keys(wire.notes).sort()).toEqual([...ids].sort());
    for (const term of wire.terms) expect(Object.keys(term).sort()).toEqual(['end', 'id', 'start', 'text']);
    const note = annotations.terms[0]!.note;
    expect(JSON.stringify(wire).split(note).length - 1).toBe(1);
  });

  it('leaves out an occurrence whose note is missing rather than inventing one', () => {
    const wire = toWire(annotations);
    const id = wire.terms[0]!.id;
    delete wire.notes[id];
    const back = fromWire(wire);
    expect(back.terms.some((t) => t.id === id)).toBe(false);
    expect(back.people).toEqual(annotations.people);
  });
});
