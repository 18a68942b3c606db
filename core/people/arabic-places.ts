/**
 * Words before a name-shaped span that make it a place, a building, a team or what an office is
 * of, not a person: "مطار محمد الخامس", "في هونج كونج", "سفير كوبا لدى". The tagger's spans
 * (arabic-tagger.ts) and the linker's later readings (arabic.ts) both ask here.
 */
import type { Analysis } from './arabic-tagger';
import { wordSet } from './arabic-words';
import { wordBefore } from './tokens';

/**
 * Nouns whose bare next word names a place, a building, a team or a prize, never a person: "مطار
 * محمد الخامس", "مسجد هوبان", "جزيرة هونج كونج", "ملعب سانتياغو برنابيو", "مضيفتها جورجيا". One
 * title may stand between ("مستشفى الملك فيصل", "كأس الشيخ جاسم"). Nouns that as often take a
 * person ("ضريح", "ولاية" for a term of office, "حكومة", "إدارة") are left out.
 */
const PLACE_NOUNS = wordSet(
  'مسجد مطار سجن معمل مختبر جزيرة مستعمرة ميناء مستشفى جامعة ملعب استاد شارع زقاق مدينة بركان جبل ' +
    'نهر بحيرة خليج قرية ضاحية إقليم محافظة مقاطعة كأس جائزة نادي منتخب مؤتمر متحف كنيسة قصر ساحة ' +
    'ميدان جسر مضيفتها ضيفتها',
);
/**
 * Office nouns in construct, whose next word is what the office is of: "ملك أراجون", "سفير كوبا
 * لدى", "مدرب جورجيا", "متسابق فيراري". With the article ("الملك عبد الله") they are titles and
 * the name follows; honorifics ("معالي", "مولاي", "سمو") always take a name and are left out.
 */
const OFFICE_NOUNS = wordSet('ملك سفير رئيس وزير أمير سلطان حاكم محافظ قائد مدرب لاعب لاعبو لاعبي سائق متسابق حارس مهاجم مدافع نجم عمدة زعيم مدير');
/** The preposition "in": "في هونج كونج" is a place; a person is rarely "in" a sentence. */
const IN = 'في';
/** Proclitics a place or office noun may carry ("بمطار", "لجامعة", "وميناء", "لسفير"). */
const PLACE_CLITIC = /^[بلو]/;

type ContextReadings = Pick<Analysis, 'L' | 'tokens' | 'words' | 'kinds'>;

/**
 * Whether the words before token s make it a place or an office's domain rather than a person:
 * a place noun ("مطار", "بجزيرة", "مستشفى الملك"), "في", or an office noun in construct.
 */
export function placeBefore(r: ContextReadings, s: number): boolean {
  const { L, tokens, words, kinds } = r;
  if (s === 0 || tokens[s]!.newline) return false;
  if (complementOfOffice(r, s)) return true;
  let j = s - 1;
  if (!tokens[j]!.word) return false;
  if (words[j]!.f === IN) return true;
  if (L.titles.has(words[j]!.stem) && j > 0 && !tokens[j]!.newline) j--;
  if (!tokens[j]!.word) return false;
  const f = words[j]!.f;
  if (!PLACE_NOUNS.has(f) && !(PLACE_CLITIC.test(f) && PLACE_NOUNS.has(f.slice(1)))) return false;
  // "تامر أبو جبل": after a kunya head the noun is a name.
  return !(j > 0 && kinds[j - 1] === 'head');
}

/** Whether token s follows an office noun in construct ("ملك أراجون", "لسفير كوبا"). */
export function complementOfOffice(r: Pick<Analysis, 'tokens' | 'words'>, s: number): boolean {
  const { tokens, words } = r;
  if (!wordBefore(tokens, s)) return false;
  const f = words[s - 1]!.f;
  return OFFICE_NOUNS.has(f) || (PLACE_CLITIC.test(f) && OFFICE_NOUNS.has(f.slice(1)));
}
