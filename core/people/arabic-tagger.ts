/**
 * The learned half of the Arabic detector: an averaged perceptron (data/ar-tagger.json, trained
 * by scripts/train-people.ts on ANERcorp) that re-reads the rules' decisions with word classes,
 * word shapes, the words themselves and document evidence around each token, decoded whole
 * (Viterbi), and turns its B/I/O tags back into mentions. Two word lists ship inside the model
 * (TaggerModel.common and .names, read from its training text): a word the training text never
 * wrote outside a name is "rare", which is how most new names look. (Widening its spans to the rules'
 * fuller ones was dropped with the lexical features: it cost 0.02 held-out F1, taking verbs
 * after names, "كوفي انان حث".) The features themselves are built in arabic-features.ts.
 */
import TAGGER from './data/ar-tagger.json';
import { isEveryday, type WordLists } from './arabic-word-lists';
import { ARABIC_WORD, lessProclitic, MIN_CLITIC_STEM, PROCLITIC, skipLetters, type Kind, type Lexicon, type Word } from './arabic-words';
import type { RawMention, Restemmer } from './link';
import { complementOfOffice, placeBefore } from './arabic-places';
import { trimAccusatives } from './arabic-common-nouns';
import { TAG_B, TAG_I, type TaggerModel } from './perceptron';
import { wordBefore, type Token } from './tokens';

export interface Analysis {
  L: Lexicon;
  tokens: Token[];
  words: Word[];
  kinds: Kind[];
  /** Mentions the rules found, with their token ranges [first, after-last). */
  found: RawMention[];
  spans: Array<[number, number]>;
  /** Marks tokens inside names, so role phrases stop at an earlier name. */
  taken: Uint8Array;
  /** Marks the words of role phrases the rules read before names. */
  inRole: Uint8Array;
  roleBefore(start: number): string | undefined;
  stems: Restemmer;
}

let model: TaggerModel | null | undefined;
/** The learned tagger, when one ships; the rules alone otherwise. */
export function taggerModel(): TaggerModel | null {
  if (model === undefined) model = hasWeights(TAGGER.weights) ? (TAGGER as unknown as TaggerModel) : null;
  return model;
}
/** Whether an object has any key, without listing its 17,000 (a cold-start cost). */
function hasWeights(weights: object): boolean {
  for (const _ in weights) return true;
  return false;
}

/** و before a bare long vowel inside a tagged name is a W-name's first letter ("هنري وينكلر", "وانغ"). */
const W_NAME = /^و[اوي]/;

/**
 * Mentions from B/I tags, with roles and keys read the way the rules read them. `lists` are the
 * word lists the tags were scored with (wordLists(model)), when the model has them.
 */
export function mentionsFromTags(a: Analysis, tags: Uint8Array, lists?: WordLists): RawMention[] {
  const { tokens, words } = a;
  widenToPairs(a, tags);
  let spans: Array<[number, number]> = [];
  let bare: Set<string> | undefined;
  const bareForms = () => (bare ??= new Set(words.map((w) => w.f)));
  // "الحسن والحسين", "بوش وبلير": a word carrying و starts a second name, unless it comes right
  // after a kunya head or a lineage link, which always take the next word ("سعد بن أبي وقاص",
  // "آل وهيب"). Splitting only where the bare word is written elsewhere was tried: it missed
  // "وقاص" beside "وانغ قاص" and merged "بوفون وغانلوكا زامبروتا" (held-out F1 0.004 lower).
  const joined = (e: number) => {
    const f = words[e]!.f;
    if (!f.startsWith('و')) return false;
    if (words[e]!.skip > 0) return true;
    if (a.kinds[e] !== 'unknown' || f.length <= MIN_CLITIC_STEM || W_NAME.test(tokens[e]!.text)) return false;
    return !(e > 0 && (a.kinds[e - 1] === 'head' || a.kinds[e - 1] === 'link'));
  };
  for (let i = 0; i < tags.length; i++) {
    if (!tokens[i]!.word || (tags[i] !== TAG_B && !(tags[i] === TAG_I && i > 0 && joined(i)))) continue;
    let e = i + 1;
    while (e < tags.length && tags[e] === TAG_I && !tokens[e]!.newline && !joined(e)) e++;
    spans.push([i, e]);
    i = e - 1;
  }
  cutAfterKnownSurname(a, spans);
  closeOpenLinks(a, spans);
  if (lists) spans = trimAccusatives(a, spans, lists);
  spans = dropPlaces(a, spans);
  a.taken.fill(0);
  for (const [s, e] of spans) for (let k = s; k < e; k++) a.taken[k] = 1;
  const byStart = new Map(a.spans.map(([s, e], k) => [`${s}:${e}`, a.found[k]!]));
  const spanEnds = new Set(spans.map(([, e]) => e));
  return spans.map(([s, e]) => {
    const m = mentionOf(s, e);
    // A name ending in an everyday word ("... تأليف", "... مانشستر") is often a misread: its
    // last word is then not looked for elsewhere as a later mention.
    if (lists && (isEveryday(lists, words[e - 1]!.f) || isEveryday(lists, words[s]!.f))) m.anchor = false;
    return m;
  });
  function mentionOf(s: number, e: number): RawMention {
    const same = byStart.get(`${s}:${e}`);
    if (same) return { ...same, key: boundKey(a.L, same.key) };
    const key: string[] = [];
    for (let k = s; k < e; k++) key.push(k === s ? words[k]!.stem : words[k]!.f);
    // The span leaves a proclitic out ("وبلير" -> "بلير"); known names starting with و are
    // read whole before this ("وليد"), so an unknown word's leading و or ف is the conjunction.
    // A leading letter is read off as a proclitic only when the bare word is written elsewhere
    // in the text ("لبوتين" beside "بوتين"), or for و right after a name ("بوش وبلير"):
    // "فيرجسون", "ويليامز" and "بيرلسكوني" keep their first letter.
    let skip = words[s]!.skip;
    const bare = key[0]!.slice(1);
    const afterName = s > 0 && spanEnds.has(s);
    const clitic = PROCLITIC.test(key[0]!) && (bareForms().has(bare) || (afterName && /^و/.test(key[0]!)));
    if (skip === 0 && a.kinds[s] === 'unknown' && key[0]!.length > MIN_CLITIC_STEM && clitic) {
      skip = skipLetters(tokens[s]!.text, 1);
      key[0] = key[0]!.slice(1);
    }
    const mention: RawMention = { start: tokens[s]!.start + skip, end: tokens[e - 1]!.end, key: boundKey(a.L, key) };
    const role = a.roleBefore(s);
    if (role) mention.role = role;
    return mention;
  }
}

/** "آل" folded: the family link. */
const FAMILY_LINK = 'ال';
/** Possessive pronoun endings, on the unfolded word (ة is kept apart from ه there). */
const POSSESSIVE_ENDING = /(?:ه|ها|هم|هما|هن)$/;
/**
 * A name does not end on a kunya head or a lineage link. "علي بن أبي" stopped short because the
 * next word looks like a verb ("طالب"): the span takes it when it reads as a name word. "صدام
 * حسين ابن عمه" ran one word too far: "ابن" before a common noun is "son of", and is cut off.
 */
function closeOpenLinks(a: Analysis, spans: Array<[number, number]>): void {
  const { L, tokens, words, kinds } = a;
  const starts = new Set(spans.map(([s]) => s));
  /** Whether word j continues a name after the head or link at j - 1. */
  const nameLike = (j: number) => {
    if (j >= tokens.length || !tokens[j]!.word || tokens[j]!.newline || starts.has(j)) return false;
    const w = words[j]!;
    if (!ARABIC_WORD.test(w.f) || w.f.startsWith('و') || L.titles.has(w.stem)) return false;
    // After "آل" any word is the family ("آل ثاني", where "ثاني" is also "second").
    if (words[j - 1]!.f === FAMILY_LINK) return true;
    // "ابن عمه", "ابن أخيه": a possessive ending makes the word kin, not a name.
    if (POSSESSIVE_ENDING.test(tokens[j]!.text)) return false;
    return kinds[j] !== 'stop' || !L.stop.has(w.f);
  };
  for (const span of spans) {
    const [s, e] = span;
    if (kinds[e - 1] !== 'head' && kinds[e - 1] !== 'link') continue;
    if (nameLike(e)) span[1] = e + 1;
    else if (e - 1 > s) span[1] = e - 1;
  }
}

/**
 * A name's key with compound tails and regnal numbers joined to the word before ("نصر الله",
 * "الحسن الثاني"): link.ts ties later bare words to a name's last key word, and "الله" or
 * "الثاني" alone is no later mention of anyone.
 */
function boundKey(L: Lexicon, key: string[]): string[] {
  if (!key.some((k, i) => i > 0 && (L.tails.has(k) || L.ordinals.has(k)))) return key;
  const out: string[] = [];
  for (const k of key) {
    if (out.length > 0 && (L.tails.has(k) || L.ordinals.has(k))) out[out.length - 1] += ' ' + k;
    else out.push(k);
  }
  return out;
}

/**
 * A name the tagger read in full somewhere in the text ("برند جوتشولك") is read in full wherever
 * the same two words stand side by side and the tagger kept only one of them.
 */
function widenToPairs(a: Analysis, tags: Uint8Array): void {
  const { tokens, words } = a;
  const n = tags.length;
  const pairs = new Set<string>();
  for (let i = 1; i < n; i++) if (tags[i] === TAG_I) pairs.add(words[i - 1]!.f + ' ' + words[i]!.f);
  if (pairs.size === 0) return;
  const pairAt = (i: number) => wordBefore(tokens, i) && pairs.has(words[i - 1]!.f + ' ' + words[i]!.f);
  for (let i = 1; i < n; i++) {
    // Leftwards: an untagged word before a name start.
    if (tags[i] === TAG_B && tags[i - 1] === 0 && pairAt(i)) {
      tags[i - 1] = TAG_B;
      tags[i] = TAG_I;
    }
  }
  for (let i = 1; i < n; i++) {
    // Rightwards: an untagged word after a name word.
    if (tags[i] === 0 && tags[i - 1] !== 0 && pairAt(i)) tags[i] = TAG_I;
  }
}

/**
 * A surname the text writes elsewhere as the last word of a full name ("فلاديمير بوتين") does
 * not start a longer name with words no other name holds: "لبوتين دورا" is "بوتين" alone.
 */
const NAME_WORDS = new Set<Kind>(['given', 'head', 'link', 'tail']);
function cutAfterKnownSurname(a: Analysis, spans: Array<[number, number]>): void {
  const { words } = a;
  const lastWords = new Set<string>();
  const nameWords = new Map<string, number>();
  for (const [s, e] of spans) {
    if (e - s < 2) continue;
    lastWords.add(words[e - 1]!.f);
    for (let k = s; k < e; k++) nameWords.set(words[k]!.f, (nameWords.get(words[k]!.f) ?? 0) + 1);
  }
  for (const span of spans) {
    const [s, e] = span;
    // A sure name word after it keeps the name whole: "محمد عبدالوهاب" beside an "أحمد محمد".
    if (e - s < 2 || NAME_WORDS.has(a.kinds[s + 1]!)) continue;
    const f = words[s]!.f;
    const bare = lessProclitic(f);
    if (!lastWords.has(f) && !(bare !== undefined && lastWords.has(bare))) continue;
    let alone = true;
    for (let k = s + 1; k < e && alone; k++) if ((nameWords.get(words[k]!.f) ?? 0) > 1) alone = false;
    if (alone) span[1] = s + 1;
  }
}

/**
 * Spans a place noun or an office in construct stands before (arabic-places.ts placeBefore) name
 * places, teams and buildings, not people: "مطار محمد الخامس", "ملك أراجون", "سفير كوبا". A name
 * after the office's domain keeps its own words ("ملك أراجون خايمي الأول" is "خايمي الأول").
 * A place of two words or more read so once is a place throughout the text ("جزيرة هونج كونج",
 * then "أن هونج كونج"); one word is not, since "جائزة مبارك" leaves "حسني مبارك" a person.
 */
function dropPlaces(a: Analysis, spans: Array<[number, number]>): Array<[number, number]> {
  const { words, kinds } = a;
  for (const sp of spans) {
    const next = sp[0] + 1;
    // (Not onto a nisba: "لاعب مانشستر البرتغالي" keeps no "البرتغالي".)
    if (sp[1] > next && complementOfOffice(a, sp[0]) && (kinds[next] === 'given' || !words[next]!.f.startsWith('ال'))) sp[0] = next;
  }
  const bare = (f: string) => lessProclitic(f) ?? f;
  const form = ([s, e]: [number, number]) => [bare(words[s]!.f), ...words.slice(s + 1, e).map((w) => w.f)].join(' ');
  const places = new Set<string>();
  for (const sp of spans) if (sp[1] - sp[0] > 1 && placeBefore(a, sp[0])) places.add(form(sp));
  // A span a verb of saying or a title stands before is a person whatever a place is named after
  // them ("وقال محمد علي" beside "مسجد محمد علي").
  const personCue = (s: number) => {
    const w = wordBefore(a.tokens, s) ? words[s - 1]! : undefined;
    return w !== undefined && (a.L.speech.has(w.stem) || a.L.titles.has(w.stem) || a.L.personNouns.has(w.stem));
  };
  return spans.filter((sp) => !placeBefore(a, sp[0]) && (!places.has(form(sp)) || personCue(sp[0])));
}
