import { describe, expect, it } from 'vitest';
import { checkedPeople, mentionTexts as texts } from './checked';

describe('English web text (mail, forums, reviews)', () => {
  it('takes a lone unknown word before a possessive, spaced or not', () => {
    expect(texts("Okonjo 's death left a gap , and Okonjo’s heirs disagree .", 'en')).toEqual(['Okonjo', 'Okonjo']);
  });

  it('takes a signature alone on its line, but no cry or sign-off alone on a line', () => {
    expect(texts('See you at noon.\nTeodric', 'en')).toEqual(['Teodric']);
    expect(texts('Great place!\nAwesome !\nKudos .\nCurrently ,', 'en')).toEqual([]);
    expect(texts('See you at noon.\nWhoaaa', 'en')).toEqual([]);
    // After a sign-off, the next line is the sender's name.
    expect(texts('Sincerely ,\nTeodric', 'en')).toEqual(['Teodric']);
  });

  it('takes the addressee opening a mail, not an adverb', () => {
    expect(texts('Wenlo , Please send the file .', 'en')).toEqual(['Wenlo']);
    expect(texts('Currently , We are closed .', 'en')).toEqual([]);
  });

  it('takes unknown words listed beside a person, on the same line only', () => {
    expect(texts('Brakko , Fennick and Tom Harris met today .', 'en')).toEqual(['Brakko', 'Fennick', 'Tom Harris']);
    expect(texts('Regards ,\nTom Harris', 'en')).toEqual(['Tom Harris']);
    // An everyday word in the list ("fennel") is no unknown word: it stays a word.
    expect(texts('Brakko , Fennel and Tom Harris met today .', 'en')).toEqual(['Brakko', 'Tom Harris']);
  });

  it('keeps a Lotus Notes domain with the name and reads "Surname , Given" headers', () => {
    expect(texts('Forwarded by Mary Quell@ENRON on 08/16/2000', 'en')).toEqual(['Mary Quell@ENRON']);
    expect(texts('From: " Lenhart , Matthew " < mlen@example.com >', 'en')).toEqual(['Lenhart , Matthew']);
  });

  it('reads lower-case given names in text nobody capitalises', () => {
    expect(texts('i think shanna and i will stay . the weather is fine , hector was wrong .', 'en')).toEqual([
      'shanna',
      'hector',
    ]);
    // In ordinary prose a lower-case word is no name.
    expect(texts('I think the art of the deal is fine. Hector was wrong.', 'en')).toEqual(['Hector']);
  });

  it('keeps dotted middle initials and particles joined by spaced hyphens', () => {
    expect(texts('The board also nominated A. Noel Kramer and Kevin A. Boone .', 'en')).toEqual(['A. Noel Kramer', 'Kevin A. Boone']);
    expect(texts('The fight with Muqtada al - Sadr went on .', 'en')).toEqual(['Muqtada al - Sadr']);
    // A well-known surname that is also a word still opens the sentence as a person.
    expect(texts('Bush also nominated A. Noel Kramer and Kevin A. Boone .', 'en')).toEqual(['Bush', 'A. Noel Kramer', 'Kevin A. Boone']);
  });

  it('takes a two-word unknown name opening a sentence when a clause follows', () => {
    expect(texts('Destiny Allison sculpts in metal .', 'en')).toEqual(['Destiny Allison']);
  });
});

describe('Arabic tagger edges', () => {
  it('keeps the first letter of foreign names that begin like a proclitic', () => {
    const found = texts('وأكد المدرب الاسكتلندي أليكس فيرجسون أن الفريق جاهز. وكان فرويد طبيبا.', 'ar');
    for (const t of found) expect(['يرجسون', 'رويد']).not.toContain(t);
  });

  it('reads a conjunction glued to a function word as a function word', () => {
    expect(texts('وفي الأسبوع الماضي قال الرئيس جورج بوش إن الحرب انتهت.', 'ar')).toEqual(['جورج بوش']);
  });

  it('splits names joined by و, each linked by its bare surname', () => {
    const text = 'وقال بوش وبلير إن الوقت مناسب. وكان بلير قد زار بغداد.';
    const found = checkedPeople(text, 'ar');
    expect(found.map((m) => m.text)).toEqual(['بوش', 'وبلير', 'بلير']);
    expect(found[1]!.name).toBe(found[2]!.name);
    expect(found[1]!.name).toBe('بلير');
  });
});
