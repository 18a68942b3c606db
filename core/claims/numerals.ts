/**
 * Numbers written with digits: separators (1,550 / 1.550 / ١٬٥٥٠ / 1 550 / 12,34,567.89),
 * decimals (3.5 / ٣٫٥ / ٠,٠٨), lists that only look like one number (192.168.1.2, "22,24,26"),
 * letter suffixes (10k, 1.2b, 2mil), exponents (1e10, 1.1^23) and digit fractions (3/4, 2 1/4).
 * Works on tokens (tokens.ts): digits arrive already ASCII, separators as symbol tokens.
 */
import { EN_SPACED_SUFFIX, EN_SUFFIX_MULT } from './number-words';
import { glued, spaced, type Token } from './tokens';

/** Separators that may sit inside one digit number. "،" (Arabic comma) only before exactly 3 digits. */
const SEPARATORS = new Set([',', '.', '،', '٬', '٫']);
/** Languages that write 1.550 for one thousand five hundred and fifty (a lone dot before 3 digits). */
const DOT_THOUSANDS_LANGS = new Set(['de', 'es', 'it', 'pt', 'nl', 'id', 'tr', 'da', 'nb', 'no', 'sv', 'pl', 'ro', 'el', 'hr', 'sl', 'sr', 'cs', 'sk', 'hu', 'vi']);

export interface DigitNumber {
  value: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  /** A bare run of digits, no separator, sign, suffix or fraction: the shape of years and identifiers. */
  plain: boolean;
  /** Written with a decimal part. */
  decimal: boolean;
  /** Letter suffix multiplier ("k", "M", "bn"), when one was read. */
  suffix?: string;
  /** Fraction, exponent or suffix read: no multiplier word may follow. */
  closed: boolean;
}

interface Chain {
  groups: string[];
  seps: string[];
  t1: number;
}

function collectChain(toks: Token[], i: number): Chain {
  const groups = [toks[i]!.norm];
  const seps: string[] = [];
  let j = i;
  for (;;) {
    const sep = toks[j + 1];
    const next = toks[j + 2];
    if (sep && next && next.type === 'num' && glued(next)) {
      if (sep.type === 'sym' && glued(sep) && SEPARATORS.has(sep.norm)) {
        if (sep.norm === '،' && next.norm.length !== 3) break;
        groups.push(next.norm);
        seps.push(sep.norm);
        j += 2;
        continue;
      }
    }
    // "1 234 567": a single space before a group of exactly three digits, digits-only so far.
    if (
      sep && sep.type === 'num' && sep.norm.length === 3 && /^[ \u00A0\u202F\u2009]$/.test(sep.gap) &&
      seps.every((s) => s === ' ') && groups[groups.length - 1]!.length <= 3 &&
      !(toks[j + 2]?.norm === '/' && glued(toks[j + 2]))
    ) {
      groups.push(sep.norm);
      seps.push(' ');
      j += 1;
      continue;
    }
    break;
  }
  return { groups, seps, t1: j + 1 };
}

/** Value of a chain, or null when it is a list of separate numbers. */
function chainValue(c: Chain, lang: string): { value: number; decimal: boolean } | null {
  const { groups, seps } = c;
  const n = seps.length;
  if (n === 0) return { value: Number(groups[0]), decimal: false };
  const tailIs = (from: number, ok: (len: number) => boolean) => groups.slice(from).every((g) => ok(g.length));
  const thousands = (upTo: number) =>
    groups[0]!.length <= 3 && groups[0] !== '0' && groups[upTo - 1]!.length === 3 &&
    groups.slice(1, upTo).every((g) => g.length === 3 || g.length === 2);
  const join = (gs: string[]) => Number(gs.join(''));
  const same = seps.every((s) => s === seps[0]);
  if (same) {
    const s = seps[0]!;
    if (s === '٫') return n === 1 ? { value: Number(`${groups[0]}.${groups[1]}`), decimal: true } : null;
    if (s === '٬' || s === ' ') return tailIs(1, (l) => l === 3) && groups[0]!.length <= 3 ? { value: join(groups), decimal: false } : null;
    if (s === '.') {
      if (n === 1) {
        if (DOT_THOUSANDS_LANGS.has(lang) && groups[1]!.length === 3 && groups[0] !== '0') return { value: join(groups), decimal: false };
        return { value: Number(`${groups[0]}.${groups[1]}`), decimal: true };
      }
      return tailIs(1, (l) => l === 3) && groups[0]!.length <= 3 ? { value: join(groups), decimal: false } : null;
    }
    // "," or "،"
    if (thousands(groups.length)) return { value: join(groups), decimal: false };
    if (n === 1) return { value: Number(`${groups[0]}.${groups[1]}`), decimal: true };
    return null;
  }
  // Mixed: every separator but the last groups thousands, the last one is the decimal point.
  const last = seps[n - 1]!;
  const others = seps.slice(0, n - 1);
  if (others.every((s) => s === others[0]) && others[0] !== last && ['.', ',', '٫'].includes(last)) {
    if (!thousands(groups.length - 1)) return null;
    return { value: Number(`${groups.slice(0, n).join('')}.${groups[n]}`), decimal: true };
  }
  return null;
}

/** One digit number starting at token i (a num token), or a list of numbers when the chain is a list. */
export function readDigits(toks: Token[], i: number, lang: string): DigitNumber[] {
  const chain = collectChain(toks, i);
  const cv = chainValue(chain, lang);
  if (!cv) {
    // A list: every group is its own number ("192.168.1.2", "22,24,26,31").
    const out: DigitNumber[] = [];
    for (let k = i; k < chain.t1; k += 2) out.push({ value: Number(toks[k]!.norm), t0: k, t1: k + 1, plain: true, decimal: false, closed: true });
    return out;
  }
  let { value } = cv;
  let t1 = chain.t1;
  let plain = chain.seps.length === 0;
  let closed = false;
  let suffix: string | undefined;
  const decimal = cv.decimal;

  // Older Arabic wire style writes a decimal with ر, fraction first in logical order: "5ر1" = 1.5.
  const r = toks[t1];
  if (plain && r && r.type === 'word' && r.norm === 'ر' && glued(r) && toks[t1 + 1]?.type === 'num' && glued(toks[t1 + 1])) {
    return [{ value: Number(`${toks[t1 + 1]!.norm}.${toks[i]!.norm}`), t0: i, t1: t1 + 2, plain: false, decimal: true, closed: false }];
  }
  // Exponent: "1e10", "12.32e+14", "-12e-1".
  const e = toks[t1];
  if (e && glued(e) && (e.text === 'e' || e.text === 'E')) {
    let k = t1 + 1;
    let sign = 1;
    if (toks[k]?.type === 'sym' && glued(toks[k]) && (toks[k]!.norm === '+' || toks[k]!.norm === '-')) {
      sign = toks[k]!.norm === '-' ? -1 : 1;
      k++;
    }
    if (toks[k]?.type === 'num' && glued(toks[k])) {
      value = value * 10 ** (sign * Number(toks[k]!.norm));
      return [{ value, t0: i, t1: k + 1, plain: false, decimal, closed: true }];
    }
  }
  // Power: "1.1^23", "2.5^-1".
  if (toks[t1]?.norm === '^' && glued(toks[t1])) {
    let k = t1 + 1;
    let sign = 1;
    while (toks[k]?.type === 'sym' && (toks[k]!.norm === '+' || toks[k]!.norm === '-')) {
      if (toks[k]!.norm === '-') sign = -sign;
      k++;
    }
    if (toks[k]?.type === 'num') {
      const ec = collectChain(toks, k);
      const ev = chainValue(ec, lang);
      if (ev) return [{ value: value ** (sign * ev.value), t0: i, t1: ec.t1, plain: false, decimal, closed: true }];
    }
  }
  // Digit fraction "3/4" (but "5/17/2018" is a date: three numbers, the caller decides what they are).
  if (plain && toks[t1]?.norm === '/' && glued(toks[t1]) && toks[t1 + 1]?.type === 'num' && glued(toks[t1 + 1])) {
    if (toks[t1 + 2]?.norm === '/' || toks[t1 + 2]?.norm === '-') {
      return [
        { value, t0: i, t1, plain: true, decimal: false, closed: true },
        { value: Number(toks[t1 + 1]!.norm), t0: t1 + 1, t1: t1 + 2, plain: true, decimal: false, closed: true },
      ];
    }
    const den = Number(toks[t1 + 1]!.norm);
    if (den !== 0) {
      let v = value / den;
      let end = t1 + 2;
      // Arabic text can put the whole number after its fraction: "١/٤ ٢" = 2¼.
      const w = toks[end];
      if (lang === 'ar' && v < 1 && w?.type === 'num' && spaced(w) && w.norm.length <= 2 && toks[end + 1]?.norm !== '/') {
        v += Number(w.norm);
        end++;
      }
      return [{ value: v, t0: i, t1: end, plain: false, decimal: true, closed: true }];
    }
  }
  // Mixed number "2 1/4", "1 4/5".
  const a = toks[t1];
  if (plain && a?.type === 'num' && spaced(a) && toks[t1 + 1]?.norm === '/' && glued(toks[t1 + 1]) && toks[t1 + 2]?.type === 'num' && glued(toks[t1 + 2]) && toks[t1 + 3]?.norm !== '/') {
    const num = Number(a.norm);
    const den = Number(toks[t1 + 2]!.norm);
    if (den > num && num > 0) return [{ value: value + num / den, t0: i, t1: t1 + 3, plain: false, decimal: true, closed: true }];
  }
  // Letter suffix: "10k", "1.2b", "10 bln", "1,674.5 G".
  const s = toks[t1];
  if (s && s.type === 'word' && (glued(s) ? EN_SUFFIX_MULT.has(s.text) : spaced(s) && EN_SPACED_SUFFIX.has(s.text))) {
    const after = toks[t1 + 1];
    // "10 M dollars" yes, "5 G network"... the claims layer rejects glued identifiers like 5G.
    if (!(after && glued(after) && (after.type === 'word' || after.type === 'num'))) {
      value *= EN_SUFFIX_MULT.get(s.text)!;
      suffix = s.text;
      t1 += 1;
      plain = false;
      closed = true;
    }
  }
  return [{ value, t0: i, t1, plain, decimal, suffix, closed }];
}
