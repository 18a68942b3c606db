/**
 * What a number measures: currency, percent, physical measure or time. English and symbols are
 * matched with regexes on the text right after (or before) the number; Arabic on folded tokens so
 * tanwin and hamza spellings ("دولاراً", "دولارا") fall together.
 */
import { foldArabic } from '../text/arabic';
import type { ClaimKind } from '../types';

export interface UnitMatch {
  kind: Extract<ClaimKind, 'money' | 'percent' | 'measure' | 'duration'>;
  /** Offsets of the unit as written (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** The unit as written ("$", "dollars", "يورو", "%", "km"). */
  unit: string;
}

// ---- English and symbols, after the number ------------------------------------------------------

/**
 * Case folding as a /iu regex applies it, for the letters the English unit patterns use (a-z, μ):
 * each UTF-16 unit whose simple case fold is one of them becomes it (A-Z, "ſ" -> s, Kelvin "K" -> k,
 * micro "µ" and capital "Μ" -> μ). Every other unit is left alone, so offsets do not move.
 * tests/unit/claims/units-case.test.ts checks this against /iu over all code points.
 */
const UNIT_CASE_FOLDS = new Map<number, number>([[0x017f, 0x73], [0x212a, 0x6b], [0x00b5, 0x3bc], [0x039c, 0x3bc]]);

export function foldUnitCase(s: string): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x80 && UNIT_CASE_FOLDS.has(c))) break;
  }
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 0x20) : c >= 0x80 && UNIT_CASE_FOLDS.has(c) ? String.fromCharCode(UNIT_CASE_FOLDS.get(c)!) : s[i];
  }
  return out;
}

/**
 * "Not followed by a letter or digit" on folded text: /iu's [\p{L}\p{N}] also took U+0345 (a
 * combining mark whose case fold is a Greek letter), so the folded-text class names it.
 */
export const NOT_WORD_NEXT = '(?![\\p{L}\\p{N}\\u0345])';

const EN_CURRENCY_WORDS =
  'dollars?|euros?|pounds? sterling|sterling|yen|yuan|renminbi|rmb|francs?|marks?|pesetas?|guilders?|markkas?|markka|rupees?|rubles?|roubles?|lira|liras|lire|riyals?|rials?|dirhams?|dinars?|shekels?|pesos?|won|rand|kronor|krona|kroner|krone|cents?|pence|penny|pennies|bitcoins?';
/** A nationality adjective may stand between the number and the currency: "125 million australian dollars". */
const EN_CURRENCY_AFTER = new RegExp(
  `^[ \\u00A0]?(?:-)?((?:(?:us|u\\.s\\.?|hong kong|new zealand|[a-z]+(?:an|ish|ese|ian|ch|i))[ \\u00A0])?(?:${EN_CURRENCY_WORDS})|usd|eur|gbp|jpy|cny|chf|sek|nok|dkk|inr|rub|try|sar|aed|egp|qar|kwd|bhd|omr|jod|lbp|iqd|irr|ils|cad|aud|hkd|mxn|brl|zar)${NOT_WORD_NEXT}`,
  'u',
);
/** "pounds" alone is money after million/billion, weight otherwise ("25 pounds"). */
const EN_POUNDS = /^pounds?$/i;
const CURRENCY_SYMBOL_AFTER = /^[ \u00A0]?(元|₡|₾|₭|ரூ|€|£|¥|₹|₽|₺|₪|₩|₦|₫|\$)/u;
/** Currency written before the number: "$", "US$", "c $", "hk $", "u.s $", "€", "£", "USD". */
export const CURRENCY_BEFORE =
  /(?:^|[^\p{L}])((?:(?:us|u\.s\.?|c|hk)[ \u00A0]?|(?:ca|a|au|nz|s))?[$£€¥₹₽₺₪₩₦]|usd|eur|gbp|sar|aed|egp)[ \u00A0]?$/iu;

const PERCENT_AFTER = /^[ \u00A0]?(%|٪|per ?cents?|percentage points?|percentages?|percent|pct)(?![\p{L}\p{N}])/iu;
const PERCENT_BEFORE = /(?:^|[^\p{L}])(per ?cents? of|percents? of)[ \u00A0]$/iu;

// Longest first. "m" only right against the digits or before a non-letter ("1.8m tall", "1 m x 1 m").
const EN_MEASURE =
  'square (?:kilomet(?:er|re)s?|met(?:er|re)s?|miles?|feet|foot|yards?)|cubic (?:feet|foot|met(?:er|re)s?)|metric tons?|sq\\.? ?(?:km|mi|m|ft)|' +
  'kilomet(?:er|re)s? per hour|miles? (?:an|per) hour|km/hr?|kmph|kph|mph|knots?|' +
  'kilomet(?:er|re)s?|centimet(?:er|re)s?|millimet(?:er|re)s?|micromet(?:er|re)s?|picomet(?:er|re)s?|decimet(?:er|re)s?|met(?:er|re)s?|' +
  'km2|km²|m2|m²|km|cm|mm|dm|miles?|mi|feet|foot|ft|inch(?:es)?|yards?|' +
  'kilograms?|kilos?|kg|micrograms?|microgrammes?|mcg|μg|grams?|grammes?|g|milligrams?|mg|pounds?|lbs?|ounces?|oz|tonnes?|tons?|' +
  'barrels?(?: (?:a|per) day)?|bpd|gallons?|lit(?:er|re)s?|ml|cubic|acres?|hectares?|ha|' +
  'degrees?(?: (?:celsius|fahrenheit|centigrade))?|°[cf]?|' +
  'megawatts?|gigawatts?|kilowatts?|mw|gw|kw|kwh|mwh|gwh|twh|' +
  'terabytes?|gigabytes?|megabytes?|kilobytes?|tb|gb|mb|kb|bits?|bytes?|basis points?|bps|kcal|calories|kilocalories';
const EN_MEASURE_AFTER = new RegExp(`^(?:[ \\u00A0]?[([{<]?[ \\u00A0]?|-)(${EN_MEASURE})[)\\]}>]?${NOT_WORD_NEXT}`, 'u');

const EN_TIME = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)';
const EN_TIME_AFTER = new RegExp(`^(?:[ \\u00A0]|-)(${EN_TIME})${NOT_WORD_NEXT}`, 'u');

function after(re: RegExp, text: string, end: number): { start: number; end: number; unit: string } | null {
  const rest = text.slice(end, end + 48);
  const m = re.exec(rest);
  if (!m || !m[1]) return null;
  const s = end + m.index + m[0].indexOf(m[1]);
  return { start: s, end: s + m[1].length, unit: m[1] };
}

/**
 * Like `after`, for the three big English unit regexes, which are written in lower case and
 * compiled without the `i` flag: the text is case-folded here instead (foldUnitCase), because
 * /iu made V8 build Unicode case closures for every letter of their hundreds of alternatives,
 * tens of milliseconds on the first claim of a cold service worker. The unit is the text as written.
 */
function afterFolded(re: RegExp, text: string, end: number): { start: number; end: number; unit: string } | null {
  const rest = text.slice(end, end + 48);
  const m = re.exec(foldUnitCase(rest));
  if (!m || !m[1]) return null;
  const s = end + m.index + m[0].indexOf(m[1]);
  return { start: s, end: s + m[1].length, unit: text.slice(s, s + m[1].length) };
}

// ---- Arabic, on folded tokens --------------------------------------------------------------------

const fold = (words: string[]) => new Set(words.map(foldArabic));
const AR_CURRENCY = fold([
  'دولار', 'دولارا', 'دولارات', 'دولاران', 'دولارين', 'يورو', 'ريال', 'ريالا', 'ريالات', 'درهم', 'درهما', 'دراهم',
  'دينار', 'دينارا', 'دنانير', 'جنيه', 'جنيها', 'جنيهات', 'ليرة', 'ليرات', 'روبل', 'روبلات', 'ين', 'يوان', 'فرنك', 'فرنكات',
  'روبية', 'شيكل', 'شيكلات', 'سنت', 'سنتات', 'بيزو', 'إسترليني', 'استرليني', 'بتكوين',
]);
const AR_PERCENT_WORDS = fold(['بالمئة', 'بالمائة', 'بالمئه', 'بالمية']);
const AR_PERCENT_FI = fold(['المئة', 'المائة', 'المئه', 'المية']);
const AR_POINTS = fold(['نقطة', 'نقاط']);
const AR_PERCENT_ADJ = fold(['مئوية', 'مئويه']);
const AR_MEASURE = fold([
  'كيلومتر', 'كيلومترا', 'كيلومترات', 'كلم', 'كم', 'متر', 'مترا', 'أمتار', 'سنتيمتر', 'سم', 'مليمتر', 'ملم', 'ميل', 'ميلا', 'أميال',
  'كيلوغرام', 'كيلوغراما', 'كيلوجرام', 'كيلوغرامات', 'كغ', 'كلغ', 'كيلو', 'غرام', 'غراما', 'جرام', 'جراما', 'طن', 'طنا', 'أطنان',
  'برميل', 'برميلا', 'براميل', 'لتر', 'لترا', 'لترات', 'غالون', 'جالون', 'هكتار', 'هكتارا', 'فدان', 'فدانا', 'أفدنة', 'دونم', 'دونما',
  'درجة', 'درجات', 'ميغاواط', 'ميجاوات', 'ميغاوات', 'غيغاواط', 'جيجاوات', 'كيلوواط', 'عقدة', 'قدم', 'أقدام', 'بوصة',
]);
/** Words that extend an Arabic measure: "متر مربع", "درجة مئوية", "كيلو متر". */
const AR_MEASURE_EXT = fold(['مربع', 'مربعا', 'مكعب', 'مكعبا', 'مئوية', 'متر', 'مترا', 'غرام', 'يوميا', 'في']);
export const AR_TIME = fold([
  'ثانية', 'ثوان', 'ثواني', 'دقيقة', 'دقائق', 'ساعة', 'ساعات', 'يوم', 'يوما', 'أيام', 'أسبوع', 'أسبوعا', 'أسابيع',
  'شهر', 'شهرا', 'أشهر', 'شهور', 'سنة', 'سنوات', 'سنين', 'عام', 'عاما', 'أعوام', 'عقد', 'عقود', 'قرن', 'قرنا', 'قرون',
]);
/** Dual nouns that are themselves a count of two: "عامين" = 2 years, "مرتين" = twice. */
export const AR_DUALS = new Map<string, 'duration' | 'count'>([
  ...['عامين', 'عامان', 'سنتين', 'سنتان', 'شهرين', 'شهران', 'يومين', 'يومان', 'أسبوعين', 'أسبوعان', 'ساعتين', 'ساعتان',
    'دقيقتين', 'دقيقتان', 'عقدين', 'عقدان', 'قرنين', 'قرنان'].map((w) => [foldArabic(w), 'duration'] as [string, 'duration']),
  ...['مرتين', 'مرتان', 'شخصين', 'طفلين', 'جنديين', 'رجلين', 'امرأتين', 'صاروخين', 'طائرتين', 'دولارين'].map(
    (w) => [foldArabic(w), 'count'] as [string, 'count'],
  ),
]);

export interface WordTok {
  start: number;
  end: number;
  norm: string;
  gap: string;
  type: string;
}

function arabicUnit(toks: WordTok[], k: number): UnitMatch | null {
  const t = toks[k];
  if (!t || t.type !== 'word' || !/^[ \u00A0]+$/.test(t.gap)) return null;
  const w = t.norm;
  const nx = toks[k + 1];
  const nxSpaced = !!nx && nx.type === 'word' && /^[ \u00A0]+$/.test(nx.gap);
  if (AR_PERCENT_WORDS.has(w)) return { kind: 'percent', start: t.start, end: t.end, unit: '%' };
  if ((w === 'في' || w === 'فى') && nxSpaced && AR_PERCENT_FI.has(nx!.norm)) return { kind: 'percent', start: t.start, end: nx!.end, unit: '%' };
  if (AR_POINTS.has(w) && nxSpaced && AR_PERCENT_ADJ.has(nx!.norm)) return { kind: 'percent', start: t.start, end: nx!.end, unit: 'percentage points' };
  if (AR_CURRENCY.has(w)) {
    // "دولار أمريكي", "جنيه إسترليني": one nisba adjective belongs to the currency.
    const adj = nxSpaced && /ي$|يه$|يا$/.test(nx!.norm) && nx!.norm.length >= 4 && !AR_CURRENCY.has(nx!.norm) ? nx : undefined;
    return { kind: 'money', start: t.start, end: (adj ?? t).end, unit: '' };
  }
  if (AR_MEASURE.has(w)) {
    let end = t.end;
    if (nxSpaced && AR_MEASURE_EXT.has(nx!.norm) && nx!.norm !== 'في') end = nx!.end;
    return { kind: 'measure', start: t.start, end, unit: '' };
  }
  if (AR_TIME.has(w)) return { kind: 'duration', start: t.start, end: t.end, unit: '' };
  return null;
}

/**
 * Every English currency, time and measure unit opens with a letter (in any case, as their /iu
 * flags read it), "°" or "μ", at most 3 characters after the number (space, "-", bracket). When none
 * of those characters is one, the three big regexes cannot match and are skipped: compiling them
 * costs tens of milliseconds on first use, so most Arabic pages now never pay it.
 */
const EN_UNIT_OPENER = /[a-z°μ]/iu;
const EN_UNIT_OPENER_WINDOW = 4;

/** The unit right after a number ending at token k-1 / offset `end`, or null. */
export function unitAfter(text: string, toks: WordTok[], k: number, end: number, opts: { large: boolean }): UnitMatch | null {
  const p = after(PERCENT_AFTER, text, end);
  if (p) return { kind: 'percent', ...p, unit: /point/i.test(p.unit) ? 'percentage points' : '%' };
  const ar = arabicUnit(toks, k);
  if (ar) return { ...ar, unit: ar.unit || text.slice(ar.start, ar.end) };
  const sym = after(CURRENCY_SYMBOL_AFTER, text, end);
  if (sym) return { kind: 'money', ...sym };
  if (!EN_UNIT_OPENER.test(text.slice(end, end + EN_UNIT_OPENER_WINDOW))) return null;
  const cur = afterFolded(EN_CURRENCY_AFTER, text, end);
  if (cur && !(EN_POUNDS.test(cur.unit) && !opts.large)) return { kind: 'money', ...cur };
  const time = afterFolded(EN_TIME_AFTER, text, end);
  if (time) return { kind: 'duration', ...time };
  const meas = afterFolded(EN_MEASURE_AFTER, text, end);
  if (meas) return { kind: 'measure', ...meas };
  return null;
}

/** Currency symbol or code right before offset `start`: "$", "US$", "c $", "€". */
export function currencyBefore(text: string, start: number): { start: number; unit: string } | null {
  const m = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
  if (!m || !m[1]) return null;
  const unit = m[1];
  const s = start - (text.slice(Math.max(0, start - 10), start).length - m.index - m[0].indexOf(unit));
  return { start: s, unit: unit.replace(/\s+/g, ' ') };
}

export function percentBefore(text: string, start: number): { start: number } | null {
  const m = PERCENT_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (!m || !m[1]) return null;
  return { start: start - m[1].length - 1 };
}
