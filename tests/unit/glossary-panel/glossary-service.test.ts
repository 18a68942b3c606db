import { describe, expect, it } from 'vitest';
import { createGlossary, loadGlossary } from '../../../core/glossary';
import type { GlossaryFile } from '../../../core/glossary/schema';
import { glossaryEntries, isGlossaryIds, MAX_GLOSSARY_IDS } from '../../../utils/background/glossary-service';

const FILE: GlossaryFile = {
  version: 1,
  domain: 'test',
  entries: [
    {
      id: 'alpha-pact',
      category: 'treaty',
      title: { ar: 'ميثاق ألفا', en: 'Alpha Pact' },
      aliases: { ar: ['ميثاق ألفا'], en: ['Alpha Pact'] },
      note: { ar: 'ميثاق تجريبي.', en: 'A test pact.' },
      wikipedia: { en: 'Alpha Pact' },
    },
    {
      id: 'beta-bank',
      category: 'institution',
      title: { ar: 'بنك بيتا', en: 'Beta Bank' },
      aliases: { ar: ['بنك بيتا'], en: ['Beta Bank'] },
      note: { ar: 'بنك تجريبي.', en: 'A test bank.' },
    },
  ],
};

describe('glossaryEntries (background service)', () => {
  const glossary = createGlossary([FILE]);

  it('returns full entries, both languages, in the order asked, once each', () => {
    const out = glossaryEntries(['beta-bank', 'alpha-pact', 'beta-bank'], glossary);
    expect(out.map((e) => e.id)).toEqual(['beta-bank', 'alpha-pact']);
    expect(out[1]!.note).toEqual({ ar: 'ميثاق تجريبي.', en: 'A test pact.' });
    expect(out[1]!.wikipedia).toEqual({ en: 'Alpha Pact' });
  });

  it('skips unknown ids and refuses malformed requests', () => {
    expect(glossaryEntries(['nope', 'alpha-pact'], glossary).map((e) => e.id)).toEqual(['alpha-pact']);
    for (const bad of [undefined, null, 'alpha-pact', [1], [{}], ['Alpha Pact'], ['a'.repeat(200)], Array(MAX_GLOSSARY_IDS + 1).fill('alpha-pact')]) {
      expect(isGlossaryIds(bad)).toBe(false);
      expect(glossaryEntries(bad, glossary)).toEqual([]);
    }
    expect(isGlossaryIds([])).toBe(true);
  });

  it('serves the bundled glossary by default, with notes in Arabic and English', () => {
    const [nato] = glossaryEntries(['nato']);
    expect(nato?.id).toBe('nato');
    expect(nato!.note.ar.length).toBeGreaterThan(10);
    expect(nato!.note.en.length).toBeGreaterThan(10);
    expect(loadGlossary().entry('nato')).toBe(nato);
  });
});
