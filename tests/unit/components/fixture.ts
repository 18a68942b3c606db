/**
 * A small hand-written Arabic article with an English name in it, annotated by hand, so the
 * component tests do not depend on the detectors (and never on ../shared).
 */
import type { Annotation, Claim, PersonMention, TermHit } from '../../../core/types';

export const TEXT = [
  'قال المتحدث باسم الوزارة أحمد سالم إن الجيش أطلق 12 صاروخا يوم الأحد.',
  'وأكد سالم أن الميزانية بلغت بحد أقصى 5580 مليون دولار بحسب الوزارة.',
  'وقالت الوزيرة Jane Doe إن نسبة النجاح بلغت 15% في مارس.',
  'ويبقى الردع النووي محور النقاش، إذ يرى خبراء أن الردع النووي لم يتغير.',
].join('\n');

function at(needle: string, nth = 0): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = TEXT.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: "${needle}" #${nth} not in text`);
  }
  return { start: i, end: i + needle.length, text: needle };
}

const people: PersonMention[] = [
  { ...at('أحمد سالم'), name: 'أحمد سالم', role: 'المتحدث باسم الوزارة' },
  { ...at('سالم', 1), name: 'أحمد سالم' },
  { ...at('Jane Doe'), name: 'Jane Doe', role: 'الوزيرة' },
];

const claims: Claim[] = [
  { ...at('12 صاروخا'), value: 12, unit: 'صاروخ', kind: 'count' },
  { ...at('5580 مليون دولار'), value: 5_580_000_000, unit: 'USD', kind: 'money', qualifier: 'at-most', source: 'الوزارة' },
  { ...at('15%'), value: 15, unit: '%', kind: 'percent', source: 'Jane Doe', asOf: 'مارس' },
];

const terms: TermHit[] = [
  { ...at('الردع النووي'), id: 'nuclear-deterrence', title: 'الردع النووي', note: 'Preventing attack by the threat of nuclear retaliation.' },
  { ...at('الردع النووي', 1), id: 'nuclear-deterrence', title: 'الردع النووي', note: 'Preventing attack by the threat of nuclear retaliation.' },
];

export const ANNOTATION: Annotation = {
  article: { title: 'إطلاق صواريخ وميزانية [تجريبية]', text: TEXT, lang: 'ar', dir: 'rtl' },
  people,
  claims,
  terms,
};

export const ARTICLE_URL = 'https://news.example.com/2024/06/test-article';
