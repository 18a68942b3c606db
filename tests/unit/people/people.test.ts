import { describe, expect, it } from 'vitest';
import { checkedPeople as checked } from './checked';
import { detectPeople } from '../../../core/people';
import type { PersonMention } from '../../../core/types';

const texts = (found: PersonMention[]) => found.map((m) => m.text);
const byText = (found: PersonMention[], text: string) => found.find((m) => m.text === text);

describe('Arabic people', () => {
  it('finds full names after a title and gives them that role', () => {
    const text = 'قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين تدعم الحوار.';
    const found = checked(text, 'ar');
    expect(texts(found)).toEqual(['أنالينا بيربوك']);
    expect(found[0]!.role).toBe('وزيرة الخارجية الألمانية');
  });

  it('ties a later surname to the full name, with the same name and role', () => {
    const text =
      'وصرح المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين بأن الباب مفتوح. وقال بيسكوف، بحسب وكالة تاس، إن الرد سيأتي لاحقا.';
    const found = checked(text, 'ar');
    expect(texts(found)).toEqual(['ديمتري بيسكوف', 'بيسكوف']);
    for (const m of found) {
      expect(m.name).toBe('ديمتري بيسكوف');
      expect(m.role).toBe('المتحدث باسم الكرملين');
    }
  });

  it('reads proclitics off a name to link it, and covers the whole written word', () => {
    const text = 'استقبل الرئيس الروسي فلاديمير بوتين ضيفه. وبوتين يرى أن لبوتين دورا، ويقول مقربون من بوتين ذلك.';
    const found = checked(text, 'ar');
    expect(texts(found)).toEqual(['فلاديمير بوتين', 'وبوتين', 'لبوتين', 'بوتين']);
    expect(new Set(found.map((m) => m.name))).toEqual(new Set(['فلاديمير بوتين']));
    // "وبوتين": the span starts at the word's first letter, after the space.
    expect(text[found[1]!.start - 1]).toBe(' ');
  });

  it('keeps compound names and kunyas whole', () => {
    const text = 'التقى العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس، المعروف بأبي مازن، في عمان. وقال أبو مازن إن اللقاء كان مثمرا.';
    const found = checked(text, 'ar');
    expect(texts(found)).toContain('عبد الله الثاني');
    expect(texts(found)).toContain('محمود عباس');
    expect(texts(found)).toContain('أبو مازن');
    expect(byText(found, 'محمود عباس')!.role).toBe('الرئيس الفلسطيني');
  });

  it('takes lineage names with بن', () => {
    const found = checked('ووصل ولي العهد السعودي الأمير محمد بن سلمان إلى القاهرة.', 'ar');
    expect(texts(found)).toEqual(['محمد بن سلمان']);
  });

  it('finds names inside quotation marks', () => {
    const text = 'وكتب الصحفي: “التقيت سيرغي لافروف أمس”، وأضاف أن “لافروف كان هادئا”.';
    const found = checked(text, 'ar');
    expect(texts(found)).toEqual(['سيرغي لافروف', 'لافروف']);
  });

  it('takes no organisation, agency, brand or place for a person', () => {
    const text =
      'أعلن الكرملين أن موسكو تلقت رسالة من واشنطن عبر كييف، ونقلت وكالة تاس الخبر عن موقع جوجل وتطبيق تيليجرام.';
    expect(checked(text, 'ar')).toEqual([]);
  });

  it('does not read the preposition على or everyday words as names', () => {
    expect(checked('وافق المجلس على إجراء محادثات مع الوفد على الرغم من الخلاف.', 'ar')).toEqual([]);
  });

  it('finds a bare surname after a verb of saying', () => {
    const found = checked('وقال بلير إن الوقت مناسب.', 'ar');
    expect(texts(found)).toEqual(['بلير']);
  });
});

describe('English people', () => {
  it('finds names after titles and keeps the title as the role', () => {
    const text = 'U.S. Secretary of State Antony Blinken met Kremlin spokesman Dmitry Peskov on Monday.';
    const found = checked(text, 'en');
    expect(texts(found)).toEqual(['Antony Blinken', 'Dmitry Peskov']);
    expect(found[0]!.role).toBe('U.S. Secretary of State');
    expect(found[1]!.role).toBe('Kremlin spokesman');
  });

  it('ties later surnames and possessives to the full name', () => {
    const text = 'French President Emmanuel Macron spoke first. Macron said that Macron’s plan would hold.';
    const found = checked(text, 'en');
    expect(texts(found)).toEqual(['Emmanuel Macron', 'Macron', 'Macron']);
    for (const m of found) {
      expect(m.name).toBe('Emmanuel Macron');
      expect(m.role).toBe('French President');
    }
  });

  it('keeps particles and compound surnames inside the name', () => {
    const text = 'Crown Prince Mohammed bin Salman hosted Senator Chris Van Hollen; both admired Charles de Gaulle.';
    const found = checked(text, 'en');
    expect(texts(found)).toEqual(['Mohammed bin Salman', 'Chris Van Hollen', 'Charles de Gaulle']);
  });

  it('takes no place, organisation or product for a person', () => {
    const text = 'The White House said Washington would ask Google and Telegram to help the State Department in Kyiv.';
    expect(checked(text, 'en')).toEqual([]);
  });

  it('finds names inside quotes and after courtesy titles', () => {
    const text = '"I trust Mr. Okafor," said Maria Lopez, a senior adviser.';
    const found = checked(text, 'en');
    expect(texts(found)).toEqual(['Okafor', 'Maria Lopez']);
    expect(found[1]!.role).toBe('a senior adviser');
  });

  it('does not treat a storm as a person', () => {
    expect(checked('Hurricane Rita hit the coast, and Rita then weakened.', 'en')).toEqual([]);
  });

  it('ignores names glued into addresses and file names', () => {
    expect(checked('Send it to john.smith@example.com or open Lisa_resume.doc', 'en')).toEqual([]);
  });
});

describe('other Latin-script languages', () => {
  it('runs French through the same detector with French titles', () => {
    const found = checked('Le président Emmanuel Macron a reçu M. Lefèvre à Paris.', 'fr');
    expect(texts(found)).toEqual(['Emmanuel Macron', 'Lefèvre']);
    expect(found[0]!.role).toBe('président');
  });

  it('returns nothing for empty text', () => {
    expect(detectPeople('', 'en')).toEqual([]);
    expect(detectPeople('', 'ar')).toEqual([]);
  });
});

describe('German and Spanish titles', () => {
  it('drops the article from the role', () => {
    const de = detectPeople('Der Bundeskanzler Olaf Scholz traf Herrn Müller in Berlin.', 'de');
    expect(de.map((m) => m.text)).toEqual(['Olaf Scholz', 'Müller']);
    expect(de[0]!.role).toBe('Bundeskanzler');
    const es = detectPeople('El presidente Pedro Sánchez habló con el Sr. García en Madrid.', 'es');
    expect(es.map((m) => m.text)).toEqual(['Pedro Sánchez', 'García']);
    expect(es[0]!.role).toBe('presidente');
  });
});
