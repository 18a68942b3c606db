import { describe, expect, it } from 'vitest';
import { detectPeople } from '../../../core/people';

const texts = (text: string) => detectPeople(text, 'ar').map((m) => m.text);

describe('Arabic names of places, teams and offices (sentences written for these tests)', () => {
  it('reads a name after a place noun as the place, keeping the person before it', () => {
    expect(texts('وصل كريم بنزيمة إلى مطار محمد الخامس.')).toEqual(['كريم بنزيمة']);
  });

  it('reads past one title between the place noun and the name', () => {
    expect(texts('يدرس أخي في جامعة الملك سعود منذ عامين.')).toEqual([]);
  });

  it('treats a place of two words as a place throughout the text', () => {
    expect(texts('زرنا مسجد نور الدين في المدينة. ويعد نور الدين من أقدم المساجد.')).toEqual([]);
  });

  it('keeps a person a verb of saying stands before, though a place is named after them', () => {
    expect(texts('وقال محمد علي إنه سعيد. وصلى في مسجد محمد علي.')).toEqual(['محمد علي']);
  });

  it('reads the word after an office noun in construct as what the office is of', () => {
    expect(texts('أعلن ملك نافارا الحرب على جيرانه. وعاد ملك نافارا إلى عاصمته.')).toEqual([]);
  });

  it('does not tie a surname written after "في" to the person', () => {
    const text = 'وقال الوزير سمير طرابلسي إن الوضع هادئ. ووقع انفجار في طرابلسي أمس. وأكد طرابلسي أن الأمن مستتب.';
    const found = detectPeople(text, 'ar');
    expect(found.map((m) => m.text)).toEqual(['سمير طرابلسي', 'طرابلسي']);
    expect(found[1]!.start).toBe(text.lastIndexOf('طرابلسي'));
  });

  it('does not fire on a title with the article or on a kunya that holds a place noun', () => {
    expect(texts('استقبل الملك محمد السادس الوفد في القصر الملكي.')).toEqual(['محمد السادس']);
    expect(texts('وسجل تامر أبو جبل ومحمود حسن هدفين.')).toEqual(['تامر أبو جبل', 'ومحمود حسن']);
  });
});
