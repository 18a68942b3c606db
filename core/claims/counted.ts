/**
 * The counted noun after a number, as written: "700 صاروخ باليستي عابر للقارات", "1550 رأسًا حربيًا
 * نوويًا استراتيجيًا", "1,550 strategic nuclear warheads". Arabic: the head noun plus the indefinite
 * words that modify it (adjectives, a genitive noun), ending at a preposition, a conjunction, a
 * definite word, an adverb, a verb or punctuation. English: the words up to the last plural noun.
 */
import { foldArabic } from '../text/arabic';
import type { Token } from './tokens';

const fold = (words: string[]) => new Set(words.map(foldArabic));

/** Particles, prepositions, pronouns and such: never part of a counted noun. */
const AR_STOP = fold([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'حتى', 'منذ', 'بين', 'خلال', 'لدى', 'عند', 'بعد', 'قبل', 'ضد', 'نحو', 'حول', 'دون', 'عبر',
  'أو', 'او', 'ثم', 'أم', 'بل', 'لكن', 'لكن', 'قد', 'لا', 'لم', 'لن', 'ما', 'إن', 'أن', 'إنه', 'أنه', 'كما', 'بينما', 'حيث', 'إذ', 'إذا',
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'هو', 'هي', 'هم', 'هن', 'كل', 'بعض',
  'كان', 'كانت', 'يكون', 'تكون', 'وفقا', 'بحسب', 'حسب', 'لكل', 'فيما', 'مما', 'عام', 'العام', 'سنة', 'أي', 'غير', 'سوى', 'إلا',
  'فقط', 'أيضا', 'جديد', 'جديدة', 'قرب', 'أمام', 'خلف', 'داخل', 'خارج', 'تحت', 'فوق', 'وسط', 'لصالح', 'ضمن', 'إثر', 'جراء',
  'بسبب', 'عقب', 'مقابل', 'نتيجة', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'بحد', 'كحد', 'بحدود', 'أكثر',
  'أقل', 'تقريبا', 'بنسبة', 'بقيمة', 'لمدة', 'منها', 'منهم', 'بينهم', 'بينها', 'ليل', 'ليلة', 'صباح', 'مساء', 'ظهر', 'فجر',
  'عصر', 'نهار', 'أمس', 'غدا', 'يوم', 'اليوم', 'الليلة',
]);
/** Adverbs and "other/more" words that follow a count but are not the thing counted. */
const AR_ADVERB = fold([
  'نسبيا', 'تقريبا', 'فقط', 'سنويا', 'يوميا', 'شهريا', 'أسبوعيا', 'أيضا', 'حاليا', 'تماما', 'إجمالا', 'جميعا', 'عموما', 'مجددا',
  'مؤخرا', 'آنذاك', 'فعلا', 'تحديدا', 'أخرى', 'أخر', 'آخر', 'آخرين', 'آخرون', 'أخريات', 'إضافية', 'إضافيا', 'إضافي', 'إضافيين',
  'كاملة', 'كامل', 'متتالية', 'متتاليين', 'متواصلة', 'على', 'بالكامل', 'معا', 'تباعا', 'إجماليا', 'حتى', 'الآن', 'كذلك',
]);
/** Frequent verbs starting with ت that follow a counted noun ("30 مروحية تبلغ قيمتها"). */
const AR_T_VERBS = fold(['تبلغ', 'تصل', 'تقدر', 'تضم', 'تشمل', 'تعمل', 'تمتلك', 'تملك', 'تعد', 'تتراوح', 'تقع', 'تحمل', 'تستطيع', 'تمكن', 'تكفي', 'تتسع', 'تنتج', 'تستخدم', 'تم', 'تمت']);
const MAX_AR_WORDS = 5;

const EN_STOP = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can',
  'did', 'do', 'does', 'said', 'says', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'from', 'for', 'by', 'with', 'than', 'as',
  'per', 'that', 'which', 'who', 'whom', 'a', 'an', 'the', 'this', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'your',
  'it', 'they', 'we', 'he', 'she', 'after', 'before', 'since', 'during', 'over', 'under', 'about', 'last', 'next', 'more', 'less',
  'each', 'every', 'ago', 'later', 'earlier', 'now', 'so', 'if', 'when', 'while', 'into', 'out', 'up', 'down', 'off', 'also', 'only',
  'just', 'still', 'all', 'both', 'were', 'died', 'killed', 'wounded', 'injured', 'according', 'between', 'among', 'against',
  'or', 'nor', 'not', 'no', 'yet', 'there', 'here', 'then', 'because', 'until', 'through', 'across', 'around', 'without', 'within',
]);
const EN_IRREGULAR_PLURAL = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'feet', 'teeth', 'mice', 'cattle', 'aircraft', 'sheep', 'fish', 'deer', 'livestock', 'crew', 'infantry', 'militia']);
const MAX_EN_WORDS = 4;

function spacedWord(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && /^[ \u00A0]+$/.test(t.gap);
}

/** Imperfect verbs ("يمكن", "يبلغ") and plural past verbs ("قتلوا") end a noun phrase. */
function looksLikeArabicVerb(norm: string): boolean {
  if (/وا$/.test(norm) && norm.length >= 4) return true;
  if (/^ي/.test(norm) && norm.length >= 4 && !/(ي|يه|يا|يين|يون|يات)$/.test(norm)) return true;
  return false;
}

export interface Counted {
  start: number;
  end: number;
  unit: string;
  /** Token range of the noun phrase. */
  t0: number;
  t1: number;
}

function arabicCounted(toks: Token[], k: number, text: string): Counted | null {
  const head = toks[k];
  if (!spacedWord(head) || !/[\u0621-\u064A]/.test(head!.norm)) return null;
  const h = head!.norm;
  if (AR_STOP.has(h) || AR_ADVERB.has(h) || h.startsWith('ال') || (h.startsWith('و') && h.length <= 3)) return null;
  let last = k;
  for (let j = k + 1; j < toks.length && j - k < MAX_AR_WORDS; j++) {
    const t = toks[j]!;
    if (!spacedWord(t) || !/[\u0621-\u064A]/.test(t.norm)) break;
    const w = t.norm;
    if (AR_STOP.has(w) || AR_ADVERB.has(w) || looksLikeArabicVerb(w)) break;
    if (w.startsWith('و') || w.startsWith('ف') || AR_T_VERBS.has(w)) break;
    // "مروحية روسية تبلغ قيمتها": a noun with an attached pronoun is no longer the counted thing.
    if (/(ها|هم|هما)$/.test(w) && w.length > 4) break;
    if (w.startsWith('لل') && j > k + 1) {
      // "صاروخ باليستي عابر للقارات": a ل-phrase completes a modifier, never the bare head.
      last = j;
      break;
    }
    // Definite words end the phrase; "بال..." does too unless it is a nisba adjective ("باليستي").
    if (w.startsWith('ال') || w.startsWith('لل') || (w.startsWith('بال') && !/(ي|يه|يا)$/.test(w))) break;
    last = j;
  }
  return { start: head!.start, end: toks[last]!.end, unit: text.slice(head!.start, toks[last]!.end), t0: k, t1: last + 1 };
}

function isPluralNoun(t: Token): boolean {
  const w = t.norm;
  if (EN_IRREGULAR_PLURAL.has(w)) return true;
  if (/^[A-Z]{2,}s?$/.test(t.text)) return true;
  return /[^su']s$/.test(w) && w.length > 3 && !/(ous|ss|is|us)$/.test(w);
}

function englishCounted(toks: Token[], k: number, text: string, value: number): Counted | null {
  const words: number[] = [];
  for (let j = k; j < toks.length && words.length < MAX_EN_WORDS; j++) {
    const t = toks[j]!;
    if (j > k && t.type === 'sym' && t.norm === '-' && t.gap === '' && toks[j + 1]?.gap === '') continue;
    if (!(t.type === 'word' && /^[A-Za-z]/.test(t.text)) || (j === k ? !/^[ \u00A0]+$/.test(t.gap) : !/^[ \u00A0]*$/.test(t.gap))) break;
    if (EN_STOP.has(t.norm)) break;
    if (/^[A-Z][a-z]/.test(t.text) && j > k) break;
    words.push(j);
  }
  if (!words.length) return null;
  let lastIdx = -1;
  for (let n = 0; n < words.length; n++) if (isPluralNoun(toks[words[n]!]!)) lastIdx = n;
  if (lastIdx < 0) {
    const first = toks[words[0]!]!;
    if (value !== 1 || /(ed|ing|ly)$/.test(first.norm)) return null;
    lastIdx = 0;
  }
  const a = toks[words[0]!]!;
  const b = toks[words[lastIdx]!]!;
  return { start: a.start, end: b.end, unit: text.slice(a.start, b.end), t0: words[0]!, t1: words[lastIdx]! + 1 };
}

/** Counted noun starting at token k (right after the number), or null. */
export function countedAfter(toks: Token[], k: number, text: string, value: number): Counted | null {
  const t = toks[k];
  if (!t || t.type !== 'word') return null;
  return /[\u0621-\u064A]/.test(t.norm) ? arabicCounted(toks, k, text) : englishCounted(toks, k, text, value);
}
