/**
 * Number words of English and Arabic, as the number grammar (numbers.ts) consumes them.
 * Arabic keys are written naturally and folded at load (أ/إ/آ -> ا, ة -> ه, ى -> ي, harakat
 * dropped), so "مائة", "مئة" and "مئه" all land on the same entry.
 */
import { foldArabic } from '../text/arabic';

/**
 * Word classes: the grammar only lets a word follow another when the pair makes a number
 * ("twenty one", "واحد وعشرون", "three hundred"), never "three four".
 * - unit 0-9, teen 10-19, ten 20..90, hundreds 100..900 written as one word (ثلاثمائة, مئتان),
 * - hundred: the multiplier word 100, mult: 1000 and up (value is the multiplier),
 * - dozen: 12 times the last component, vague: "عشرات", "hundreds" (a lower bound, not a count).
 */
export type WordClass = 'unit' | 'teen' | 'ten' | 'hundreds' | 'hundred' | 'mult' | 'dozen' | 'vague';

export interface NumberWord {
  cls: WordClass;
  value: number;
  /** For dual forms ("ألفين", "مليونان", "دزينتين"): the word itself means two of `value`. */
  dual?: boolean;
}

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const EN_WORDS = new Map<string, NumberWord>();
EN_UNITS.forEach((w, i) => EN_WORDS.set(w, { cls: 'unit', value: i }));
EN_WORDS.set('nought', { cls: 'unit', value: 0 });
EN_WORDS.set('naught', { cls: 'unit', value: 0 });
EN_TEENS.forEach((w, i) => EN_WORDS.set(w, { cls: 'teen', value: 10 + i }));
EN_TENS.forEach((w, i) => w && EN_WORDS.set(w, { cls: 'ten', value: i * 10 }));
EN_WORDS.set('hundred', { cls: 'hundred', value: 100 });
for (const [w, v] of [
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5], ['crore', 1e7],
] as const) EN_WORDS.set(w, { cls: 'mult', value: v });
for (const w of ['dozen', 'dozens', 'dzs', 'doz', 'dozs']) EN_WORDS.set(w, { cls: 'dozen', value: 12 });
/** "hundreds of", "thousands of": a vague lower bound, only when followed by "of". */
export const EN_VAGUE = new Map<string, number>([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
]);

/** English ordinal denominators: "third" -> 3 ("thirds" plural), "twenty-first" is built from tens + "first". */
export const EN_ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50],
  ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
  ['thousandth', 1e3], ['millionth', 1e6], ['billionth', 1e9], ['trillionth', 1e12],
  ['half', 2], ['quarter', 4],
]);

/** "thirds" -> {den 3, plural}; "halves" -> 2. Returns undefined for non-ordinals. */
export function enOrdinal(word: string): { den: number; plural: boolean } | undefined {
  const direct = EN_ORDINALS.get(word);
  if (direct !== undefined) return { den: direct, plural: false };
  if (word === 'halves') return { den: 2, plural: true };
  if (word.endsWith('s')) {
    const d = EN_ORDINALS.get(word.slice(0, -1));
    if (d !== undefined && d !== 1 && d !== 2) return { den: d, plural: true };
    if (word === 'firsts') return { den: 1, plural: true };
  }
  return undefined;
}

/** Letter suffixes glued to (or right after) digits: "10k", "1.2b", "$3bn", "10 bln". Case matters: "1m" is a metre. */
export const EN_SUFFIX_MULT = new Map<string, number>([
  ['k', 1e3], ['K', 1e3], ['M', 1e6], ['MM', 1e6], ['mil', 1e6], ['mln', 1e6], ['mn', 1e6],
  ['b', 1e9], ['B', 1e9], ['bn', 1e9], ['bln', 1e9], ['G', 1e9], ['tn', 1e12], ['tln', 1e12], ['T', 1e12],
]);
/** Suffixes that may stand apart from the digits ("2.33 k", "10 bln"); a lone "b" or "m" may not. */
export const EN_SPACED_SUFFIX = new Set(['k', 'K', 'M', 'MM', 'mil', 'mln', 'mn', 'bn', 'bln', 'G', 'tn', 'tln']);

// ----------------------------------------------------------------------------------------------
// Arabic

const AR_RAW: [string, NumberWord][] = [
  ['صفر', { cls: 'unit', value: 0 }],
  ['واحد', { cls: 'unit', value: 1 }], ['واحدة', { cls: 'unit', value: 1 }],
  ['اثنان', { cls: 'unit', value: 2 }], ['اثنين', { cls: 'unit', value: 2 }], ['اثنتان', { cls: 'unit', value: 2 }],
  ['اثنتين', { cls: 'unit', value: 2 }], ['إثنين', { cls: 'unit', value: 2 }], ['إثنان', { cls: 'unit', value: 2 }],
  ['ثلاث', { cls: 'unit', value: 3 }], ['ثلاثة', { cls: 'unit', value: 3 }],
  ['أربع', { cls: 'unit', value: 4 }], ['أربعة', { cls: 'unit', value: 4 }],
  ['خمس', { cls: 'unit', value: 5 }], ['خمسة', { cls: 'unit', value: 5 }],
  ['ست', { cls: 'unit', value: 6 }], ['ستة', { cls: 'unit', value: 6 }],
  ['سبع', { cls: 'unit', value: 7 }], ['سبعة', { cls: 'unit', value: 7 }],
  ['ثمان', { cls: 'unit', value: 8 }], ['ثماني', { cls: 'unit', value: 8 }], ['ثمانية', { cls: 'unit', value: 8 }],
  ['تسع', { cls: 'unit', value: 9 }], ['تسعة', { cls: 'unit', value: 9 }],
  ['عشر', { cls: 'teen', value: 10 }], ['عشرة', { cls: 'teen', value: 10 }],
  ['عشرون', { cls: 'ten', value: 20 }], ['عشرين', { cls: 'ten', value: 20 }],
  ['ثلاثون', { cls: 'ten', value: 30 }], ['ثلاثين', { cls: 'ten', value: 30 }],
  ['أربعون', { cls: 'ten', value: 40 }], ['أربعين', { cls: 'ten', value: 40 }],
  ['خمسون', { cls: 'ten', value: 50 }], ['خمسين', { cls: 'ten', value: 50 }],
  ['ستون', { cls: 'ten', value: 60 }], ['ستين', { cls: 'ten', value: 60 }],
  ['سبعون', { cls: 'ten', value: 70 }], ['سبعين', { cls: 'ten', value: 70 }],
  ['ثمانون', { cls: 'ten', value: 80 }], ['ثمانين', { cls: 'ten', value: 80 }],
  ['تسعون', { cls: 'ten', value: 90 }], ['تسعين', { cls: 'ten', value: 90 }],
  ['مئة', { cls: 'hundred', value: 100 }], ['مائة', { cls: 'hundred', value: 100 }],
  ['مئتان', { cls: 'hundreds', value: 200 }], ['مئتين', { cls: 'hundreds', value: 200 }],
  ['مائتان', { cls: 'hundreds', value: 200 }], ['مائتين', { cls: 'hundreds', value: 200 }],
  ['مئتا', { cls: 'hundreds', value: 200 }], ['مائتا', { cls: 'hundreds', value: 200 }],
  ['ألف', { cls: 'mult', value: 1e3 }], ['آلاف', { cls: 'mult', value: 1e3 }], ['ألوف', { cls: 'mult', value: 1e3 }],
  ['ألفان', { cls: 'mult', value: 1e3, dual: true }], ['ألفين', { cls: 'mult', value: 1e3, dual: true }],
  ['ألفا', { cls: 'mult', value: 1e3, dual: true }], ['ألفي', { cls: 'mult', value: 1e3, dual: true }],
  ['مليون', { cls: 'mult', value: 1e6 }], ['ملايين', { cls: 'mult', value: 1e6 }],
  ['مليونان', { cls: 'mult', value: 1e6, dual: true }], ['مليونين', { cls: 'mult', value: 1e6, dual: true }],
  ['مليونا', { cls: 'mult', value: 1e6, dual: true }], ['مليوني', { cls: 'mult', value: 1e6, dual: true }],
  ['مليار', { cls: 'mult', value: 1e9 }], ['مليارات', { cls: 'mult', value: 1e9 }],
  ['ملياران', { cls: 'mult', value: 1e9, dual: true }], ['مليارين', { cls: 'mult', value: 1e9, dual: true }],
  ['بليون', { cls: 'mult', value: 1e9 }], ['بلايين', { cls: 'mult', value: 1e9 }],
  ['تريليون', { cls: 'mult', value: 1e12 }], ['ترليون', { cls: 'mult', value: 1e12 }],
  ['تريليونات', { cls: 'mult', value: 1e12 }], ['ترليونات', { cls: 'mult', value: 1e12 }],
  ['دزينة', { cls: 'dozen', value: 12 }], ['دزينات', { cls: 'dozen', value: 12 }],
  ['دزينتين', { cls: 'dozen', value: 12, dual: true }], ['دزينتان', { cls: 'dozen', value: 12, dual: true }],
  // Vague plurals: "عشرات الآلاف" (tens of thousands), "مئات" (hundreds), read as lower bounds.
  ['عشرات', { cls: 'vague', value: 10 }], ['مئات', { cls: 'vague', value: 100 }], ['مئات', { cls: 'vague', value: 100 }],
];
// ثلاثمائة .. تسعمائة, in both spellings.
for (const [w, v] of [['ثلاث', 3], ['أربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['تسع', 9]] as const) {
  AR_RAW.push([`${w}مئة`, { cls: 'hundreds', value: v * 100 }], [`${w}مائة`, { cls: 'hundreds', value: v * 100 }]);
}

export const AR_WORDS = new Map<string, NumberWord>(AR_RAW.map(([k, v]) => [foldArabic(k), v]));

/** Words that start an Arabic teen: "أحد عشر", "إحدى عشرة", "اثنا عشر". Units also do ("ستة عشر"). */
export const AR_TEEN_HEADS = new Map<string, number>(
  [['أحد', 1], ['إحدى', 1], ['اثنا', 2], ['اثني', 2], ['اثنتا', 2], ['اثنتي', 2]].map(([k, v]) => [foldArabic(k as string), v as number]),
);

/** Arabic fraction words: singular, dual (two of it) and plural (numerator before it). */
export interface FractionWord {
  den: number;
  form: 'singular' | 'dual' | 'plural';
  /** Singular forms that are also ordinary words ("خمس" five, "ثمن" price): a fraction only before a definite noun. */
  ambiguous?: boolean;
}
const AR_FRACTIONS_RAW: [string, FractionWord][] = [
  ['نصف', { den: 2, form: 'singular' }], ['ثلث', { den: 3, form: 'singular' }], ['ربع', { den: 4, form: 'singular' }],
  ['خمس', { den: 5, form: 'singular', ambiguous: true }], ['سدس', { den: 6, form: 'singular' }],
  ['سبع', { den: 7, form: 'singular', ambiguous: true }], ['ثمن', { den: 8, form: 'singular', ambiguous: true }],
  ['تسع', { den: 9, form: 'singular', ambiguous: true }],
  ['ثلثان', { den: 3, form: 'dual' }], ['ثلثين', { den: 3, form: 'dual' }], ['ثلثي', { den: 3, form: 'dual' }],
  ['ربعان', { den: 4, form: 'dual' }], ['ربعين', { den: 4, form: 'dual' }],
  ['أثلاث', { den: 3, form: 'plural' }], ['أرباع', { den: 4, form: 'plural' }], ['أخماس', { den: 5, form: 'plural' }],
  ['أسداس', { den: 6, form: 'plural' }], ['أسباع', { den: 7, form: 'plural' }], ['أثمان', { den: 8, form: 'plural' }],
  ['أتساع', { den: 9, form: 'plural' }], ['أعشار', { den: 10, form: 'plural' }],
];
export const AR_FRACTIONS = new Map<string, FractionWord>(AR_FRACTIONS_RAW.map(([k, v]) => [foldArabic(k), v]));

/** Words that make the following number negative. */
export const MINUS_WORDS = new Set(['minus', 'negative', foldArabic('سالب'), foldArabic('ناقص')]);

/** Strip one Arabic proclitic (و "and", ب "for/with", ف "so") when what remains is a number word. */
export function arabicNumberWord(norm: string): { word: NumberWord; and: boolean; key: string } | undefined {
  const direct = AR_WORDS.get(norm);
  if (direct) return { word: direct, and: false, key: norm };
  if (norm.length >= 4 && /^[وبف]/.test(norm)) {
    const rest = norm.slice(1);
    const w = AR_WORDS.get(rest);
    if (w) return { word: w, and: norm[0] === 'و', key: rest };
  }
  return undefined;
}
