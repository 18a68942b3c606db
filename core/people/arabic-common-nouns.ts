/**
 * Two signs that a word the tagger or the linker would take for a name is a common noun in this
 * text, read from the text itself and the tagger's word lists rather than from any list of words:
 *
 * - The text writes it with the article ("الأسد" beside "أسد"): a bare word that also takes the
 *   article is a noun here, so alone it is no later mention of a name (link.ts notAlone). A
 *   foreign surname ("أينشتاين", "بوتين") never takes the article; an Arabic surname that does
 *   ("الحريري") is keyed with it and is not affected. It may still continue a name written again
 *   in full ("يوسف إسلام" beside "الإسلام").
 * - It is an indefinite accusative ("برنامجا", "جيشا", "بديلا"): the word less its final alef is
 *   an everyday word of the training text (TaggerModel.common, never inside a name). Names ending
 *   in alef ("ماريا", "سيلفا", "أوبرا") are not everyday words less the alef.
 */
import type { Analysis } from './arabic-tagger';
import { isEveryday, type WordLists } from './arabic-word-lists';
import type { Word } from './arabic-words';

/** The article, alone or after a preposition and a conjunction ("والأسد", "بالأسد", "للأسد"). */
const ARTICLE_FORM = /^(?:[وف]?[بك]?ال|[وف]?لل)(.+)$/;
/** Shortest bare word looked up: shorter rests ("الى" less "ال") are function words anyway. */
const MIN_ARTICLED_REST = 3;
/** Shortest accusative read: "ابا" and other three-letter words stay as they are. */
const MIN_ACCUSATIVE = 4;

/** The folded bare words the text also writes with the article. */
export function articledWords(words: Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const m = ARTICLE_FORM.exec(w.f);
    if (m && m[1]!.length >= MIN_ARTICLED_REST) out.add(m[1]!);
  }
  return out;
}

/**
 * The tagged spans less indefinite accusatives at their end ("معاوية جيشا" -> "معاوية"), and
 * without spans made of nothing else ("قدم برنامجا"). A lexicon given name is never dropped.
 */
export function trimAccusatives(a: Pick<Analysis, 'words' | 'kinds'>, spans: Array<[number, number]>, lists: WordLists): Array<[number, number]> {
  const { words, kinds } = a;
  const accusative = (k: number) => {
    const f = words[k]!.f;
    return kinds[k] !== 'given' && f.length >= MIN_ACCUSATIVE && f.endsWith('ا') && !lists.names.has(f) && isEveryday(lists, f.slice(0, -1));
  };
  const kept: Array<[number, number]> = [];
  for (const [s, end] of spans) {
    let e = end;
    while (e > s && accusative(e - 1)) e--;
    if (e > s) kept.push([s, e]);
  }
  return kept;
}
