import { describe, expect, it } from 'vitest';
import { detectPeople } from '../../../core/people';
import { linkMentions, type RawMention, type Restemmer } from '../../../core/people/link';
import { tokenize } from '../../../core/people/tokens';

/** A mention of the first occurrence of `words` in `text`, keyed by its words. */
function mentionOf(text: string, words: string): RawMention {
  const start = text.indexOf(words);
  return { start, end: start + words.length, key: words.split(' ') };
}

/** Reads each token as itself; `given` and `everyday` stand in for a language's word lists. */
function stems(given: Set<string>, everyday = new Set<string>()): Restemmer {
  return {
    readings: (t) => [{ skip: 0, key: t.text }],
    isParticle: () => false,
    givenNameAlone: (k) => given.has(k),
    everyday: (k) => everyday.has(k),
  };
}

const link = (text: string, found: RawMention[], s: Restemmer) =>
  linkMentions(text, tokenize(text), found, s).map((m) => [m.text, m.name]);

describe('Arabic later mentions tied to a name', () => {
  it('ties a bare first word only when the language accepts it as a given name', () => {
    const text = 'وصل ياسر عرفات إلى غزة. وقال ياسر إن الاتفاق قريب.';
    const found = [mentionOf(text, 'ياسر عرفات')];
    expect(link(text, found, stems(new Set(['ياسر'])))).toEqual([
      ['ياسر عرفات', 'ياسر عرفات'],
      ['ياسر', 'ياسر عرفات'],
    ]);
    // A first word that is no given name ("أسد" of a misread "أسد كاتانغا") stays a word.
    const lion = 'شوهد أسد كاتانغا في الغابة. ويعيش أسد واحد في الحديقة.';
    expect(link(lion, [mentionOf(lion, 'أسد كاتانغا')], stems(new Set()))).toEqual([['أسد كاتانغا', 'أسد كاتانغا']]);
  });

  it('still ties the whole name written again after such a first word', () => {
    const text = 'غنت تيني هاو في الحفل. وعادت تيني هاو إلى بلدها.';
    const found = [mentionOf(text, 'تيني هاو')];
    expect(link(text, found, stems(new Set()))).toEqual([
      ['تيني هاو', 'تيني هاو'],
      ['تيني هاو', 'تيني هاو'],
    ]);
  });

  it('never ties an everyday word, even as the last word of a name', () => {
    const text = 'كتب محمد تأليف المقال. وكان تأليف الكتاب صعبا.';
    const found = [mentionOf(text, 'محمد تأليف')];
    expect(link(text, found, stems(new Set(['محمد']), new Set(['تأليف'])))).toEqual([['محمد تأليف', 'محمد تأليف']]);
    expect(link(text, found, stems(new Set(['محمد'])))).toEqual([
      ['محمد تأليف', 'محمد تأليف'],
      ['تأليف', 'محمد تأليف'],
    ]);
  });

  it('ties a later bare given name from the lexicon in the Arabic detector', () => {
    const text = 'قال الشاعر نزار قباني إن القصيدة لم تكتمل. وأضاف نزار أنه سيعود إلى دمشق.';
    const found = detectPeople(text, 'ar');
    expect(found.map((m) => [m.text, m.name])).toEqual([
      ['نزار قباني', 'نزار قباني'],
      ['نزار', 'نزار قباني'],
    ]);
  });
});

describe('Arabic names ending on a kunya head or a lineage link', () => {
  it('takes the word after "أبي" or "آل" even when it also reads as a verb or a number', () => {
    expect(detectPeople('وصل سالم بن أبي طالب إلى المدينة.', 'ar').map((m) => m.text)).toEqual(['سالم بن أبي طالب']);
    expect(detectPeople('استقبل الشيخ فهد بن ناصر آل ثاني الوفد.', 'ar').map((m) => m.text)).toEqual(['فهد بن ناصر آل ثاني']);
  });

  it('cuts "ابن" off a name when a kinship word follows it', () => {
    expect(detectPeople('قال كريم سلامة ابن أخيه إن الأسرة بخير.', 'ar').map((m) => m.text)).toEqual(['كريم سلامة']);
  });
});

describe('Arabic names joined by و', () => {
  it('keeps a و-initial word after a kunya head inside the name', () => {
    const text = 'زار الوفد ضريح سعد بن أبي وقاص في المدينة.';
    const found = detectPeople(text, 'ar');
    expect(found.map((m) => m.text)).toEqual(['سعد بن أبي وقاص']);
  });
});
