/**
 * Every number mention in a text with its value: digits (numerals.ts), number words in English and
 * Arabic ("twenty-one", "خمسة ملايين", "ثلاث مائة وواحد"), multipliers ("2.5 billion", "2.5 مليار"),
 * fractions ("two thirds", "ثلاثة أرباع", "واحد ونصف"), ratios ("one over three", "واحد على ٣"),
 * vague amounts ("عشرات الآلاف", "hundreds of") and signs ("minus five", "سالب ٥").
 * No judgement about dates or identifiers here: claims are built on top (index.ts).
 */
import { foldArabic } from '../text/arabic';
import {
  AR_FRACTIONS, AR_TEEN_HEADS, AR_WORDS, EN_ORDINALS, EN_SUFFIX_MULT, EN_VAGUE, EN_WORDS, MINUS_WORDS, arabicNumberWord, enOrdinal,
  type WordClass,
} from './number-words';
import { readDigits } from './numerals';
import { glued, spaced, tokenize, type Token } from './tokens';

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** Token range [t0, t1) in the token list the mention was read from. */
  t0: number;
  t1: number;
  /** A bare digit run ("2010", "242"): the only shape a year or an identifier number takes. */
  plain: boolean;
  /** Contains at least one number word. */
  words: boolean;
  decimal: boolean;
  /** "عشرات الآلاف", "hundreds of": a lower bound, not an exact count. */
  vague?: boolean;
  /** "one over three", "واحد من ثلاثة": a ratio of two numbers. */
  ratio?: boolean;
  /** Only a fraction word ("نصف", "half"). */
  fraction?: boolean;
  suffix?: string;
  /** The multiplier word the phrase ends with ("million" -> 1e6), so "10 to 20 million" can share it. */
  scale?: number;
}

// ---------------------------------------------------------------------------------------------
// Items: the pieces a number phrase is made of.

type Item =
  | { kind: 'card'; cls: WordClass; value: number; dual?: boolean; plural?: boolean; t0: number; t1: number; and: boolean }
  | { kind: 'digits'; value: number; closed: boolean; plain: boolean; decimal: boolean; suffix?: string; t0: number; t1: number; and: boolean }
  | { kind: 'ord'; den: number; plural: boolean; t0: number; t1: number; and: boolean }
  | { kind: 'frac'; den: number; form: 'singular' | 'dual' | 'plural'; t0: number; t1: number; and: boolean }
  | { kind: 'a'; t0: number; t1: number; and: boolean }
  | { kind: 'point'; t0: number; t1: number; and: boolean };

const AL = 'ال';
const AND_EN = 'and';
const AND_AR = 'و';
const AR_PLURAL_MULT = new Set(['الاف', 'ملايين', 'مليارات', 'بلايين', 'تريليونات', 'ترليونات', 'الوف'].map(foldArabic));
const AR_PART = new Set(['جزء', 'اجزاء'].map(foldArabic));
const AR_FROM = foldArabic('من');
const AR_ON = foldArabic('على');
const EN_A = new Set(['a', 'an']);

function isArabic(norm: string): boolean {
  return /[\u0621-\u064A]/.test(norm);
}

/** The token after `t` starts a definite Arabic noun ("خمس الفطيرة"). */
function nextIsDefinite(toks: Token[], k: number): boolean {
  const n = toks[k];
  return !!n && n.type === 'word' && spaced(n) && n.norm.startsWith(AL) && n.norm.length > 3;
}

/** Read one item at token k, or null. `first` says whether an item was already read. */
function readItem(toks: Token[], k: number, lang: string, prev: Item | undefined): Item | null {
  const t = toks[k];
  if (!t) return null;
  if (t.type === 'num') {
    const d = readDigits(toks, k, lang);
    if (d.length !== 1) return null;
    const x = d[0]!;
    return { kind: 'digits', value: x.value, closed: x.closed, plain: x.plain, decimal: x.decimal, suffix: x.suffix, t0: x.t0, t1: x.t1, and: false };
  }
  if (t.type !== 'word') return null;
  const w = t.norm;
  if (!isArabic(w)) {
    const card = EN_WORDS.get(w);
    if (card) return { kind: 'card', cls: card.cls, value: card.value, t0: k, t1: k + 1, and: false };
    if (EN_A.has(w)) return { kind: 'a', t0: k, t1: k + 1, and: false };
    if (w === 'point' && prev) return { kind: 'point', t0: k, t1: k + 1, and: false };
    const ord = enOrdinal(w);
    if (ord) return { kind: 'ord', den: ord.den, plural: ord.plural, t0: k, t1: k + 1, and: false };
    return null;
  }
  // Arabic teens: "ستة عشر", "أحد عشر", "إحدى عشرة".
  const nx = toks[k + 1];
  const bare = w.startsWith(AND_AR) && w.length > 3 ? w.slice(1) : w;
  const andPrefixed = bare !== w;
  if (nx && nx.type === 'word' && spaced(nx) && (nx.norm === 'عشر' || nx.norm === 'عشره')) {
    const head = AR_TEEN_HEADS.get(bare) ?? (AR_WORDS.get(bare)?.cls === 'unit' ? AR_WORDS.get(bare)!.value : undefined);
    if (head !== undefined && head > 0) return { kind: 'card', cls: 'teen', value: 10 + head, t0: k, t1: k + 2, and: andPrefixed };
  }
  const frac = AR_FRACTIONS.get(bare);
  if (frac) {
    const card = AR_WORDS.get(bare);
    // "خمس" is five unless it reads as a fraction: before a definite noun ("خمس الفطيرة"), or as the
    // last word after a number ("ثلاث وخمس", "ثلاث وعشرون خمس").
    const endsHere = !nx || nx.type !== 'word' || !spaced(nx);
    const afterSmall = !!prev && !(prev.kind === 'card' && (prev.cls === 'hundred' || prev.cls === 'hundreds' || prev.cls === 'mult'));
    const asFraction = !frac.ambiguous || nextIsDefinite(toks, k + 1) || (afterSmall && (endsHere || prev.kind !== 'digits'));
    // "ثمن" alone is "price", "سبع" may be "lion": ambiguous words without a number reading stay words.
    if (!asFraction && !card) return null;
    if (asFraction) return { kind: 'frac', den: frac.den, form: frac.form, t0: k, t1: k + 1, and: andPrefixed };
  }
  const aw = arabicNumberWord(w);
  if (aw) {
    return {
      kind: 'card', cls: aw.word.cls, value: aw.word.value, dual: aw.word.dual, plural: AR_PLURAL_MULT.has(aw.key),
      t0: k, t1: k + 1, and: aw.and,
    };
  }
  return null;
}

/** Gather the items of one candidate phrase starting at token i. */
function gather(toks: Token[], i: number, lang: string): Item[] {
  const items: Item[] = [];
  let k = i;
  while (k < toks.length && items.length < 24) {
    const prev = items[items.length - 1];
    let and = false;
    let j = k;
    if (prev) {
      const t = toks[j]!;
      if (t.type === 'sym' && (t.norm === '-' || t.norm === '‐')) {
        // Hyphen between words: "twenty-one", "fifty - two", "one-eighth".
        if (prev.kind === 'digits' || toks[j + 1]?.type !== 'word') break;
        j++;
      } else {
        if (!spaced(t)) break;
        // A word glued to digits continues the number only when it is a multiplier ("18,5مليون").
        if (prev.kind === 'digits' && t.gap === '' && !(t.type === 'word' && AR_WORDS.get(t.norm)?.cls === 'mult')) break;
        if (t.type === 'word' && (t.norm === AND_EN || t.norm === AND_AR)) {
          and = true;
          j++;
          if (!toks[j] || !spaced(toks[j])) break;
        }
      }
    }
    const it = readItem(toks, j, lang, prev);
    if (!it) break;
    if (prev && it.kind === 'digits' && !(prev.kind === 'card' && (prev.cls === 'mult' || prev.cls === 'hundred'))) break;
    if (prev && prev.kind === 'digits' && prev.closed) break;
    if (prev && it.kind === 'digits' && it.closed) break;
    it.and = it.and || and;
    items.push(it);
    k = it.t1;
  }
  return items;
}

interface Composed {
  value: number;
  /** Number of items used. */
  used: number;
  lastCls?: WordClass | 'digits' | 'a';
}

/** Compose cardinal items into one integer-ish value; stops at the first item that does not fit. */
function compose(items: Item[], from: number, to: number, ar: boolean): Composed {
  let total = 0;
  let cur = 0;
  let comp = 0;
  let lastMult = Infinity;
  let totalAtMult = 0;
  let usedAtMult = 0;
  let last: Composed['lastCls'];
  let k = from;
  for (; k < to; k++) {
    const it = items[k]!;
    const first = k === from;
    if (it.kind === 'a') {
      const nx = items[k + 1];
      const nn = items[k + 2];
      const ok =
        nx && (nx.kind === 'ord' || (nx.kind === 'card' && (nx.cls === 'hundred' || nx.cls === 'mult' || nx.cls === 'dozen')) ||
          (nx.kind === 'card' && nx.cls === 'ten' && nn?.kind === 'ord'));
      if (!first || !ok) break;
      cur = 1;
      comp = 1;
      last = 'a';
      continue;
    }
    if (it.kind === 'digits') {
      if (!first && !(last === 'mult' || last === 'hundred')) break;
      if (!first && it.value >= (last === 'hundred' ? 100 : lastMult)) break;
      cur += it.value;
      comp = it.value;
      last = 'digits';
      if (it.closed) {
        k++;
        break;
      }
      continue;
    }
    if (it.kind !== 'card') break;
    const afterBig = last === 'hundred' || last === 'hundreds' || last === 'mult';
    switch (it.cls) {
      case 'unit':
      case 'teen': {
        const ok = first || afterBig || (last === 'ten' && it.cls === 'unit' && cur % 10 === 0);
        if (!ok) break;
        if (afterBig && last === 'hundred' && cur % 100 !== 0) break;
        cur += it.value;
        comp = it.value;
        last = it.cls;
        continue;
      }
      case 'ten': {
        const ok = first || (afterBig && cur % 100 === 0) || (ar && last === 'unit' && it.and && cur % 100 < 10 && cur % 100 > 0);
        if (!ok) break;
        cur += it.value;
        comp = it.value;
        last = 'ten';
        continue;
      }
      case 'hundreds': {
        if (!(first || (last === 'mult' && cur === 0))) break;
        cur += it.value;
        comp = it.value;
        last = 'hundreds';
        continue;
      }
      case 'hundred': {
        if (first) {
          if (!ar) break;
          cur = 100;
        } else if ((last === 'unit' || last === 'teen' || last === 'ten' || last === 'digits' || last === 'a') && cur > 0 && (cur < 100 || last === 'digits') && !it.and) {
          cur *= 100;
        } else if (last === 'mult' && cur === 0) {
          cur = 100;
        } else break;
        comp = cur;
        last = 'hundred';
        continue;
      }
      case 'mult': {
        const m = it.value;
        if (it.dual && cur > 0 && !it.and) {
          // "18 ألفا", "60 ألفا": after a number the form is the accusative singular, not the dual.
          if (m >= lastMult) return { value: totalAtMult, used: usedAtMult, lastCls: 'mult' };
          total += cur * m;
          cur = 0;
          comp = 0;
          lastMult = m;
          totalAtMult = total;
          usedAtMult = k + 1 - from;
          last = 'mult';
          continue;
        }
        if (it.dual) {
          if (!(first || (last === 'mult' && cur === 0 && 2 * m < lastMult))) break;
          total += 2 * m;
          lastMult = m;
          last = 'mult';
          continue;
        }
        if (cur === 0) {
          if (first) {
            if (!ar) break;
            cur = 1;
          } else if (last === 'mult' && !it.and) {
            total *= m;
            lastMult = Math.min(lastMult * m, lastMult);
            continue;
          } else break;
        }
        if (m >= lastMult) {
          // "خمسة ملايين و2.5 مليار": the tail after the last multiplier starts a new number.
          return { value: totalAtMult, used: usedAtMult, lastCls: 'mult' };
        }
        total += cur * m;
        totalAtMult = total;
        usedAtMult = k + 1 - from;
        cur = 0;
        comp = 0;
        lastMult = m;
        last = 'mult';
        continue;
      }
      case 'dozen': {
        if (it.dual) {
          cur += 24;
          comp = 24;
        } else if (first) {
          cur = 12;
          comp = 12;
        } else if (cur > 0) {
          cur = cur - comp + comp * 12;
          comp = comp * 12;
        } else break;
        last = 'dozen';
        continue;
      }
      default:
        break;
    }
    break;
  }
  return { value: total + cur, used: k - from, lastCls: last };
}

function isUnitLike(it: Item | undefined): boolean {
  return !!it && (it.kind === 'a' || (it.kind === 'card' && it.cls === 'unit'));
}
function itemValue(it: Item): number {
  return it.kind === 'a' ? 1 : it.kind === 'card' || it.kind === 'digits' ? it.value : 0;
}

interface Phrase {
  value: number;
  /** Items consumed. */
  used: number;
  fraction?: boolean;
  vague?: boolean;
}

/** Interpret gathered items: integers, decimals ("point"), fractions and mixed numbers. */
function interpret(items: Item[], ar: boolean): Phrase | null {
  if (!items.length) return null;
  const head = items[0]!;
  // Vague plurals: "عشرات الآلاف", "آلاف", "hundreds of".
  if (head.kind === 'card' && (head.cls === 'vague' || head.plural)) return { value: head.value, used: 1, vague: true };

  const f = items.findIndex((it) => it.kind === 'ord' || it.kind === 'frac');
  const p = items.findIndex((it) => it.kind === 'point');
  if (p > 0 && (f < 0 || p < f)) {
    const whole = compose(items, 0, p, ar);
    if (whole.used !== p) return whole.used ? { value: whole.value, used: whole.used } : null;
    const rest = items.slice(p + 1).filter((it) => it.kind === 'card');
    let digits = '';
    let used = p + 1;
    if (rest.length && rest.every((it) => it.kind === 'card' && it.cls === 'unit')) {
      for (let k = p + 1; k < items.length && items[k]!.kind === 'card' && (items[k] as { cls: string }).cls === 'unit'; k++) {
        digits += String(itemValue(items[k]!));
        used = k + 1;
      }
    } else {
      const dec = compose(items, p + 1, items.length, ar);
      if (!dec.used) return { value: whole.value, used: p };
      digits = String(dec.value);
      used = p + 1 + dec.used;
    }
    return { value: Number(`${whole.value}.${digits}`), used };
  }
  if (f < 0) {
    const c = compose(items, 0, items.length, ar);
    return c.used ? { value: c.value, used: c.used } : null;
  }
  const fr = items[f]!;
  if (fr.kind !== 'ord' && fr.kind !== 'frac') return null;
  const numItems = items.slice(0, f);
  // "half a dozen", "نصف دزينة".
  const nx = items[f + 1];
  const isHalf = fr.den === 2 && (fr.kind === 'frac' || !fr.plural);
  // "first" and "second" alone are ordinals (or a unit of time), never 1/1 or 1/2.
  if (fr.kind === 'ord' && fr.den <= 2 && !isHalf && !(f > 0 && items[f - 1]!.kind === 'card' && (items[f - 1] as { cls: string }).cls === 'ten')) {
    return numItems.length ? interpret(numItems, ar) : null;
  }
  if (!numItems.length) {
    if (fr.kind === 'ord' && !isHalf) return null;
    if (isHalf) {
      const dz = nx?.kind === 'a' ? items[f + 2] : nx;
      if (dz?.kind === 'card' && dz.cls === 'dozen') return { value: 6, used: f + (nx?.kind === 'a' ? 3 : 2) };
    }
    const n = fr.kind === 'frac' && fr.form === 'dual' ? 2 : 1;
    return { value: n / fr.den, used: f + 1, fraction: true };
  }
  if (numItems.some((it) => it.kind === 'digits')) {
    const c = compose(items, 0, f, ar);
    return c.used ? { value: c.value, used: c.used } : null;
  }
  // Arabic singular/dual fraction after a number: mixed with "و" ("واحد ونصف"), else the denominator.
  if (fr.kind === 'frac' && fr.form !== 'plural') {
    const c = compose(items, 0, f, ar);
    if (c.used !== f) return c.used ? { value: c.value, used: c.used } : null;
    const n = fr.form === 'dual' ? 2 : 1;
    return { value: fr.and ? c.value + n / fr.den : c.value / fr.den, used: f + 1 };
  }
  // English "and a half", "and three fifths", Arabic "وثلاثة أخماس": a whole number plus a fraction.
  if (fr.kind === 'ord' && fr.den === 2 && !fr.plural && isUnitLike(numItems[numItems.length - 1]) && numItems[numItems.length - 1]!.and) {
    const whole = compose(items, 0, f - 1, ar);
    if (whole.used === f - 1 && whole.used > 0) return { value: whole.value + 0.5, used: f + 1 };
  }
  let lastAnd = -1;
  numItems.forEach((it, k) => {
    if (it.and) lastAnd = k;
  });
  if (lastAnd > 0 && lastAnd === numItems.length - 1 && isUnitLike(numItems[lastAnd])) {
    const whole = compose(items, 0, lastAnd, ar);
    if (whole.used === lastAnd) return { value: whole.value + itemValue(numItems[lastAnd]!) / fr.den, used: f + 1 };
  }
  let num = compose(items, 0, f, ar);
  if (!num.used) return null;
  let den = fr.den;
  if (num.used < f) {
    // "one one hundred fifth" (1/105), "three twenty-firsts" (3/21): the rest builds the denominator.
    const d = compose(items, num.used, f, ar);
    if (num.used + d.used !== f) return { value: num.value, used: num.used };
    den = d.value + fr.den;
  } else if (fr.kind === 'ord' && fr.den < 10 && f >= 2) {
    const lastItem = items[f - 1]!;
    if (lastItem.kind === 'card' && lastItem.cls === 'ten' && !lastItem.and) {
      // "one hundred thirty fifths" = 100/35: a bare tens word right before the ordinal joins it.
      const n2 = compose(items, 0, f - 1, ar);
      if (n2.used === f - 1) {
        num = n2;
        den = lastItem.value + fr.den;
      }
    }
  }
  const plural = fr.kind === 'ord' ? fr.plural : fr.form === 'plural';
  // "two millionth" is an ordinal, not a fraction: a numerator above one needs a plural.
  if (num.value > 1 && !plural) return { value: num.value, used: num.used };
  return { value: num.value / den, used: f + 1 };
}

function mention(toks: Token[], text: string, t0: number, t1: number, value: number, extra: Partial<NumberMention>): NumberMention {
  const start = toks[t0]!.start;
  const end = toks[t1 - 1]!.end;
  return { start, end, text: text.slice(start, end), value, t0, t1, plain: false, words: false, decimal: false, ...extra };
}

/** Read one number phrase at token i; [] when none starts there. */
function readAt(toks: Token[], i: number, text: string, lang: string): NumberMention[] {
  const t = toks[i]!;
  const ar = lang === 'ar' || isArabic(t.norm);
  // Signs: "-5", "- 1 4/5", "minus five", "سالب واحد".
  let sign = 1;
  let s = i;
  if (t.type === 'sym' && (t.norm === '-' || t.norm === '−')) {
    const prev = toks[i - 1];
    const nx = toks[i + 1];
    if (!nx || nx.type !== 'num' || !spaced(nx) || (prev && glued(t) && (prev.type === 'num' || (prev.type === 'word' && prev.norm !== 'و')))) return [];
    if (prev && prev.type === 'num' && /^ ?$/.test(t.gap)) return [];
    // "$5 million - 2025 rates", "benefits - 86%": a spaced dash after a word is punctuation.
    if (prev && prev.type !== 'sym' && !glued(nx)) return [];
    sign = -1;
    s = i + 1;
  } else if (t.type === 'word' && MINUS_WORDS.has(t.norm)) {
    if (!toks[i + 1] || !spaced(toks[i + 1])) return [];
    sign = -1;
    s = i + 1;
  }
  // Leading decimal point: ".08", ".25".
  const st = toks[s]!;
  if (st.type === 'sym' && st.norm === '.' && toks[s + 1]?.type === 'num' && glued(toks[s + 1])) {
    const prev = toks[s - 1];
    if (prev && glued(st) && (prev.type === 'num' || prev.type === 'word')) return [];
    const d = readDigits(toks, s + 1, lang);
    if (d.length !== 1 || d[0]!.t1 !== s + 2) return [];
    return [mention(toks, text, i, s + 2, sign * Number(`0.${toks[s + 1]!.norm}`), { decimal: true })];
  }
  if (st.type === 'num') {
    const d = readDigits(toks, s, lang);
    if (d.length > 1) {
      return d.map((x, k) => mention(toks, text, k === 0 ? i : x.t0, x.t1, (k === 0 ? sign : 1) * x.value, { plain: x.plain }));
    }
  }
  // English "hundreds of", "dozens of".
  if (st.type === 'word' && EN_VAGUE.has(st.norm) && toks[s + 1]?.norm === 'of') {
    return [mention(toks, text, i, s + 1, EN_VAGUE.get(st.norm)!, { words: true, vague: true })];
  }
  const items = gather(toks, s, lang);
  const ph = interpret(items, ar);
  if (!ph || !ph.used) return [];
  const lastItem = items[ph.used - 1]!;
  let t1 = lastItem.t1;
  let value = ph.value;
  const onlyDigits = items.slice(0, ph.used).every((it) => it.kind === 'digits');
  const first = items[0]!;
  let vague = ph.vague;
  // "عشرات الآلاف": a vague plural times a definite multiplier.
  if (vague) {
    const nx = toks[t1];
    if (nx && spaced(nx) && nx.type === 'word' && nx.norm.startsWith(AL)) {
      const m = AR_WORDS.get(nx.norm.slice(2));
      if (m && m.cls === 'mult') {
        value *= m.value;
        t1 += 1;
      }
    }
  }
  let ratio = false;
  // Ratios: "2000 over 3", "one out of three", "واحد على ٣", "١ جزء من ثلاثة", "واحد من ثلاثة".
  const r = readRatio(toks, t1, lang, value, first);
  if (r) {
    value = r.value;
    t1 = r.t1;
    ratio = true;
  }
  const extra: Partial<NumberMention> = {
    plain: onlyDigits && ph.used === 1 && first.kind === 'digits' && first.plain && sign === 1 && !ratio,
    words: !onlyDigits,
    decimal: first.kind === 'digits' && first.decimal,
    suffix: first.kind === 'digits' ? first.suffix : undefined,
  };
  const used = items.slice(0, ph.used);
  const lastCard = used[used.length - 1];
  if (lastCard && lastCard.kind === 'card' && lastCard.cls === 'mult' && !vague) extra.scale = lastCard.value;
  if (first.kind === 'digits' && first.suffix) extra.scale = EN_SUFFIX_MULT.get(first.suffix);
  if (vague) extra.vague = true;
  if (ratio) extra.ratio = true;
  if (ph.fraction) extra.fraction = true;
  return [mention(toks, text, i, t1, sign * value, extra)];
}

function readRatio(toks: Token[], k: number, lang: string, num: number, first: Item): { value: number; t1: number } | null {
  const t = toks[k];
  if (!t || t.type !== 'word' || !spaced(t)) return null;
  let j = k + 1;
  let split = false;
  if (t.norm === 'over' || (t.norm === 'out' && toks[k + 1]?.norm === 'of')) {
    if (t.norm === 'out') j++;
  } else if (t.norm === AR_ON) {
    // "واحد على ٣"
  } else if (AR_PART.has(t.norm) && toks[k + 1]?.norm === AR_FROM) {
    j++;
    split = true;
  } else if (t.norm === AR_FROM && num === 1 && (first.kind === 'card' || first.kind === 'digits')) {
    // "واحد من ثلاثة"
  } else return null;
  const nt = toks[j];
  if (!nt || !spaced(nt)) return null;
  const items = gather(toks, j, lang);
  const ph = interpret(items, lang === 'ar' || isArabic(nt.norm));
  if (!ph || !ph.used || ph.fraction || ph.value === 0) return null;
  const end = items[ph.used - 1]!.t1;
  // English "over"/"out of" is a ratio only when nothing follows ("$2000 over 3 years" is not).
  if (t.norm === 'over' || t.norm === 'out') {
    const after = toks[end];
    if (after && after.type === 'word') return null;
  }
  let value = num / ph.value;
  if (split && num >= 100 && num % 100 > 0 && num % 100 < ph.value) value = num - (num % 100) + (num % 100) / ph.value;
  return { value, t1: end };
}

/** "جزء من مئة" with no number before: one part of. */
function readPartOf(toks: Token[], i: number, text: string, lang: string): NumberMention | null {
  const t = toks[i]!;
  if (!(AR_PART.has(t.norm) && toks[i + 1]?.norm === AR_FROM)) return null;
  const r = readRatio(toks, i, lang, 1, { kind: 'a', t0: i, t1: i + 1, and: false });
  return r ? mention(toks, text, i, r.t1, r.value, { words: true, ratio: true }) : null;
}

/** Every number mention in `text`, in order, non-overlapping. */
export function parseNumbers(text: string, lang: string): NumberMention[] {
  return parseNumberTokens(tokenize(text), text, lang);
}

/**
 * Every word a number phrase can start with, proclitic-free: number words, ordinals and their
 * plurals, "a"/"an", signs, vague plurals and "جزء". A superset of what readPartOf/readAt accept as
 * a first token, so the scan can skip every other word without building anything (most tokens).
 */
const STARTER_WORDS = new Set<string>([
  ...EN_WORDS.keys(), ...EN_A, ...EN_VAGUE.keys(), ...MINUS_WORDS, ...EN_ORDINALS.keys(), ...[...EN_ORDINALS.keys()].map((w) => `${w}s`), 'halves',
  ...AR_WORDS.keys(), ...AR_TEEN_HEADS.keys(), ...AR_FRACTIONS.keys(), ...AR_PART,
]);

/** False when no number can start at token `t` (readAt and readPartOf would find nothing there). */
function mayStartNumber(t: Token): boolean {
  if (t.type === 'num') return true;
  if (t.type === 'sym') return t.norm === '-' || t.norm === '−' || t.norm === '.';
  const w = t.norm;
  if (STARTER_WORDS.has(w)) return true;
  // Arabic words may carry one proclitic letter (و, ب, ف) before the number word.
  const c = w.charCodeAt(0);
  return (c === 0x648 || c === 0x628 || c === 0x641) && w.length > 1 && STARTER_WORDS.has(w.slice(1));
}

export function parseNumberTokens(toks: Token[], text: string, lang: string): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!mayStartNumber(toks[i]!)) {
      i++;
      continue;
    }
    const part = readPartOf(toks, i, text, lang);
    const found = part ? [part] : readAt(toks, i, text, lang);
    if (found.length) {
      out.push(...found);
      i = found[found.length - 1]!.t1;
    } else i++;
  }
  return out;
}
