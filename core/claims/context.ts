/**
 * The words around a number that qualify it: "how sure" (qualifier), "moved by" (change), "who
 * says so" (source) and "as of when" (asOf). Matching is on folded tokens, so "وبحد أقصى" and
 * "بحد اقصى" are the same phrase; sources and dates are returned as written.
 */
import { foldArabic } from '../text/arabic';
import type { Qualifier } from '../types';
import { isMonth } from './not-claims';
import type { Token } from './tokens';

const phrase = (p: string) => p.split(' ').map((w) => foldArabic(w.toLowerCase()));

/** Before the number, longest first. Both "ما لا يزيد عن" and "لا يزيد عن" read "at most". */
const QUALIFIERS_BEFORE: [string[], Qualifier][] = (
  [
    ['ما لا يزيد عن', 'at-most'], ['ما لا يزيد على', 'at-most'], ['لا يزيد عن', 'at-most'], ['لا يزيد على', 'at-most'],
    ['لا تزيد عن', 'at-most'], ['لا تزيد على', 'at-most'], ['ما لا يتجاوز', 'at-most'], ['لا يتجاوز', 'at-most'], ['لا تتجاوز', 'at-most'],
    ['بحد أقصى', 'at-most'], ['كحد أقصى', 'at-most'], ['حد أقصى', 'at-most'], ['أقل من أو يساوي', 'at-most'], ['أصغر من أو يساوي', 'at-most'],
    ['ما يصل إلى', 'up-to'], ['ما يصل الى', 'up-to'], ['يصل إلى', 'up-to'], ['يصل الى', 'up-to'], ['تصل إلى', 'up-to'], ['تصل الى', 'up-to'],
    ['ما لا يقل عن', 'at-least'], ['لا يقل عن', 'at-least'], ['لا تقل عن', 'at-least'], ['لا أقل من', 'at-least'], ['على الأقل', 'at-least'],
    ['بحد أدنى', 'at-least'], ['كحد أدنى', 'at-least'], ['أكبر من أو يساوي', 'at-least'], ['أكثر من أو يساوي', 'at-least'],
    ['ما يقرب من', 'about'], ['ما يقارب', 'about'], ['يقارب', 'about'], ['ما يناهز', 'about'], ['يناهز', 'about'], ['نحو', 'about'],
    ['حوالي', 'about'], ['حوالى', 'about'], ['قرابة', 'about'], ['زهاء', 'about'], ['تقريبا', 'about'],
    ['ما يزيد عن', 'more-than'], ['ما يزيد على', 'more-than'], ['يزيد عن', 'more-than'], ['يزيد على', 'more-than'],
    ['ما يربو على', 'more-than'], ['أكثر من', 'more-than'], ['أكبر من', 'more-than'], ['أعلى من', 'more-than'], ['يتجاوز', 'more-than'],
    ['تتجاوز', 'more-than'], ['تجاوز', 'more-than'], ['يفوق', 'more-than'], ['تفوق', 'more-than'], ['فوق', 'more-than'],
    ['أقل من', 'less-than'], ['أصغر من', 'less-than'], ['أدنى من', 'less-than'], ['دون', 'less-than'], ['تحت', 'less-than'], ['أدنى', 'less-than'],
    ['no more than', 'at-most'], ['not more than', 'at-most'], ['at most', 'at-most'], ['a maximum of', 'at-most'], ['maximum of', 'at-most'],
    ['no greater than', 'at-most'], ['up to', 'up-to'], ['as many as', 'up-to'], ['as much as', 'up-to'],
    ['at least', 'at-least'], ['no less than', 'at-least'], ['no fewer than', 'at-least'], ['not less than', 'at-least'],
    ['a minimum of', 'at-least'], ['minimum of', 'at-least'],
    ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['some', 'about'], ['nearly', 'about'],
    ['almost', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'], ['circa', 'about'], ['approx', 'about'],
    ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['in excess of', 'more-than'], ['exceeding', 'more-than'],
    ['upwards of', 'more-than'], ['greater than', 'more-than'], ['higher than', 'more-than'],
    ['less than', 'less-than'], ['fewer than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'], ['lower than', 'less-than'],
    ['>=', 'at-least'], ['≥', 'at-least'], ['<=', 'at-most'], ['≤', 'at-most'], ['>', 'more-than'], ['<', 'less-than'], ['~', 'about'],
  ] as [string, Qualifier][]
)
  .map(([p, q]) => [phrase(p.replace('>=', '> =').replace('<=', '< =')), q] as [string[], Qualifier])
  .sort((a, b) => b[0].length - a[0].length);

/** After the number (and its unit): "أو أكثر", "على الأقل", "or more", "كحد أقصى". */
const QUALIFIERS_AFTER: [string[], Qualifier][] = (
  [
    ['أو أكثر', 'at-least'], ['او اكثر', 'at-least'], ['على الأقل', 'at-least'], ['or more', 'at-least'], ['at least', 'at-least'],
    ['كحد أقصى', 'at-most'], ['على الأكثر', 'at-most'], ['at most', 'at-most'], ['أو أقل', 'at-most'], ['or less', 'at-most'], ['or fewer', 'at-most'],
    ['تقريبا', 'about'], ['or so', 'about'], ['كحد أدنى', 'at-least'], ['بحد أقصى', 'at-most'], ['بحد أدنى', 'at-least'],
  ] as [string, Qualifier][]
).map(([p, q]) => [phrase(p), q] as [string[], Qualifier]);

function matchesAt(toks: Token[], from: number, words: string[], firstMayHaveProclitic: boolean): boolean {
  for (let j = 0; j < words.length; j++) {
    const t = toks[from + j];
    if (!t) return false;
    if (j > 0 && /[\n.!?؟;؛]/.test(t.gap)) return false;
    const w = words[j]!;
    if (t.norm === w) continue;
    if (j === 0 && firstMayHaveProclitic && t.norm.length > w.length && /^[وف]/.test(t.norm) && t.norm.slice(1) === w) continue;
    return false;
  }
  return true;
}

/**
 * QUALIFIERS_BEFORE indices by the phrase's last word, ascending, so a lookup tries only the phrases
 * the token before the number can end (a phrase's last word must match exactly, except that a
 * one-word phrase may carry a و/ف proclitic: those are also filed under the bare word).
 */
const BEFORE_BY_LAST_WORD = new Map<string, number[]>();
QUALIFIERS_BEFORE.forEach(([words], index) => {
  const last = words[words.length - 1]!;
  const list = BEFORE_BY_LAST_WORD.get(last);
  if (list) list.push(index);
  else BEFORE_BY_LAST_WORD.set(last, [index]);
});
const NO_PHRASES: number[] = [];

/** Qualifier phrase ending right before token k (the first token of the claim). */
export function qualifierBefore(toks: Token[], k: number): { qualifier: Qualifier; t0: number } | null {
  const prev = toks[k - 1];
  if (!prev) return null;
  const exact = BEFORE_BY_LAST_WORD.get(prev.norm) ?? NO_PHRASES;
  const c = prev.norm.charCodeAt(0);
  const stripped = (c === 0x648 || c === 0x641) && prev.norm.length > 1 ? (BEFORE_BY_LAST_WORD.get(prev.norm.slice(1)) ?? NO_PHRASES) : NO_PHRASES;
  // Same order as a scan of the whole list (longest phrase first): merge the two ascending lists.
  for (let a = 0, b = 0; a < exact.length || b < stripped.length; ) {
    const index = b >= stripped.length || (a < exact.length && exact[a]! < stripped[b]!) ? exact[a++]! : stripped[b++]!;
    const [words, q] = QUALIFIERS_BEFORE[index]!;
    const from = k - words.length;
    if (from < 0) continue;
    if (matchesAt(toks, from, words, true)) {
      // "over 3 years" as a span of time is not "more than"; keep "over" only before a quantity.
      return { qualifier: q, t0: from };
    }
  }
  return null;
}

export function qualifierAfter(toks: Token[], k: number): { qualifier: Qualifier; t1: number } | null {
  for (const [words, q] of QUALIFIERS_AFTER) {
    if (matchesAt(toks, k, words, false) && !/[\n]/.test(toks[k]!.gap)) return { qualifier: q, t1: k + words.length };
  }
  return null;
}

// ---- Changes ----------------------------------------------------------------------------------

const CHANGE_WORDS = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen', 'increased', 'increase', 'increases',
  'increasing', 'decreased', 'decrease', 'decreases', 'grew', 'grow', 'grows', 'growing', 'grown', 'jumped', 'jump', 'jumps',
  'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'climbed', 'climb', 'climbs', 'slid', 'slide', 'slides', 'tumbled',
  'surged', 'surge', 'surges', 'soared', 'plunged', 'plummeted', 'sank', 'sink', 'slipped', 'gained', 'gain', 'gains', 'lost',
  'eased', 'edged', 'up', 'down', 'rebounded', 'shrank', 'shrunk', 'expanded', 'contracted', 'lowered',
  'boosted', 'reduced', 'advanced', 'retreated', 'slumped', 'spiked', 'dipped', 'widened', 'narrowed',
  ...[
    'ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'ارتفاع', 'ارتفاعا', 'انخفض', 'انخفضت', 'ينخفض', 'تنخفض', 'انخفاض', 'انخفاضا', 'تراجع',
    'تراجعت', 'يتراجع', 'تتراجع', 'تراجعا', 'زاد', 'زادت', 'زيادة', 'نما', 'نمت', 'ينمو', 'تنمو', 'نمو', 'نموا', 'قفز', 'قفزت',
    'يقفز', 'تقفز', 'قفزة', 'هبط', 'هبطت', 'يهبط', 'تهبط', 'هبوط', 'هبوطا', 'صعد', 'صعدت', 'يصعد', 'تصعد', 'صعود', 'تقلص', 'تقلصت',
    'انكمش', 'انكمشت', 'انكماش', 'تحسن', 'تحسنت', 'مكاسب', 'تضاعف', 'تضاعفت', 'نمت', 'تزايد', 'تزايدت', 'تناقص', 'تناقصت',
    'ارتفاعه', 'انخفاضه',
  ].map(foldArabic),
]);
/** Words that may stand between the change word and the number: "rose by 5%", "ارتفع بنسبة 5%". */
const CHANGE_LINK = new Set(['by', 'a', 'an', 'of', 'some', 'another', 'nearly', 'about', 'almost', 'sharply', 'slightly', ...[
  'بنسبة', 'بمقدار', 'بواقع', 'بحوالي', 'بنحو', 'نسبة', 'نحو', 'حوالي', 'ب', 'إلى', 'لـ',
].map(foldArabic)]);
const CHANGE_TARGET = new Set(['to', 'from', foldArabic('إلى'), foldArabic('الى'), foldArabic('من'), foldArabic('عند'), 'at']);

/** A change word shortly before token k ("rose 0.3%", "ارتفع بنسبة 5%") and no "to/إلى" target between. */
const CHANGE_STRONG_LINK = new Set(['by', ...['بنسبة', 'بمقدار'].map(foldArabic)]);

export function changeBefore(toks: Token[], k: number): boolean {
  // "ارتفع مؤشر الأسعار بنسبة 2.1%": after "بنسبة"/"by" the change word may stand a few words back.
  if (toks[k - 1] && CHANGE_STRONG_LINK.has(toks[k - 1]!.norm)) {
    for (let j = k - 2; j >= 0 && j >= k - 7; j--) {
      if (/[\n.!?؟;؛]/.test(toks[j + 1]!.gap) || toks[j]!.norm === ',' || toks[j]!.norm === '،' || toks[j]!.norm === '.') break;
      const w = toks[j]!.norm;
      if (CHANGE_WORDS.has(w) || (w.length > 3 && /^[وف]/.test(w) && CHANGE_WORDS.has(w.slice(1)))) return true;
    }
  }
  for (let j = k - 1, n = 0; j >= 0 && n < 4; j--, n++) {
    const t = toks[j]!;
    if (/[\n.!?؟;؛]/.test(toks[j + 1]!.gap)) return false;
    if (t.type !== 'word') {
      if (t.norm === ',' || t.norm === '،') return false;
      continue;
    }
    if (CHANGE_WORDS.has(t.norm) || (t.norm.length > 3 && /^[وف]/.test(t.norm) && CHANGE_WORDS.has(t.norm.slice(1)))) return true;
    if (CHANGE_TARGET.has(t.norm)) return false;
    if (!CHANGE_LINK.has(t.norm) && n > 0) return false;
  }
  return false;
}

// ---- Sentences, sources and "as of" -----------------------------------------------------------------

/** Sentence number of every token: a new sentence after . ! ? ؟ followed by space, or at a line break. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);

export function sentenceIds(toks: Token[]): Int32Array {
  const ids = new Int32Array(toks.length);
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (i > 0 && t.gap.includes('\n')) s++;
    else if (i > 0) {
      const p = toks[i - 1]!;
      if (p.type === 'sym' && SENTENCE_END.has(p.norm) && t.gap !== '' && !(t.type === 'num' && p.norm === '.' && toks[i - 2]?.type === 'num')) s++;
    }
    ids[i] = s;
  }
  return ids;
}

const AR_SOURCE_INTRO = new Set(['وفقا', 'طبقا', 'بحسب', 'حسب', 'وبحسب', 'وحسب', 'ووفقا', 'نقلا', 'استنادا', 'وفق'].map(foldArabic));
/** "نقلا عن", "استنادا إلى": the preposition after a source intro. */
const SOURCE_INTRO_LINK = new Set(['عن', 'إلى', 'الى'].map(foldArabic));
const AR_SAY = new Set(
  ['قال', 'قالت', 'وقال', 'وقالت', 'أعلن', 'أعلنت', 'وأعلن', 'وأعلنت', 'ذكر', 'ذكرت', 'وذكر', 'وذكرت', 'أفاد', 'أفادت', 'وأفاد',
    'وأفادت', 'أوضح', 'أوضحت', 'وأوضح', 'وأوضحت', 'أكد', 'أكدت', 'وأكد', 'وأكدت', 'صرح', 'صرحت', 'وصرح', 'أشار', 'أشارت', 'وأشار',
    'وأشارت', 'قدر', 'قدرت', 'وقدر', 'وقدرت', 'أظهرت', 'وأظهرت', 'كشف', 'كشفت', 'وكشف', 'وكشفت'].map(foldArabic),
);
/** Words that end an Arabic source phrase. */
const AR_SOURCE_STOP = new Set(
  ['إن', 'أن', 'أنه', 'أنها', 'إنه', 'إنها', 'في', 'على', 'الذي', 'التي', 'الذين', 'حيث', 'بينما', 'من', 'عن', 'إلى', 'الى', 'مع', 'يوم',
    'اليوم', 'أمس', 'بعد', 'قبل', 'خلال', 'لـ', 'ل', 'كما', 'وقد', 'قد', 'حتى', 'بشأن', 'ان', 'انه', 'بأن', 'بان', 'لأن', 'إنّ',
    'أنّ', 'إنهم', 'أنهم', 'لا', 'لم', 'لن', 'ما', 'هذا', 'هذه', 'ذلك', 'الى', 'أمام'].map(foldArabic),
);
const EN_SAY = new Set(['said', 'says', 'estimated', 'estimates', 'reported', 'reports', 'told', 'announced', 'stated', 'wrote', 'found', 'showed', 'shows']);
const EN_SOURCE_STOP = new Set(['that', 'which', 'who', 'on', 'in', 'at', 'last', 'this', 'on', 'as', 'when', 'while', 'and', 'but', 'to', 'for', 'with', 'after', 'before', 'since', 'during', 'by']);
const EN_NAME_GLUE = new Set(['of', 'the', 'for', 'and', 'de', 'al', 'bin', 'von', 'van', '&']);
const MAX_SOURCE_WORDS = 7;

function isPunct(t: Token | undefined): boolean {
  return !t || (t.type === 'sym' && !['-', '&', "'", '’', 'ـ'].includes(t.norm));
}

/** Source phrase forward from token j inside sentence `sid`. */
function forwardPhrase(toks: Token[], ids: Int32Array, j: number, sid: number, text: string, ar: boolean): string | undefined {
  let end = -1;
  let start = -1;
  for (let n = 0, k = j; k < toks.length && ids[k] === sid && n < MAX_SOURCE_WORDS; k++, n++) {
    const t = toks[k]!;
    if (isPunct(t) || t.type === 'num') break;
    if (ar ? AR_SOURCE_STOP.has(t.norm) : n > 0 && EN_SOURCE_STOP.has(t.norm)) break;
    // "أعلنت الحكومة عزمها": a noun with an attached pronoun starts the reported content.
    if (ar && n > 0 && /(ها|هم|هما)$/.test(t.norm) && t.norm.length > 4) break;
    if (!ar && n > 0 && /^[a-z]/.test(t.text) && !EN_NAME_GLUE.has(t.norm) && /^[A-Z]/.test(toks[j]!.text)) break;
    if (start < 0) start = t.start;
    end = t.end;
  }
  if (start < 0) return undefined;
  let s = text.slice(start, end).trim();
  if (!ar) s = s.replace(/\s+(?:of|the|and|for)$/i, '');
  return s || undefined;
}

/** "according to X", "وفقاً لـX", "بحسب X", "X said", "said X", "قال X" within the sentence. */
export function sourceIn(toks: Token[], ids: Int32Array, sid: number, from: number, to: number, text: string): string | undefined {
  let verbHit: string | undefined;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.type !== 'word') continue;
    // English "according to X"
    if (t.norm === 'according' && toks[k + 1]?.norm === 'to') {
      const s = forwardPhrase(toks, ids, k + 2, sid, text, false);
      if (s) return s;
    }
    if (AR_SOURCE_INTRO.has(t.norm)) {
      let j = k + 1;
      if (SOURCE_INTRO_LINK.has(toks[j]?.norm ?? '')) j++;
      const n = toks[j];
      if (!n || ids[j] !== sid) continue;
      if (n.type === 'word' && (n.norm === 'ل' || n.norm === 'لـ')) j++;
      else if (n.type === 'word' && n.norm.startsWith('ل') && n.norm.length > 2) {
        // Proclitic ل glued to the source: "لاتحاد" -> "اتحاد", "للأمم" -> "الأمم".
        const s = forwardPhrase(toks, ids, j, sid, text, true);
        if (s) return n.norm.startsWith('لل') ? `ال${s.slice(2)}` : s.replace(/^لـ?/, '');
        continue;
      }
      const s = forwardPhrase(toks, ids, j, sid, text, true);
      if (s) return s;
    }
    if (!verbHit && AR_SAY.has(t.norm)) verbHit = forwardPhrase(toks, ids, k + 1, sid, text, true);
    if (!verbHit && EN_SAY.has(t.norm)) {
      // "X said": capitalised run (with of/the glue) right before; else "said X" right after.
      let j = k - 1;
      let s = -1;
      while (j >= from && toks[j]!.type === 'word' && (/^[A-Z]/.test(toks[j]!.text) || EN_NAME_GLUE.has(toks[j]!.norm)) && k - j <= MAX_SOURCE_WORDS) {
        s = j;
        j--;
      }
      while (s >= 0 && s < k && EN_NAME_GLUE.has(toks[s]!.norm) && toks[s]!.norm !== 'the') s++;
      if (s >= 0 && s < k && /^[A-Z]/.test(toks[s === k ? k - 1 : s]!.text)) {
        verbHit = text.slice(toks[s]!.start, toks[k - 1]!.end);
      } else if (toks[k + 1] && /^[A-Z]/.test(toks[k + 1]!.text) && ids[k + 1] === sid) {
        verbHit = forwardPhrase(toks, ids, k + 1, sid, text, false);
      } else if (k - 2 >= from && toks[k - 1]!.type === 'word' && /^[a-z]+$/.test(toks[k - 1]!.text) && toks[k - 2]!.norm === 'the') {
        // "the ministry said"
        verbHit = text.slice(toks[k - 2]!.start, toks[k - 1]!.end);
      } else if (k - 1 >= from && toks[k - 1]!.type === 'word' && /^[a-z]+s$/.test(toks[k - 1]!.text) && !isPunct(toks[k - 1])) {
        // "officials said", "analysts estimate"
        const the = toks[k - 2]?.norm === 'the' ? k - 2 : k - 1;
        verbHit = text.slice(toks[the]!.start, toks[k - 1]!.end);
      }
    }
  }
  return verbHit;
}

/** Arabic words that introduce an "as of" time: "حتى", "بحلول", "اعتبارا". */
const AS_OF_AR = new Set(['حتى', 'بحلول', 'اعتبارا'].map(foldArabic));
/** Words skipped between the "as of" word and the month. */
const AS_OF_SKIP = new Set(['شهر', 'نهايه', 'مطلع', 'اواخر', 'منتصف', 'the', 'end', 'of', 'من']);

/** "as of March", "حتى شهر مارس/آذار", "by the end of June 2024": the time written, or undefined. */
export function asOfIn(toks: Token[], ids: Int32Array, sid: number, from: number, to: number, text: string): string | undefined {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    let j = -1;
    if (t.norm === 'as' && (toks[k + 1]?.norm === 'of' || toks[k + 1]?.norm === 'at')) j = k + 2;
    else if (AS_OF_AR.has(t.norm)) j = k + 1;
    if (j < 0) continue;
    // Skip "شهر", "نهاية", "the end of", "مطلع".
    while (toks[j] && ids[j] === sid && AS_OF_SKIP.has(toks[j]!.norm)) j++;
    const first = toks[j];
    if (!first || ids[j] !== sid || !isMonth(first)) continue;
    let e = j;
    // "مارس/آذار", "March 31, 2024", "يونيو 2024", "تشرين الأول"
    for (let n = 0; n < 4; n++) {
      const a = toks[e + 1];
      const b = toks[e + 2];
      if (a?.norm === '/' && isMonth(b)) e += 2;
      else if (a && a.type === 'num' && a.gap !== '' && ids[e + 1] === sid && a.norm.length <= 4 && !/\n/.test(a.gap)) e += 1;
      else if (a?.norm === ',' && b?.type === 'num' && b.norm.length === 4) e += 2;
      else if (a && a.type === 'word' && ['الاول', 'الثاني', 'الثانى'].includes(a.norm) && toks[e]!.norm.endsWith('ن')) e += 1;
      else break;
    }
    return text.slice(first.start, toks[e]!.end);
  }
  return undefined;
}
