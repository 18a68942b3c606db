import { describe, expect, it } from 'vitest';
import { articledWords, trimAccusatives } from '../../../core/people/arabic-common-nouns';
import type { Analysis } from '../../../core/people/arabic-tagger';
import { lex, read } from '../../../core/people/arabic-words';
import { linkMentions, type RawMention, type Restemmer } from '../../../core/people/link';
import { tokenize } from '../../../core/people/tokens';

/** Words and kinds of a text as the detector reads them (all the two rules look at). */
function reading(text: string): Pick<Analysis, 'words' | 'kinds'> {
  const L = lex();
  const rs = tokenize(text).map((t) => read(L, t));
  return { words: rs.map((r) => r.word), kinds: rs.map((r) => r.kind) };
}

describe('Arabic words the text uses as common nouns', () => {
  it('collects bare words the text also writes with the article, after a preposition too', () => {
    const { words } = reading('رأى الصياد أسدا ثم هرب من الأسد وعاد بالقارب إلى للبيت');
    const set = articledWords(words);
    expect(set.has('اسد')).toBe(true);
    expect(set.has('صياد')).toBe(true);
    expect(set.has('قارب')).toBe(true);
    expect(set.has('بيت')).toBe(true);
    // "الى" less the article is too short to be read as a noun.
    expect(set.has('ي')).toBe(false);
    expect([...set].some((w) => w.startsWith('ال'))).toBe(false);
  });

  it('trims an indefinite accusative off a span and drops a span made of one', () => {
    const text = 'أرسل معاوية جيشا وقدم الفنان برنامجا جديدا';
    const a = reading(text);
    const lists = { common: new Set(['جيش', 'برنامج', 'جديد']), names: new Set(['معاويه']) };
    // Token indexes: 0 أرسل, 1 معاوية, 2 جيشا, 3 وقدم, 4 الفنان, 5 برنامجا, 6 جديدا.
    expect(trimAccusatives(a, [[1, 3], [5, 6]], lists)).toEqual([[1, 2]]);
  });

  it('keeps a name ending in alef when the word less the alef is no everyday word', () => {
    const text = 'وسجل ماريا سيلفا هدفا';
    const a = reading(text);
    // "هدف" is everyday; "سيلف" and "ماري" are not.
    const lists = { common: new Set(['هدف']), names: new Set<string>() };
    expect(trimAccusatives(a, [[1, 3]], lists)).toEqual([[1, 3]]);
    // Nor when the whole word is a name of the training text, whatever its rest.
    expect(trimAccusatives(a, [[1, 3]], { common: new Set(['سيلف']), names: new Set(['سيلفا']) })).toEqual([[1, 3]]);
  });
});

/** A mention of the first occurrence of `words` in `text`, keyed by its words. */
function mentionOf(text: string, words: string): RawMention {
  const start = text.indexOf(words);
  return { start, end: start + words.length, key: words.split(' ') };
}
function stems(notAlone?: Set<string>): Restemmer {
  const s: Restemmer = { readings: (t) => [{ skip: 0, key: t.text }], isParticle: () => false, givenNameAlone: true };
  if (notAlone) s.notAlone = (k) => notAlone.has(k);
  return s;
}
const link = (text: string, found: RawMention[], s: Restemmer) =>
  linkMentions(text, tokenize(text), found, s).map((m) => m.text);

describe('later mentions of a word the text uses as a noun', () => {
  it('does not tie a bare word the language marks as a noun here', () => {
    const text = 'نام أسد في الغابة . ويعيش أسد آخر قرب الأسد الكبير .';
    const found = [mentionOf(text, 'أسد')];
    expect(link(text, found, stems())).toEqual(['أسد', 'أسد']);
    expect(link(text, found, stems(new Set(['أسد'])))).toEqual(['أسد']);
  });

  it('still ties such a word when it continues a name written again in full', () => {
    const text = 'غنى يوسف إسلام في لندن عن الإسلام . وقال يوسف إسلام إنه سعيد .';
    const found = [mentionOf(text, 'يوسف إسلام')];
    expect(link(text, found, stems(new Set(['إسلام'])))).toEqual(['يوسف إسلام', 'يوسف إسلام']);
  });
});
