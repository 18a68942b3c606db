/**
 * Numbers that are not claims: calendar dates, years and year ranges, times of day, ordinals,
 * phone numbers, identifiers (resolution 242, G20, 5G, F-16, COVID-19), section/page numbers and
 * footnote marks. Precision matters more than recall here: a date reported as a claim misleads the
 * reader, a missed claim only costs a highlight.
 */
import { foldArabic } from '../text/arabic';
import type { NumberMention } from './numbers';
import type { Token } from './tokens';

const fold = (words: string[]) => new Set(words.map(foldArabic));

export const EN_MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Gregorian month names as Egypt/Gulf and the Levant write them, plus the Hijri months news dates use. */
export const AR_MONTHS = fold([
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس', 'اغسطس', 'سبتمبر',
  'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
  'محرم', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذي', 'ذو', 'جمادى',
  // Maghreb spellings (Tunisia, Algeria, Morocco).
  'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر',
]);
/** Words after which a 4-digit number is a year: "عام 2010", "in 2021", "منذ 2014". */
const YEAR_BEFORE = new Set([
  ...fold(['عام', 'العام', 'لعام', 'بعام', 'وعام', 'سنة', 'السنة', 'لسنة', 'منذ', 'في', 'وفي', 'حتى', 'خلال', 'مطلع', 'أواخر', 'أوائل',
    'منتصف', 'نهاية', 'بداية', 'قبل', 'بعد', 'موسم', 'عامي', 'سنتي', 'بحلول', 'ميزانية', 'انتخابات', 'دستور', 'صيف', 'شتاء', 'ربيع', 'خريف']),
  'in', 'since', 'year', 'years', 'by', 'during', 'until', 'till', 'before', 'after', 'from', 'of', 'fiscal', 'early', 'late', 'mid',
  'summer', 'winter', 'spring', 'autumn', 'fall', 'class', 'election', 'census', 'budget', 'season', 'circa',
]);
/** Words that always introduce a year. */
const YEAR_WORDS_STRONG = new Set([...fold(['عام', 'العام', 'سنة', 'السنة', 'سنتي', 'عامي', 'لعام', 'لسنة']), 'year']);
const YEAR_AFTER = new Set([foldArabic('م'), foldArabic('هـ'), foldArabic('ه'), 'ad', 'bc', 'bce', 'ce']);
/** Nouns after which a number names a thing rather than counting one. */
const ID_BEFORE = new Set([
  ...fold(['رقم', 'الرقم', 'برقم', 'القرار', 'قرار', 'المادة', 'مادة', 'للمادة', 'بالمادة', 'الفصل', 'فصل', 'البند', 'بند', 'القسم',
    'الفقرة', 'فقرة', 'الصفحة', 'صفحة', 'ص', 'الرحلة', 'رحلة', 'الطريق', 'المخرج', 'الخط', 'الحافلة', 'الغرفة', 'غرفة', 'الطراز',
    'طراز', 'موديل', 'الإصدار', 'إصدار', 'النسخة', 'نسخة', 'الجيل', 'الكيلو', 'الساعة', 'ساعة', 'الدقيقة', 'المجموعة', 'الدورة',
    'العدد', 'المرسوم', 'القانون', 'قانون', 'المنشور', 'الجدول', 'الشكل', 'الملحق', 'الهاتف', 'هاتف', 'الموقع', 'العمارة', 'الشارع',
    'المبنى', 'البوابة', 'المنصة', 'الفئة', 'المستوى', 'المرحلة', 'الحلقة', 'الجزء', 'المجلد', 'الآية', 'سورة', 'بوينغ', 'إيرباص',
    'ميغ', 'سوخوي', 'توبوليف', 'إس', 'إف', 'صفحات', 'اللوحة', 'لوحة']),
  'resolution', 'resolutions', 'no', 'nr', 'nrs', 'number', 'article', 'articles', 'chapter', 'section', 'sections', 'paragraph', 'page',
  'pages', 'p', 'pp', 'room', 'flight', 'route', 'highway', 'interstate', 'exit', 'line', 'platform', 'gate', 'bus', 'model', 'version',
  'v', 'vol', 'volume', 'issue', 'episode', 'season', 'phase', 'stage', 'level', 'category', 'grade', 'class', 'type', 'mark', 'mk',
  'boeing', 'airbus', 'windows', 'iphone', 'galaxy', 'pixel', 'apollo', 'act', 'bill', 'amendment', 'rule', 'clause', 'figure',
  'fig', 'table', 'appendix', 'annex', 'item', 'code', 'tel', 'phone', 'fax', 'ext', 'box', 'suite', 'unit', 'apt', 'street', 'st',
  'avenue', 'road', 'district', 'ward', 'zone', 'division', 'squad', 'regiment', 'brigade', 'battalion', 'fleet', 'week', 'day',
  'game', 'match', 'round', 'step', 'rank', 'ranked', 'hour', 'form', 'lot', 'batch', 'serial',
]);
/** Capitalised words that start sentences or phrases before a count: "About 500", "The 12", "Only 3". */
const SENTENCE_WORDS = new Set([
  'the', 'about', 'some', 'over', 'nearly', 'only', 'all', 'just', 'more', 'less', 'around', 'almost', 'roughly', 'approximately',
  'at', 'in', 'on', 'by', 'for', 'with', 'from', 'since', 'until', 'after', 'before', 'during', 'between', 'among', 'and', 'but', 'or',
  'of', 'to', 'top', 'total', 'another', 'each', 'every', 'those', 'these', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'we',
  'they', 'he', 'she', 'it', 'there', 'here', 'many', 'few', 'several', 'up', 'down', 'under', 'above', 'below', 'exactly', 'fewer',
  'than', 'per', 'even', 'still', 'also', 'while', 'when', 'if', 'as', 'that', 'this', 'estimated', 'once', 'like', 'was', 'were',
  'is', 'are', 'had', 'has', 'have', 'nearly', 'least', 'most', 'another', 'additional', 'extra', 'last', 'next', 'first', 'within',
  'across', 'against', 'including', 'excluding', 'some', 'killed', 'wounded', 'injured', 'said', 'says', 'reported', 'employs',
  'costs', 'cost', 'reached', 'hit', 'lost', 'won', 'gained', 'added', 'cut', 'saw', 'see', 'see', 'ages', 'aged', 'age',
]);

/** Function words after "Office 365": they are not a counted noun, so the number stays a name. */
const FUNCTION_AFTER = new Set(['and', 'or', 'but', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'to', 'in', 'on', 'with', 'for', 'of', 'from', 'at', 'by', 'as', 'will', 'can', 'which', 'that']);

/** Clock words after a number: "3 pm", "10 صباحا". */
const TIME_AFTER = new Set([
  'am', 'pm', 'a', 'p', 'gmt', 'utc', 'o', 'hrs', 'h',
  ...fold(['صباحا', 'صباح', 'مساء', 'مساءً', 'ظهرا', 'ظهر', 'فجرا', 'فجر', 'ليلا', 'عصرا', 'بتوقيت', 'ص', 'م']),
]);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th', 'er', 'e', 'eme', 'ème']);
/** Letter suffixes that are units, so "10km" is a measure and not an identifier like "5G". */
const GLUED_UNIT = /^(?:km2?|m2?|cm|mm|dm|kg|g|mg|mcg|lbs?|oz|ft|in|mi|ml|l|t|mw|gw|kw|kwh|mwh|gb|mb|kb|tb|bn|mn|mln|bln|tln|tn|k|m|b|pct|bpd|s|kph|kmph|mph|hr|x)$/i;

export function isMonth(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  if (EN_MONTHS.has(t.norm)) return t.norm !== 'may' || t.text === 'May';
  const w = t.norm.replace(/^[وفب]/, '');
  return AR_MONTHS.has(t.norm) || (t.norm.length > 3 && AR_MONTHS.has(w));
}

function word(t: Token | undefined): string {
  return t && t.type === 'word' ? t.norm : '';
}

/** Skip one "." (Oct. 13) or "/" (يونيو/حزيران) between a month and its neighbour. */
function monthBefore(toks: Token[], k: number): boolean {
  const p = toks[k - 1];
  if (isMonth(p)) return true;
  if (p && p.type === 'sym' && (p.norm === '.' || p.norm === ',') && isMonth(toks[k - 2])) return true;
  return false;
}
function monthAfter(toks: Token[], k: number): boolean {
  const n = toks[k];
  if (isMonth(n)) return true;
  // "15 من يونيو", "4th of May" are caught by the ordinal rule; "12 (أكتوبر)" is rare.
  if (n && (word(n) === 'of' || word(n) === 'من') && isMonth(toks[k + 1])) return true;
  return false;
}

const CHAIN_SEPS = new Set(['.', '/', '-']);
/** Number of plain numbers glued together by one kind of separator around the mention ("12.10.1985" -> 3). */
function chainLength(toks: Token[], m: NumberMention): number {
  let n = 1;
  let sep: string | undefined;
  for (let k = m.t1; toks[k]?.type === 'sym' && toks[k]!.gap === '' && CHAIN_SEPS.has(toks[k]!.norm) && toks[k + 1]?.type === 'num' && toks[k + 1]!.gap === ''; k += 2) {
    if (sep && sep !== toks[k]!.norm) break;
    sep = toks[k]!.norm;
    n++;
  }
  for (let k = m.t0; toks[k - 1]?.type === 'sym' && toks[k]!.gap === '' && toks[k - 1]!.gap === '' && CHAIN_SEPS.has(toks[k - 1]!.norm) && toks[k - 2]?.type === 'num'; k -= 2) {
    if (sep && sep !== toks[k - 1]!.norm) break;
    sep = toks[k - 1]!.norm;
    n++;
  }
  return n;
}

/** Number of digit groups separated only by spaces around the mention ("222 238 71" -> 3). */
function digitRun(toks: Token[], m: NumberMention): number {
  let n = 1;
  for (let k = m.t0 + 1; k < m.t1; k++) if (toks[k]!.type === 'num' && /^[ \u00A0]+$/.test(toks[k]!.gap)) n++;
  for (let k = m.t1; toks[k]?.type === 'num' && /^[ \u00A0]+$/.test(toks[k]!.gap); k++) n++;
  for (let k = m.t0; k > 0 && toks[k - 1]?.type === 'num' && /^[ \u00A0]+$/.test(toks[k]!.gap); k--) n++;
  return n;
}

/** A word right after a number that can be what it counts: an Arabic indefinite noun, an English plural. */
function countedNounNext(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || !/^[ \u00A0]+$/.test(t.gap)) return false;
  if (/[\u0621-\u064A]/.test(t.norm)) return !/^(ال|و|ف)/.test(t.norm) && !AR_MONTHS.has(t.norm);
  return /^[a-z]+s$/.test(t.text) || ['people', 'children', 'men', 'women', 'staff', 'personnel', 'troops'].includes(t.text);
}

export function isYearLike(m: NumberMention): boolean {
  return m.plain && /^\d{4}$/.test(m.text.replace(/[^\d\u0660-\u0669\u06F0-\u06F9]/g, '')) && m.value >= 1000 && m.value <= 2100;
}

export interface Evidence {
  /** A unit, currency, percent or qualifier makes this a quantity even if it looks like a year. */
  quantity: boolean;
}

/** Why `m` is not a claim, or null when it may be one. */
export function notClaimReason(m: NumberMention, toks: Token[], text: string, ev: Evidence): string | null {
  const prev = toks[m.t0 - 1];
  const next = toks[m.t1];
  const glueNext = !!next && next.gap === '';
  const gluePrev = !!prev && toks[m.t0]!.gap === '';
  if (m.ratio) return 'ratio';
  // Footnote marks "[3]" and superscripts (superscript digits never reach here: they are not \d).
  if (prev?.norm === '[' && gluePrev && next?.norm === ']' && glueNext) return 'footnote';
  // Times of day: 10:30, 3 pm, الساعة 10.
  if (glueNext && next?.norm === ':' && toks[m.t1 + 1]?.type === 'num' && toks[m.t1 + 1]!.gap === '') return 'time';
  if (prev?.norm === ':' && gluePrev && toks[m.t0 - 2]?.type === 'num') return 'time';
  if (next && next.type === 'word' && TIME_AFTER.has(next.norm) && m.value <= 24 && Number.isInteger(m.value)) {
    if (!['a', 'p', 'o', 'h'].includes(next.norm) || toks[m.t1 + 1]?.norm === '.' || next.text === 'h' || toks[m.t1 + 1]?.norm === "'") {
      if (!(next.norm === foldArabic('م') && m.value > 31)) return 'time';
    }
  }
  // Ordinals: 1st, 2nd, 19e, الـ19, ال١٩٢.
  if (glueNext && next?.type === 'word' && ORDINAL_SUFFIX.has(next.norm) && m.plain) return 'ordinal';
  if (gluePrev && prev?.type === 'word' && (prev.norm === 'ال' || prev.norm === 'ل' || prev.norm === 'لل')) return 'ordinal';
  // Identifiers: letters glued to the digits (G20, 5G, MH17, A320, COVID-19, F-16, SCP-173).
  if (gluePrev && prev?.type === 'word' && /[A-Za-z]/.test(prev.text)) return 'identifier';
  // ... and with a hyphen, in either script: "COVID-19", "F-16", "كوفيد-19", "إس-400".
  if (gluePrev && prev?.norm === '-' && toks[m.t0 - 2]?.type === 'word' && toks[m.t0 - 1]!.gap === '') {
    return 'identifier';
  }
  if (glueNext && next?.type === 'word' && /^[A-Za-z]+$/.test(next.text) && !GLUED_UNIT.test(next.text) && !m.suffix) return 'identifier';
  // "24703L202", "24703m212": letters and digits again right after.
  if (glueNext && next?.type === 'word' && /^[A-Za-z]+$/.test(next.text) && toks[m.t1 + 1]?.type === 'num' && toks[m.t1 + 1]!.gap === '' && !(/^(?:m|km|cm)$/.test(next.text) && /^[23]$/.test(toks[m.t1 + 1]!.norm))) {
    return 'identifier';
  }
  if (m.suffix === 'G' && m.value <= 1e10) return 'identifier';
  if (glueNext && next?.norm === '-' && toks[m.t1 + 1]?.type === 'word' && /^[A-Z]/.test(toks[m.t1 + 1]!.text) && toks[m.t1 + 1]!.gap === '') return 'identifier';
  if (prev && m.plain && (ID_BEFORE.has(prev.norm) || (/[\u0621-\u064A]/.test(prev.norm) && prev.norm.length > 3 && ID_BEFORE.has(prev.norm.replace(/^[وبلف]/, ''))))) {
    return 'identifier';
  }
  if (prev?.norm === '#' && gluePrev) return 'identifier';
  // "NY, 10005", "USDOT: 614506", "DOT# 3182": an acronym, a colon/comma/hash, then the code.
  if (m.plain && prev && (prev.norm === ':' || prev.norm === '#' || prev.norm === ',') && /^[A-Z]{2,6}$/.test(toks[m.t0 - 2]?.text ?? '')) {
    return 'identifier';
  }
  if (prev?.norm === '.' && toks[m.t0 - 2] && ID_BEFORE.has(toks[m.t0 - 2]!.norm) && m.plain) return 'identifier';
  // Capitalised name right before a bare number, with no counted noun after: "Boeing 737", "Office 365".
  if (prev?.type === 'word' && /^[A-Z][A-Za-z]+$/.test(prev.text) && !/^[A-Z]+$/.test(prev.text) && m.plain && !isMonth(prev) &&
      (!/^[a-z]/.test(next?.text ?? '') || FUNCTION_AFTER.has(next!.norm)) && !ev.quantity && !SENTENCE_WORDS.has(prev.norm)) {
    return 'identifier';
  }
  // Citation marks in parentheses: "(1)", "(12)".
  if (m.plain && m.value < 100 && prev?.norm === '(' && gluePrev && next?.norm === ')' && glueNext) return 'footnote';
  // Dotted or dashed chains of three or more numbers: "12.10.1985", "2023-10-12", IPs and versions (1.2.3).
  if (m.plain && chainLength(toks, m) >= 3) return 'date';
  // "2024-25 season": the short tail of a year range.
  if (m.plain && m.value < 100 && gluePrev && (prev?.norm === '-' || prev?.norm === '/' || prev?.norm === '–') && /^\d{4}$/.test(toks[m.t0 - 2]?.norm ?? '') && Number(toks[m.t0 - 2]!.norm) >= 1000 && Number(toks[m.t0 - 2]!.norm) <= 2100) {
    return 'year';
  }
  // List markers: "1. High-protein meals", "2) Spill-resistant fabrics" at the start of a line or sentence.
  if (m.plain && m.value < 100 && glueNext && (next?.norm === '.' || next?.norm === ')') && toks[m.t1 + 1] && /\s/.test(toks[m.t1 + 1]!.gap)) {
    const startOfLine = !prev || /\n/.test(toks[m.t0]!.gap) || (prev.type === 'sym' && /^[.:!?؟ᐊ•*]$/.test(prev.norm));
    if (startOfLine) return 'list marker';
  }
  // Phone numbers written in space-separated groups: "222 238 71", "+44 20 7946 0958".
  if (digitRun(toks, m) >= 3) return 'phone';
  // Phone numbers and long codes.
  const digits = m.text.replace(/\D/g, '').length;
  if (prev?.norm === '+' && gluePrev) return 'phone';
  if (m.plain && (digits >= 10 || (digits >= 2 && /^[0\u0660\u06F0]/.test(m.text.trim())))) return 'phone';
  // Long bare digit runs with nothing to measure are registration numbers and codes ("DOT: 3014539").
  if (m.plain && digits >= 7 && !ev.quantity) return 'identifier';
  if (m.plain && next?.norm === '-' && glueNext && toks[m.t1 + 1]?.type === 'num' && toks[m.t1 + 2]?.norm === '-' && toks[m.t1 + 3]?.type === 'num') {
    return 'phone';
  }
  // Dates: "12 أكتوبر 2023", "Oct. 13", "فبراير 2022", "5/17/2018", "2023-10-12".
  if (m.plain && m.value >= 1 && m.value <= 31 && (monthAfter(toks, m.t1) || monthBefore(toks, m.t0))) return 'date';
  if (m.plain && (monthBefore(toks, m.t0) || (isYearLike(m) && monthAfter(toks, m.t1)))) return 'date';
  if (m.plain && ((glueNext && next?.norm === '/' && toks[m.t1 + 1]?.type === 'num') || (gluePrev && prev?.norm === '/' && toks[m.t0 - 2]?.type === 'num'))) {
    return 'date';
  }
  // Era markers make any bare number a year: "641 م.", "626 هـ", "3100 ق.م.".
  if (m.plain && next && next.type === 'word') {
    const after = toks[m.t1 + 1];
    if (next.norm === 'هـ' || next.norm === foldArabic('هـ') || (next.norm === 'ق' && after?.norm === '.')) return 'year';
    if (next.norm === 'م' && (after?.norm === '.' || after?.norm === ')' || after?.norm === '=' || YEAR_WORDS_STRONG.has(word(prev)))) return 'year';
  }
  // "عام 641", "سنة 1999", "year 2000": a year word names a year whatever its size.
  if (m.plain && m.value < 10000 && Number.isInteger(m.value) && YEAR_WORDS_STRONG.has(word(prev).replace(/^[وبل](?=..)/, '')) && !ev.quantity) return 'year';
  if (isYearLike(m)) {
    const stripped = word(prev).replace(/^[وبل]/, '');
    if (YEAR_BEFORE.has(word(prev)) || YEAR_BEFORE.has(stripped)) return 'year';
    if (next && next.type === 'word' && YEAR_AFTER.has(next.norm)) return 'year';
    if (next?.type === 'word' && next.gap === '' && next.norm === 's') return 'year';
    const other = toks[m.t1 + 1];
    if ((next?.norm === '-' || next?.norm === '–' || next?.norm === '/') && other?.type === 'num' && (other.norm.length === 2 || (other.norm.length === 4 && Number(other.norm) >= 1000 && Number(other.norm) <= 2100))) {
      return 'year';
    }
    if ((prev?.norm === '-' || prev?.norm === '–' || prev?.norm === '/') && toks[m.t0 - 2]?.type === 'num' && /^\d{4}$/.test(toks[m.t0 - 2]!.norm)) return 'year';
    if (m.value >= 1900 && !ev.quantity) return 'year';
    // 1000-1899: a quantity only with a counted noun after it ("1550 رأسًا", "1800 people").
    if (!ev.quantity && !countedNounNext(next)) return 'year';
  }
  // Decades "the 1990s", "'90s".
  if (m.plain && glueNext && next?.text === 's') return 'year';
  if (prev?.norm === "'" && gluePrev && m.plain && next?.text === 's') return 'year';
  void text;
  return null;
}
