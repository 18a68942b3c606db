import { describe, expect, it } from 'vitest';
import { checkedPeople } from './checked';
import type { PersonMention } from '../../../core/types';

const people = (text: string) => checkedPeople(text, 'ar');

const named = (found: PersonMention[], name: string) => found.filter((m) => m.name === name);

describe('Arabic roles written after the name', () => {
  it('reads a role set off by commas before the verb of saying', () => {
    const found = people('ديمتري بيسكوف، المتحدث باسم الكرملين، قال إن موسكو تدرس العرض.');
    expect(found.map((m) => [m.text, m.role])).toEqual([['ديمتري بيسكوف', 'المتحدث باسم الكرملين']]);
  });

  it('reads a role between the verb of saying and "إن"', () => {
    const found = people('قال ديمتري بيسكوف، المتحدث باسم الكرملين، إن الرئيس لن يسافر.');
    expect(found[0]!.role).toBe('المتحدث باسم الكرملين');
  });

  it('reads a role that ends the sentence, on a name after a preposition', () => {
    const found = people('وفي جنيف التقى الرئيس الفرنسي إيمانويل ماكرون بسيرغي لافروف، وزير الخارجية الروسي.');
    expect(named(found, 'إيمانويل ماكرون')[0]!.role).toBe('الرئيس الفرنسي');
    expect(named(found, 'سيرغي لافروف')[0]!.role).toBe('وزير الخارجية الروسي');
  });

  it('reads a role in brackets, and one holding a quoted organisation', () => {
    expect(people('قال أنطونيو غوتيريش (الأمين العام للأمم المتحدة) إن الهدنة هشة.')[0]!.role).toBe('الأمين العام للأمم المتحدة');
    const quoted = people('وقال سامر حداد، مدير " مؤسسة الأفق " ، إن المعرض نجح.');
    expect(quoted[0]!.role).toBe('مدير " مؤسسة الأفق "');
  });

  it('gives the role written after a later surname to every mention of the person', () => {
    const found = people('وصل أولاف شولتس إلى روما صباحا. وقال شولتس، المستشار الألماني، إن أوروبا موحدة.');
    expect(found.map((m) => m.text)).toEqual(['أولاف شولتس', 'شولتس']);
    for (const m of found) expect(m.role).toBe('المستشار الألماني');
  });

  it('reads nisba adjectives that look like verbs as part of the role', () => {
    const found = people('قال أحمد داود، مسؤول تركي كبير، إن أنقرة ترفض الخطة.');
    expect(found[0]!.role).toBe('مسؤول تركي كبير');
  });

  it('stops the role before a relative clause', () => {
    const found = people('قال أولاف شولتس، المستشار الألماني الذي يزور باريس، إن الاتفاق قريب.');
    expect(found[0]!.role).toBe('المستشار الألماني');
  });

  it('keeps the role written before the name when one follows too', () => {
    const found = people('قال الرئيس الروسي فلاديمير بوتين، رئيس مجلس الأمن، إن بلاده مستعدة.');
    expect(found[0]!.role).toBe('الرئيس الروسي');
  });

  it('takes no role from a place set off by commas', () => {
    const found = people('وصل جوزيب بوريل، موسكو، يوم الخميس.');
    expect(found.map((m) => m.text)).toEqual(['جوزيب بوريل']);
    expect(found[0]!.role).toBeUndefined();
  });

  it('never swallows the next person: a title before a name is that name\'s role', () => {
    const withName = people('تحدث فلاديمير بوتين، وزير الخارجية سيرغي لافروف، عن الأمر.');
    expect(named(withName, 'فلاديمير بوتين')[0]!.role).toBeUndefined();
    expect(named(withName, 'سيرغي لافروف')[0]!.role).toBe('وزير الخارجية');
    const nextName = people('التقى فلاديمير بوتين، المتحدث باسم الكرملين، ديمتري بيسكوف، في موسكو.');
    expect(named(nextName, 'فلاديمير بوتين')[0]!.role).toBeUndefined();
    expect(named(nextName, 'ديمتري بيسكوف')[0]!.role).toBe('المتحدث باسم الكرملين');
  });

  it('takes no role from a clause that only starts with a title word', () => {
    const found = people('استقبل رجب أردوغان، رئيس تركيا يزور الصين اليوم.');
    expect(found[0]!.role).toBeUndefined();
  });
});

describe('Arabic proclitics on names', () => {
  it('covers the whole word "وبوتين" and ties it to the full name', () => {
    const found = people('قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة. وبوتين نفسه لم يحضر القمة.');
    expect(found.map((m) => m.text)).toEqual(['فلاديمير بوتين', 'وبوتين']);
    expect(found.every((m) => m.name === 'فلاديمير بوتين')).toBe(true);
  });

  it('reads ل off a surname after a verb of saying to link it', () => {
    const found = people('بعث الرئيس الأمريكي جو بايدن رسالة إلى فلاديمير بوتين، وأكد لبوتين أن واشنطن جادة.');
    expect(named(found, 'فلاديمير بوتين').map((m) => m.text)).toEqual(['فلاديمير بوتين', 'لبوتين']);
    expect(found.some((m) => m.name.startsWith('ل'))).toBe(false);
  });

  it('reads ف off "فلافروف" and ل off "للافروف" to link them', () => {
    const found = people('وقال وزير الخارجية سيرغي لافروف إن الاتفاق انتهى. وأضاف أن للافروف رأيا آخر، وقال فلافروف إنه يرى ذلك.');
    expect(found.map((m) => m.text)).toEqual(['سيرغي لافروف', 'للافروف', 'فلافروف']);
    expect(found.every((m) => m.name === 'سيرغي لافروف')).toBe(true);
  });

  it('links "وماكرون" after another name to the full name', () => {
    const found = people('أكد الرئيس الفرنسي إيمانويل ماكرون دعمه، وتحدث أولاف شولتس وماكرون عن الحرب.');
    expect(named(found, 'إيمانويل ماكرون').map((m) => m.text)).toEqual(['إيمانويل ماكرون', 'وماكرون']);
  });

  it('keeps a name that starts with a proclitic letter whole', () => {
    const found = people('وقال المدرب أليكس فيرغسون إن الفريق جاهز، وأضاف فيرغسون أن اللقاء صعب.');
    expect(found.map((m) => m.text)).toEqual(['أليكس فيرغسون', 'فيرغسون']);
  });
});

describe('Arabic roles written before the name', () => {
  it('gives no role across a plain noun between the title phrase and the name', () => {
    // The title belongs to the sentence's subject; "رسالة" is the object, not part of a role.
    const found = people('وجه الرئيس الأمريكي رسالة لفلاديمير بوتين قبل القمة.');
    expect(found.map((m) => [m.name, m.role])).toEqual([['فلاديمير بوتين', undefined]]);
    const both = people('وجه الرئيس الأمريكي جو بايدن رسالة لفلاديمير بوتين قبل القمة.');
    expect(both.map((m) => [m.name, m.role])).toEqual([
      ['جو بايدن', 'الرئيس الأمريكي'],
      ['فلاديمير بوتين', undefined],
    ]);
  });

  it('keeps a noun that a bare title takes as its complement', () => {
    const found = people('قال رئيس وزراء بريطانيا توني بلير إن الاتفاق قريب.');
    expect(found.map((m) => [m.text, m.role])).toEqual([['توني بلير', 'رئيس وزراء بريطانيا']]);
  });
});
