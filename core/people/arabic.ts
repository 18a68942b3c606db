/**
 * Arabic person mentions. Arabic has no capitals, so a name is found from what surrounds it:
 * a given name from the lexicon ("ديمتري", "محمد", "عبد الله"), a title or role before it
 * ("الرئيس الروسي", "المتحدث باسم الكرملين"), or a verb of saying right before a bare surname
 * ("وقال بلير"). A name then runs over further name words and at most one unknown word (the
 * surname). Proclitics (و ف ب ل ك) are read off the first word to link it, and the span then
 * covers the whole written word (arabic-clitics.ts).
 * When a trained tagger ships (arabic-tagger.ts), it re-reads these decisions token by token;
 * mentions are then tied into people by link.ts.
 */
import { mentionsFromTags, taggerModel, type Analysis } from './arabic-tagger';
import { features, idFeatures } from './arabic-features';
import { isEveryday, wordLists, type WordLists } from './arabic-word-lists';
import {
  ARABIC_WORD,
  CLITIC_READINGS,
  isForeign,
  lex,
  read,
  skipLetters,
  surnameShaped,
  type Kind,
  type Word,
} from './arabic-words';
import { coverWholeWords, readOffProclitics } from './arabic-clitics';
import { articledWords } from './arabic-common-nouns';
import { placeBefore } from './arabic-places';
import { openAfterKunya, openArticledNames } from './arabic-hidden-names';
import { addRolesAfter, isComma, rolePhraseBefore, rolePhraseText, roleSpanBefore, titlePhraseEnd } from './arabic-roles';
import { linkMentions, type RawMention, type Restemmer } from './link';
import { decodeViterbiIds, type FeatureIds, type TaggerModel } from './perceptron';
import { tokenize, type Token } from './tokens';
import type { PersonMention } from '../types';

/** Words a name may hold (long Mauritanian and Gulf chains with "ولد"/"بن" reach eight). */
const MAX_NAME_WORDS = 8;
/** Shortest bare word (folded) taken as a later mention of a known surname. */
const MIN_BARE_SURNAME = 3;
/**
 * Whether a later bare given name ("نزار" after "نزار قباني") may stand for a person named in
 * full. Arabic writing does this often; a given name two people share goes to the first one.
 */
const GIVEN_ALONE = true;
/** A word carrying a conjunction or preposition ("ورايس", "لإقناعهم") does not continue a name. */
const CLITIC_SHAPE = /^(?:و|بال|لل)/;
/** The same for "لإقناعهم", "لأجل", tested on the unfolded word (folding would hide the hamza). */
const RAW_CLITIC_SHAPE = /^ل[إأ]/;

interface Parsed {
  end: number; // token index after the name
  key: string[];
}

/**
 * Every person mention in an Arabic text. `model` defaults to the shipped tagger; the evaluation
 * passes models trained on one half of its corpus to score the other half.
 */
export function detectArabicPeople(text: string, model: TaggerModel | null = taggerModel()): PersonMention[] {
  const a = analyse(text);
  let raw = a.found;
  const lists = model ? wordLists(model) : undefined;
  if (model) {
    const outside = openForTagger(a, lists);
    const feats = idFeatures(a, model, outside, lists);
    raw = mentionsFromTags(a, decodeViterbiIds(model, feats, outside), lists);
  }
  readOffProclitics(a, raw);
  // A word the model's training text writes often and never inside a name is an everyday word.
  const stems: Restemmer = lists ? { ...a.stems, everyday: (k) => isEveryday(lists, k) } : a.stems;
  const people = linkMentions(text, a.tokens, raw, stems);
  addRolesAfter(a, text, people);
  coverWholeWords(text, people);
  return people;
}

/**
 * The tagger's reading of an analysed text at detection: the hidden name words the text shows
 * opened (arabic-hidden-names.ts), then the tokens forced outside names. Detection and the
 * feature test (arabicFeatureForms) read a text alike through here.
 */
function openForTagger(a: Analysis, lists?: WordLists): Uint8Array {
  openArticledNames(a, lists);
  return outsideMask(a);
}

/**
 * Function words, punctuation and the rules' role phrases are never part of a name, whatever
 * the tagger would say; ordinals and links stay open ("عبد الله الثاني", "محمد بن سلمان").
 */
function outsideMask(a: Analysis): Uint8Array {
  const outside = new Uint8Array(a.tokens.length);
  a.kinds.forEach((k, i) => {
    const s = a.words[i]!.stem;
    if (k === 'punct' || a.inRole[i] || (k === 'stop' && !a.L.ordinals.has(s) && !a.L.links.has(s))) outside[i] = 1;
  });
  return outside;
}

/**
 * Tokens, tagger features and the forced-outside mask of a text, for training the tagger;
 * `lists` are the training text's own word lists (see TaggerModel.common and .names).
 */
export function arabicTrainingView(
  text: string,
  lists?: WordLists,
): { tokens: Token[]; forms: string[]; feats: string[][]; outside: Uint8Array } {
  // Training keeps hidden name words shut (arabic-hidden-names.ts) and detection opens them: the
  // tagger reads an opened word by what it learned of unknown words. Opening them in training
  // text too was measured over three seed sets: five-fold F1 +0.0020 on average against +0.0036
  // this way, and the second half lower in two of three (-0.002, -0.001), never so this way.
  const a = analyse(text, false);
  const outside = outsideMask(a);
  return { tokens: a.tokens, forms: a.words.map((w) => w.f), feats: features(a, outside, lists), outside };
}

/**
 * A text's features under `model` in both forms, strings (what training reads) and ids (what
 * detection scores), so a test can check they score the same.
 */
export function arabicFeatureForms(text: string, model: TaggerModel): { feats: string[][]; ids: FeatureIds; outside: Uint8Array } {
  const a = analyse(text);
  const lists = wordLists(model);
  const outside = openForTagger(a, lists);
  return { feats: features(a, outside, lists), ids: idFeatures(a, model, outside, lists), outside };
}

/** `openHidden`: whether function-word tokens the text shows to be name words are opened. */
function analyse(text: string, openHidden = true): Analysis {
  const L = lex();
  const tokens = tokenize(text);
  const words: Word[] = new Array(tokens.length);
  const kinds: Kind[] = new Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const r = read(L, tokens[k]!);
    words[k] = r.word;
    kinds[k] = r.kind;
  }
  if (openHidden) openAfterKunya(tokens, words, kinds);
  const n = tokens.length;
  const sameLine = (i: number) => i < n && !tokens[i]!.newline;
  /** Marks tokens inside names, so role phrases stop at an earlier name. */
  const taken = new Uint8Array(n);
  /** The readings the role, place and clitic helpers look at (taken as the rules fill it). */
  const context = { L, tokens, words, kinds, taken };

  /** Whether a name may end before token i: end of line, punctuation or an Arabic function word. */
  function boundaryAt(i: number): boolean {
    if (i >= n || !sameLine(i)) return true;
    if (!tokens[i]!.word) return true;
    return kinds[i] === 'stop' && ARABIC_WORD.test(words[i]!.f);
  }

  function foreign(i: number): boolean {
    return isForeign(words[i]!.stem);
  }

  /** A name unit at i: "عبد الله", "أبو مازن", "نور الدين", or one given word. */
  function unit(i: number): { end: number; key: string; kind: Kind } | null {
    const k = kinds[i];
    if (k === 'head' && i + 1 < n && sameLine(i + 1)) {
      const next = kinds[i + 1];
      if (next === 'head') {
        const inner = unit(i + 1);
        if (inner) return { end: inner.end, key: words[i]!.stem + ' ' + inner.key, kind: 'given' };
      }
      // "أبي طالب": after a kunya head any content word is the name ("طالب" is also a verb).
      const content = next === 'stop' && tokens[i + 1]!.word && ARABIC_WORD.test(words[i + 1]!.f) && !L.stop.has(words[i + 1]!.f);
      if (next === 'given' || next === 'ambiguous' || next === 'unknown' || next === 'tail' || content) {
        return { end: i + 2, key: words[i]!.stem + ' ' + words[i + 1]!.f, kind: 'given' };
      }
      return null;
    }
    if (k === 'given' || k === 'ambiguous') {
      if (i + 1 < n && sameLine(i + 1) && kinds[i + 1] === 'tail') {
        return { end: i + 2, key: words[i]!.stem + ' ' + words[i + 1]!.f, kind: 'given' };
      }
      return { end: i + 1, key: words[i]!.stem, kind: k };
    }
    return null;
  }

  /** The name starting at token i; `free` lets it start on an unknown word (after a title). */
  function parseName(i: number, free: boolean): Parsed | null {
    let first = unit(i);
    if (!first) {
      if (!free || kinds[i] !== 'unknown' || !surnameShaped(words[i]!)) return null;
      first = { end: i + 1, key: words[i]!.stem, kind: 'unknown' };
    }
    const key = [first.key];
    let j = first.end;
    let named = first.kind === 'given' ? 1 : 0;
    let unknowns = first.kind === 'unknown' ? 1 : 0;
    while (j < n && sameLine(j) && key.length < MAX_NAME_WORDS) {
      // "مدحت عبدالهادي واحمد البكري": a word with a proclitic starts a new name.
      if (words[j]!.skip > 0) break;
      const u = unit(j);
      if (u) {
        key.push(u.key);
        if (u.kind === 'given') named++;
        j = u.end;
        continue;
      }
      if (L.ordinals.has(words[j]!.f) && (named > 0 || first.kind !== 'unknown')) {
        key.push(words[j]!.f);
        j++;
        if (j < n && sameLine(j) && words[j]!.f === 'عشر') {
          key.push('عشر');
          j++;
        }
        break;
      }
      const k = kinds[j];
      if (k === 'link' && j + 1 < n && sameLine(j + 1)) {
        // A lineage link ("بن", "ولد") is itself proof of a name chain: "علي بن أبي طالب".
        const after = unit(j + 1);
        if (after) {
          key.push(words[j]!.f, after.key);
          j = after.end;
          named++;
          continue;
        }
        if (kinds[j + 1] === 'unknown') {
          key.push(words[j]!.f, words[j + 1]!.f);
          j += 2;
          named++;
          continue;
        }
        break;
      }
      // One unknown word is the surname; after two name words it must carry the article
      // ("صدام حسين التكريتي"), since a bare one there is mostly the verb ("صدام حسين يشكل").
      const fullAlready = (key.length >= 2 || first.key.includes(' ')) && !foreign(i);
      const cont = k === 'unknown' && !CLITIC_SHAPE.test(words[j]!.f) && !RAW_CLITIC_SHAPE.test(tokens[j]!.text);
      if (cont && unknowns === 0 && surnameShaped(words[j]!) && (!fullAlready || words[j]!.f.startsWith('ال'))) {
        key.push(words[j]!.f);
        unknowns++;
        j++;
        // Foreign names run to two unknown words when a boundary follows ("فيليب دوست بلازي").
        const next = words[j];
        if (foreign(i) && next && kinds[j] === 'unknown' && !/^(?:ال|[وف])/.test(next.f) && surnameShaped(next) && boundaryAt(j + 1)) {
          key.push(words[j]!.f);
          j++;
        }
        continue;
      }
      // A second unknown word only after a title-led unknown, and only when a boundary follows.
      if (cont && first.kind === 'unknown' && unknowns === 1 && key.length === 1 && surnameShaped(words[j]!)) {
        if (boundaryAt(j + 1)) {
          key.push(words[j]!.f);
          j++;
        }
      }
      break;
    }
    // An ambiguous given name ("علي", "حسن") is an everyday word unless a title stands before it
    // or a sure name word follows ("علي عبد الله"): "على إجراء" and "علي الرغم" are no names.
    if (first.kind === 'ambiguous' && named === 0) {
      if (!free) return null;
      return { end: first.end, key: [first.key] };
    }
    return { end: j, key };
  }

  const found: RawMention[] = [];
  const spans: Array<[number, number]> = [];
  /** Words of a role phrase the rules read before a name and a comma ("مسؤول أمني روسي كبير،"). */
  const inRole = new Uint8Array(n);
  const add = (i: number, p: Parsed) => {
    spans.push([i, p.end]);
    for (let k = i; k < p.end; k++) taken[k] = 1;
    const mention: RawMention = {
      start: tokens[i]!.start + words[i]!.skip,
      end: tokens[p.end - 1]!.end,
      key: p.key,
    };
    const role = roleSpanBefore(context, i);
    if (role) {
      mention.role = rolePhraseText(context, text, role);
      // Only a phrase set off by a comma is surely all role; without one, the rules may have
      // left an unknown first name in it ("رئيس الاتحاد برند جوتشولك").
      if (i > 0 && isComma(tokens[i - 1]!)) for (let k = role[0]; k <= role[1]; k++) inRole[k] = 1;
    }
    found.push(mention);
  };

  for (let i = 0; i < n; i++) {
    if (taken[i] || !tokens[i]!.word) continue;
    const s = words[i]!.stem;
    if (L.titles.has(s)) {
      const j = titlePhraseEnd(context, i);
      if (j < n && !taken[j] && sameLine(j)) {
        const p = parseName(j, true);
        // A title-led unknown word is a name only when the sentence moves on right after it.
        const weak = kinds[j] === 'unknown' || (kinds[j] === 'ambiguous' && p?.key.length === 1);
        if (p && (!weak || boundaryAt(p.end) || kinds[p.end] === 'given')) {
          add(j, p);
          i = p.end - 1;
          continue;
        }
      }
      continue;
    }
    const cue = L.speech.has(s) || L.personNouns.has(s);
    // ("أكدت جهات سورية": a feminine plural after the verb is a noun, not a name.)
    if (cue && i + 1 < n && sameLine(i + 1) && kinds[i + 1] === 'unknown' && !/^(?:ال|و)|ات$/.test(words[i + 1]!.f)) {
      if (boundaryAt(i + 2)) {
        const p = parseName(i + 1, true);
        if (p) {
          add(i + 1, p);
          i = p.end - 1;
        }
      }
      continue;
    }
    const p = parseName(i, false);
    if (p) {
      add(i, p);
      i = p.end - 1;
    }
  }

  // "بوش وبلير", "الحسن والحسين": a bare word joined by و to a person, with the sentence moving
  // on right after it, is a second person.
  for (const j of spans.map(([, end]) => end)) {
    if (j >= n || !sameLine(j) || taken[j]) continue;
    const f = words[j]!.f;
    if (!f.startsWith('و') || f.length < 4) continue;
    const bare = f.slice(1);
    if (L.stop.has(bare) || L.notPeople.has(bare) || L.titles.has(bare) || !ARABIC_WORD.test(bare)) continue;
    if (!boundaryAt(j + 1)) continue;
    taken[j] = 1;
    spans.push([j, j + 1]);
    found.push({ start: tokens[j]!.start + skipLetters(tokens[j]!.text, 1), end: tokens[j]!.end, key: [bare], anchor: false });
  }

  let articled: Set<string> | undefined;
  const stems: Restemmer = {
    isParticle: (k) => L.links.has(k) || L.ambiguous.has(k) || L.heads.has(k),
    // Only a given name from the lexicon: a misread first word ("أسد" of a misread "أسد كاتانغا",
    // "مانشستر" of "مانشستر البرتغالي") would otherwise turn every later use of it into a person.
    givenNameAlone: (k) => GIVEN_ALONE && L.given.has(k),
    readings(t, _all, index) {
      const w = words[index]!;
      // "في هونج كونج", "ملك أراجون": a place or an office's domain is no later mention of a name.
      if (placeBefore(context, index)) return [];
      // "للافروف" reads as ل + "لافروف" though its "لل" looks like ل + article to the word reader.
      if (kinds[index] === 'stop' && !(w.f.startsWith('لل') && !L.stop.has(w.f))) return [];
      const out: Array<{ skip: number; key: string }> = [];
      if (w.f.length >= MIN_BARE_SURNAME && !L.stop.has(w.f)) out.push({ skip: 0, key: w.f });
      for (const [re, k] of CLITIC_READINGS) {
        if (re.test(w.f) && w.f.length - k >= MIN_BARE_SURNAME) out.push({ skip: skipLetters(t.text, k), key: w.f.slice(k) });
      }
      return out;
    },
    // "أسد" beside "الأسد" is the noun (arabic-common-nouns.ts); worked out when first asked.
    notAlone: (k) => (articled ??= articledWords(words)).has(k),
  };
  return { L, tokens, words, kinds, found, spans, taken, inRole, roleBefore: (start) => rolePhraseBefore(context, text, start), stems };
}
