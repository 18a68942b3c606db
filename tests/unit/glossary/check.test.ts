import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, GlossaryFile } from '../../../core/glossary/schema';
import { checkGlossary, countSentences } from '../../../scripts/check-glossary';

function entry(over: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id: 'sample-body',
    category: 'organisation',
    title: { ar: 'هيئة نموذجية', en: 'Sample Body' },
    aliases: { ar: ['الهيئة النموذجية'], en: ['Sample Body'] },
    note: { ar: 'هيئة للاختبار فقط.', en: 'A body used only in tests.' },
    wikipedia: { en: 'Sample' },
    ...over,
  };
}

const file = (entries: GlossaryEntry[]): Record<string, GlossaryFile> => ({ test: { version: 1, domain: 'test', entries } });
const errorsOf = (entries: GlossaryEntry[]) => checkGlossary(file(entries), null).errors;

describe('checkGlossary', () => {
  it('accepts a valid entry', () => {
    expect(errorsOf([entry()])).toEqual([]);
  });

  it('rejects duplicate ids, unknown categories and bad ids', () => {
    expect(errorsOf([entry(), entry({ aliases: { ar: ['هيئة أخرى'], en: ['Other Body'] } })]).join()).toMatch(/id also used/);
    expect(errorsOf([entry({ category: 'sport' as never })]).join()).toMatch(/unknown category/);
    expect(errorsOf([entry({ id: 'Bad Id' })]).join()).toMatch(/kebab-case/);
  });

  it('requires both languages for title, note and aliases', () => {
    expect(errorsOf([entry({ title: { ar: '', en: 'X' } })]).join()).toMatch(/missing ar title/);
    expect(errorsOf([entry({ note: { ar: 'ملاحظة.', en: '' } })]).join()).toMatch(/missing en note/);
    expect(errorsOf([entry({ aliases: { ar: [], en: ['Sample Body'] } })]).join()).toMatch(/no ar aliases/);
    expect(errorsOf([entry({ aliases: { ar: ['Sample'], en: ['Sample Body'] } })]).join()).toMatch(/not in Arabic script/);
  });

  it('limits notes to three sentences and 400 characters', () => {
    const four = 'One. Two. Three. Four.';
    expect(errorsOf([entry({ note: { ar: 'ملاحظة.', en: four } })]).join()).toMatch(/4 sentences/);
    expect(errorsOf([entry({ note: { ar: 'ملاحظة.', en: 'x'.repeat(401) } })]).join()).toMatch(/max 400/);
    expect(countSentences('The U.S. and the U.N. agreed. Then it ended.')).toBe(2);
    expect(countSentences('جملة أولى. جملة ثانية؟ جملة ثالثة.')).toBe(3);
  });

  it('rejects an alias shared across entries unless both mark it ambiguous', () => {
    const a = entry({ id: 'a', aliases: { ar: ['الهيئة'], en: ['ABC'] } });
    const b = entry({ id: 'b', aliases: { ar: ['هيئة ب'], en: ['ABC'] } });
    expect(errorsOf([a, b]).join()).toMatch(/"ABC" is shared by a \(not marked ambiguous\), b \(not marked ambiguous\)/);
    // Sharing is detected after normalisation: proclitic article and hamza forms do not hide it.
    const c = entry({ id: 'c', aliases: { ar: ['الأطلسي الكبير'], en: ['Big Atlantic'] } });
    const d = entry({ id: 'd', aliases: { ar: ['اطلسي الكبير'], en: ['Other'] } });
    expect(errorsOf([c, d]).join()).toMatch(/shared by c/);
    expect(errorsOf([{ ...a, ambiguous: ['ABC'] }, { ...b, ambiguous: ['ABC'] }])).toEqual([]);
  });

  it('rejects common words and too-short aliases', () => {
    expect(errorsOf([entry({ aliases: { ar: ['الهيئة النموذجية'], en: ['Senate'] } })]).join()).toMatch(/common word/);
    expect(errorsOf([entry({ aliases: { ar: ['هب'], en: ['Sample Body'] } })]).join()).toMatch(/too short/);
  });

  it('checks the file version', () => {
    const bad = { test: { version: 2 as 1, domain: 'test', entries: [entry()] } };
    expect(checkGlossary(bad, null).errors.join()).toMatch(/version 2/);
  });
});
