/**
 * Numeric claims: the checkable figures of a news text, each with its value, unit or counted noun,
 * kind, qualifier, source and "as of" time.
 *
 * Highlighted span (Claim.start/end/text): kept tight around the figure itself. It covers the
 * number as written (digits or number words, with its multiplier: "2.5 مليار", "خمسة ملايين"), a
 * sign or currency symbol before it ("$", "US$", "-"), and a unit written right after it when the
 * unit is part of the quantity: currency words ("مليون يورو" -> span "500 مليون يورو"), percent
 * ("%", "في المئة", "percent"), measures ("km", "طن") and time units for durations ("خمس سنوات").
 * A range spans both ends ("15-20", "10 إلى 20"). The counted noun of a count is NOT in the span
 * ("700" is highlighted, "صاروخ باليستي عابر للقارات" is its `unit`), and neither are qualifier,
 * source and as-of words: they live in their own fields.
 *
 * Never claims: dates, years and year ranges, times, ordinals, phone numbers, identifiers, section
 * and page numbers, footnote marks (not-claims.ts), ratios ("one of three"), and lone "one"/"واحد"
 * or fraction words without a unit or qualifier (they are mostly pronouns and idiom).
 */
import type { Claim, ClaimKind, Qualifier } from '../types';
import { asOfIn, changeBefore, qualifierAfter, qualifierBefore, sentenceIds, sourceIn } from './context';
import { countedAfter } from './counted';
import { notClaimReason, isYearLike } from './not-claims';
import { parseNumberTokens, type NumberMention } from './numbers';
import { tokenize, type Token } from './tokens';
import { AR_DUALS, currencyBefore, percentBefore, unitAfter, type UnitMatch } from './units';
import { foldArabic } from '../text/arabic';
import { asciiDigits } from '../text/digits';

export { parseNumbers, type NumberMention } from './numbers';

/** Range connectors between two numbers; "and"/"و" only after "between"/"بين". */
const RANGE_DASH = new Set(['-', '–', '—', '~', '‒']);
const RANGE_TO = new Set(['to', foldArabic('إلى'), foldArabic('الى'), 'through', 'till']);
const RANGE_AND = new Set(['and', 'و']);
const RANGE_BETWEEN = new Set(['between', foldArabic('بين'), foldArabic('وبين'), foldArabic('مابين')]);
/** "بنسبة 5" with no percent sign: the Arabic "at a rate of" already says percent. */
const AR_RATE = new Set([foldArabic('نسبة'), foldArabic('بنسبة'), foldArabic('ونسبة'), foldArabic('النسبة'), foldArabic('بالمائة'), foldArabic('بالمئة')]);
const CURRENCY_SIGN = new Set(['$', '£', '€', '¥', '₹']);
const AMBIGUOUS_FRACTION = new Set(['خمس', 'ثمن', 'سبع', 'تسع', 'عشر'].map(foldArabic));
const LONE_ONE = new Set(['one', foldArabic('واحد'), foldArabic('واحدة'), 'a', 'an']);
/** Last letters of the dual nouns (all end in ن): a cheap test before the map lookup, run on every token. */
const DUAL_LAST_UNITS = new Set([...AR_DUALS.keys()].map((w) => w.charCodeAt(w.length - 1)));
/** Currency words after which "and 45" / "45 cents" are the cents: "13 dollars and 45 cents". */
const CENTS_CURRENCY = /^(?:dollars?|euros?|pounds?|us dollars?|\$|c \$|us \$|£|€)$/i;
const CENTS_WORD = /^(?:cents?|pence|p)$/i;

interface Draft {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit?: string;
  kind: ClaimKind;
  qualifier?: Qualifier;
  /** Token range the claim and its unit/qualifier occupy, for sentence lookups. */
  t0: number;
  t1: number;
}

function isWordNumberOne(m: NumberMention, toks: Token[]): boolean {
  const w = toks[m.t0]!.norm;
  return m.words && m.t1 - m.t0 === 1 && Math.abs(m.value) === 1 && (LONE_ONE.has(w) || /[\u0621-\u064A]/.test(w));
}

/** A second number joined to `m` as a range, with the tokens it ends at. */
function rangePartner(nums: NumberMention[], n: number, toks: Token[]): NumberMention | null {
  const m = nums[n]!;
  const m2 = nums[n + 1];
  if (!m2) return null;
  const between = toks.slice(m.t1, m2.t0);
  const prev = toks[m.t0 - 1];
  const hasBetween = !!prev && (RANGE_BETWEEN.has(prev.norm) || (prev.norm === 'ما' && RANGE_BETWEEN.has(toks[m.t0 - 2]?.norm ?? '')));
  // "10%-50%", "$1.68 billion to $1.72 billion": a repeated unit sign around the connector.
  let skipPct = between.length >= 2 && (between[0]!.norm === '%' || between[0]!.norm === '٪') ? between.slice(1) : between;
  if (skipPct.length === 2 && CURRENCY_SIGN.has(skipPct[1]!.norm)) skipPct = skipPct.slice(0, 1);
  if (skipPct.length === 1) {
    const c = skipPct[0]!;
    if (RANGE_DASH.has(c.norm) && c.type === 'sym') return m2.value > m.value ? m2 : null;
    if (RANGE_TO.has(c.norm)) return m2;
    if (RANGE_AND.has(c.norm) && hasBetween) return m2;
  }
  // "بين 10 و20": the و is glued to the second number and read as a word token of its own.
  if (skipPct.length === 0 && hasBetween && toks[m2.t0]?.norm === 'و') return m2;
  return null;
}

/** "c $ 100 and fifty", "13 dollars and 45 cents", "3 dollars 50 cents": the cents of a money amount. */
function readCents(nums: NumberMention[], n: number, toks: Token[], k: number): { add: number; end: number; tEnd: number; skip: number } | null {
  let j = k;
  if (toks[j]?.norm === 'and') j++;
  const c = nums[n];
  if (!c || c.t0 !== j || c.value >= 100 || c.value < 1 || !Number.isInteger(c.value)) return null;
  const after = toks[c.t1];
  if (after && after.type === 'word' && CENTS_WORD.test(after.text)) return { add: c.value / 100, end: after.end, tEnd: c.t1 + 1, skip: 1 };
  if (!after || after.type === 'sym') return { add: c.value / 100, end: c.end, tEnd: c.t1, skip: 1 };
  return null;
}

/** Numeric claims in `text`; dates, years, times, ordinals and identifiers are never claims. */
export function detectClaims(text: string, lang: string): Claim[] {
  const toks = tokenize(text);
  const nums = parseNumberTokens(toks, text, lang);
  if (!nums.length && !toks.some((t) => t.type === 'word' && DUAL_LAST_UNITS.has(t.norm.charCodeAt(t.norm.length - 1)) && AR_DUALS.has(t.norm))) return [];
  const ids = sentenceIds(toks);
  const drafts: Draft[] = [];
  const covered = new Uint8Array(toks.length);

  for (let n = 0; n < nums.length; n++) {
    const m = nums[n]!;
    const partner = rangePartner(nums, n, toks);
    const last = partner ?? m;
    const large = (last.scale ?? 1) >= 1e6 || /million|billion|trillion|مليون|مليار/i.test(last.text);
    const unit: UnitMatch | null = unitAfter(text, toks, last.t1, last.end, { large });
    const cur = currencyBefore(text, m.start);
    const qual = qualifierBefore(toks, m.t0);
    const pctBefore = percentBefore(text, m.start) ?? (toks[m.t0 - 1] && AR_RATE.has(toks[m.t0 - 1]!.norm) ? { start: m.start } : null);
    // A range whose other end is no year ("١٠٠٠ - ٥٠٠٠") is a quantity too.
    const quantity = !!unit || !!cur || !!qual || !!pctBefore || (!!partner && isYearLike(m) && partner.value > 2100);
    const reasons = [notClaimReason(m, toks, text, { quantity })];
    if (partner) reasons.push(notClaimReason(partner, toks, text, { quantity }));
    if (partner && isYearLike(m) && isYearLike(partner)) reasons.push('year range');
    if (reasons.some((r) => r)) {
      if (partner) n++;
      // The rest of a phone number: "+1 222 2222 2222", "+44 20 7946 0958".
      if (reasons.includes('phone')) {
        while (nums[n + 1] && /^[\s\-./()]*$/.test(text.slice(nums[n]!.end, nums[n + 1]!.start))) n++;
      }
      continue;
    }
    if (m.ratio) continue;
    // "اليوم التاسع عشر": a lone عشر after a definite word is the tail of an ordinal.
    if (m.words && m.t1 - m.t0 === 1 && m.value === 10 && toks[m.t0 - 1]?.norm.startsWith('ال')) continue;
    // "9/11", "24/7": slash numbers are names and slogans unless a small proper fraction ("1/4 mile").
    const slash = /^(\d+)\/(\d+)$/.exec(asciiDigits(m.text.replace(/^[-−]\s*/, '').trim()));
    if (slash && (Number(slash[1]) >= Number(slash[2]) || Number(slash[2]) > 10)) continue;
    // Ratings and scores written with a spaced slash: "4.92 / 5.0".
    if (toks[m.t1]?.norm === '/' && nums[n + 1]?.t0 === m.t1 + 1) {
      n++;
      continue;
    }
    // Scores and votes: "3-1", "52-48" (a range always ascends).
    const dash = toks[m.t1];
    const other = nums[n + 1];
    if (!partner && dash && dash.gap === '' && RANGE_DASH.has(dash.norm) && other && other.t0 === m.t1 + 1 && toks[other.t0]!.gap === '' && other.value <= m.value) {
      n++;
      continue;
    }
    if ((isWordNumberOne(m, toks) || m.fraction) && !partner && !unit && !qual && !cur) {
      const nx = toks[m.t1];
      const ofLike = !!nx && (nx.norm === 'of' || nx.norm === 'the' || (nx.type === 'word' && nx.norm.startsWith('ال') && /[\u0621-\u064A]/.test(nx.norm)));
      // "ثمن السلعة" is "the price of the goods" far more often than "an eighth of": ambiguous words stay out.
      if (!(m.fraction && ofLike) || AMBIGUOUS_FRACTION.has(toks[m.t0]!.norm)) continue;
    }

    let value = m.value;
    let valueMax: number | undefined;
    let start = m.start;
    // "- 61% of people": a dash and a space before a figure is a bullet, not a minus sign.
    const bullet = /^[-−]\s+/.exec(m.text);
    if (bullet) {
      value = -value;
      start += bullet[0].length;
    }
    let end = last.end;
    let t1 = last.t1;
    let kind: ClaimKind = 'count';
    let unitText: string | undefined;
    let countedEnd = 0;
    if (partner) {
      let lo = m.value;
      if (!m.scale && partner.scale && lo * partner.scale <= partner.value * 10) lo *= partner.scale;
      value = lo;
      valueMax = partner.value;
      kind = 'range';
      n++;
    }
    if (cur) {
      start = Math.min(start, cur.start);
      kind = partner ? 'range' : 'money';
      unitText = cur.unit;
    }
    // "£40m", "$3bn": after a currency symbol a glued "m" is million, not metre.
    const glued = toks[last.t1];
    if (cur && !partner && glued && glued.type === 'word' && glued.gap === '' && /^m$/i.test(glued.text)) {
      value *= 1e6;
      end = glued.end;
      t1 = last.t1 + 1;
    } else if (unit) {
      end = unit.end;
      t1 = last.t1;
      while (t1 < toks.length && toks[t1]!.start < unit.end) t1++;
      if (!partner) kind = unit.kind;
      if (!cur || unit.kind !== 'money') unitText = unit.unit;
    } else if (pctBefore) {
      if (!partner) kind = 'percent';
      unitText = '%';
    }
    // Cents after a money amount.
    if ((kind === 'money' || (partner && cur)) && unitText && CENTS_CURRENCY.test(unitText)) {
      const c = readCents(nums, n + 1, toks, t1);
      if (c) {
        value += c.add;
        end = c.end;
        t1 = c.tEnd;
        n += c.skip;
      }
    }
    // Counted noun for counts (and ranges without a unit): the noun goes to `unit`, not the span.
    if ((kind === 'count' || (kind === 'range' && !unitText)) && !unit) {
      const counted = countedAfter(toks, last.t1, text, last.value);
      if (counted) {
        unitText = counted.unit;
        countedEnd = counted.t1;
      }
    }
    let qualifier = qual?.qualifier;
    if (!qualifier) {
      const qa = qualifierAfter(toks, t1) ?? (countedEnd ? qualifierAfter(toks, countedEnd) : null);
      if (qa) qualifier = qa.qualifier;
    }
    if (!qualifier && m.vague) qualifier = 'at-least';
    // Changes are reported for rates and amounts ("rose 0.3%", "fell $2"); "lost 90 cattle" stays a count.
    if (!partner && (kind === 'percent' || kind === 'money') && changeBefore(toks, qual ? qual.t0 : m.t0)) {
      kind = 'change';
    }
    if (m.vague && kind === 'count' && !unitText) {
      const counted = countedAfter(toks, m.t1 + (toks[m.t1]?.norm === 'of' ? 1 : 0), text, 2);
      if (counted) unitText = counted.unit;
    }
    const d: Draft = { start, end, value, kind, t0: m.t0, t1 };
    if (valueMax !== undefined) d.valueMax = valueMax;
    if (unitText) d.unit = unitText;
    if (qualifier) d.qualifier = qualifier;
    drafts.push(d);
    for (let k = m.t0; k < t1 && k < covered.length; k++) covered[k] = 1;
  }

  // Dual nouns as counts: "لمدة عامين" = 2 years, "مرتين" = twice. Only Arabic words can be one.
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.type !== 'word' || !DUAL_LAST_UNITS.has(t.norm.charCodeAt(t.norm.length - 1))) continue;
    const kind = AR_DUALS.get(t.norm);
    if (!kind || covered[k]) continue;
    const prev = toks[k - 1];
    if (prev && prev.type === 'num') continue;
    const qual = qualifierBefore(toks, k);
    const d: Draft = { start: t.start, end: t.end, value: 2, kind, unit: t.text, t0: k, t1: k + 1 };
    if (qual) d.qualifier = qual.qualifier;
    drafts.push(d);
  }

  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  // Sentence context, computed once per sentence. Ids ascend from 0, so bounds are two arrays.
  const sentences = ids.length ? ids[ids.length - 1]! + 1 : 0;
  const sentStart = new Int32Array(sentences).fill(-1);
  const sentEnd = new Int32Array(sentences);
  for (let i = 0; i < ids.length; i++) {
    const s = ids[i]!;
    if (sentStart[s] === -1) sentStart[s] = i;
    sentEnd[s] = i + 1;
  }
  const sourceCache = new Map<number, string | undefined>();
  const asOfCache = new Map<number, string | undefined>();
  const out: Claim[] = [];
  let lastEnd = -1;
  for (const d of drafts) {
    if (d.start < lastEnd) continue;
    const sid = ids[d.t0] ?? 0;
    if (!sourceCache.has(sid)) sourceCache.set(sid, sourceIn(toks, ids, sid, sentStart[sid]!, sentEnd[sid]!, text));
    if (!asOfCache.has(sid)) asOfCache.set(sid, asOfIn(toks, ids, sid, sentStart[sid]!, sentEnd[sid]!, text));
    const c: Claim = { start: d.start, end: d.end, text: text.slice(d.start, d.end), value: d.value, kind: d.kind };
    if (d.valueMax !== undefined) c.valueMax = d.valueMax;
    if (d.unit) c.unit = d.unit;
    if (d.qualifier) c.qualifier = d.qualifier;
    const source = sourceCache.get(sid);
    if (source) c.source = source;
    const asOf = asOfCache.get(sid);
    if (asOf) c.asOf = asOf;
    out.push(c);
    lastEnd = d.end;
  }
  return out;
}
