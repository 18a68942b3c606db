/**
 * The learned half of the Arabic detector: an averaged perceptron (data/ar-tagger.json, trained
 * by scripts/train-people.ts on ANERcorp) that re-reads the rules' decisions with word classes,
 * word shapes, the words themselves and document evidence around each token, decoded whole
 * (Viterbi), and turns its B/I/O tags back into mentions. Two word lists ship inside the model
 * (TaggerModel.common and .names, read from its training text): a word the training text never
 * wrote outside a name is "rare", which is how most new names look. (Widening its spans to the rules'
 * fuller ones was dropped with the lexical features: it cost 0.02 held-out F1, taking verbs
 * after names, "كوفي انان حث".)
 */
import TAGGER from './data/ar-tagger.json';
import { isForeign, MIN_CLITIC_STEM, skipLetters, surnameShaped, type Kind, type Lexicon, type Word } from './arabic-words';
import type { RawMention, Restemmer } from './link';
import { TAG_B, TAG_I, type TaggerModel } from './perceptron';
import type { Token } from './tokens';

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
  if (model === undefined) model = Object.keys(TAGGER.weights).length ? (TAGGER as unknown as TaggerModel) : null;
  return model;
}

/** Gloss's own word lists, as word-identity features the tagger had before lexical ones. */
let VOCAB: Set<string> | undefined;
function vocab(L: Lexicon): Set<string> {
  VOCAB ??= new Set([
    ...L.stop, ...L.titles, ...L.speech, ...L.personNouns, ...L.roleNouns, ...L.roleTails,
    ...L.notPeople, ...L.links, ...L.heads, ...L.tails, ...L.ordinals,
  ]);
  return VOCAB;
}

const NONE: string[] = [];
/** A leading conjunction or preposition (و ف ب ل ك), and two of them ("وب", "فل"). */
const PROCLITIC = /^[وفبلك]/;
const TWO_PROCLITICS = /^[وف][بلك]/;
/**
 * Tagger features per token: word classes around it, its shape, the words themselves, and what
 * the rules decided. Tokens marked in `skip` (forced outside by the caller) get none.
 */
export function features(a: Analysis, skip?: Uint8Array, lists?: WordLists): string[][] {
  const { L, tokens, words, kinds } = a;
  const n = tokens.length;
  const V = vocab(L);
  const rule = new Uint8Array(n);
  for (const [s, e] of a.spans) {
    rule[s] = TAG_B;
    for (let k = s + 1; k < e; k++) rule[k] = TAG_I;
  }
  const kindAt = (i: number, from: number) => {
    if (i < 0 || i >= n) return '<>';
    // Context does not cross a line break.
    const lo = Math.min(i, from) + 1;
    const hi = Math.max(i, from);
    for (let k = lo; k <= hi; k++) if (tokens[k]!.newline) return '<>';
    return kinds[i]!;
  };
  // Words the text elsewhere writes right after a given name or inside a found name: a
  // surname seen once in full is likely a name wherever it stands alone ("بلير", "وبلير").
  const named = new Set<string>();
  for (let i = 1; i < n; i++) {
    if ((kinds[i - 1] === 'given' || kinds[i - 1] === 'head') && kinds[i] === 'unknown' && !tokens[i]!.newline) named.add(words[i]!.f);
  }
  for (const [s, e] of a.spans) if (e - s > 1 && kinds[e - 1] === 'unknown') named.add(words[e - 1]!.f);
  const seen = (f: string) => named.has(f) || (f.length > 4 && /^[وبلف]/.test(f) && named.has(f.slice(1)));
  const out: string[][] = new Array(n);
  // Each token's form features, looked up once: a token is read as itself and as a neighbour
  // of up to four others.
  const forms: FormFeatures[] = new Array(n);
  const formOf = (i: number) => (forms[i] ??= formFeatures(tokens[i]!, words[i]!, kinds[i]!, V, L));
  // The same for the word-list features ('' for none), read for a token and its left neighbour.
  const rareAt: string[] = new Array(n);
  const namedAt: string[] = new Array(n);
  const rareOf = (i: number) => (rareAt[i] ??= rarity(words[i]!.f, lists!.common) ?? '');
  const namedOf = (i: number) => (namedAt[i] ??= inNames(words[i]!.f, lists!.names) ?? '');
  for (let i = 0; i < n; i++) {
    const k0 = kinds[i]!;
    if (skip?.[i]) {
      out[i] = NONE;
      continue;
    }
    const w = words[i]!;
    const own = formOf(i);
    // feats[1] is the class feature by convention (perceptron.ts adds the previous tag to it).
    const f = ['b', own.kind, ...own.own];
    const km1 = kindAt(i - 1, i);
    const kp1 = kindAt(i + 1, i);
    f.push(joined('k-1=', km1), joined('k+1=', kp1), joined('k-2=', kindAt(i - 2, i)), joined('k+2=', kindAt(i + 2, i)), joined('kk=', km1, k0, kp1));
    const near = (k: number, from: number) => (kindAt(k, from) === '<>' ? undefined : formOf(k));
    const pm1 = near(i - 1, i);
    const pp1 = near(i + 1, i);
    const pm2 = near(i - 2, i);
    const pp2 = near(i + 2, i);
    if (i > 0 && words[i - 1]!.stem && V.has(words[i - 1]!.stem)) f.push(formOf(i - 1).asPrevWord!);
    if (i + 1 < n && V.has(words[i + 1]!.stem)) f.push(formOf(i + 1).asNextWord!);
    if (i > 1 && V.has(words[i - 2]!.stem)) f.push(formOf(i - 2).asPrev2Word!);
    if ((k0 === 'unknown' || k0 === 'ambiguous') && seen(w.stem)) f.push('seen');
    if (i + 1 < n && (kinds[i + 1] === 'unknown' || kinds[i + 1] === 'ambiguous') && !tokens[i + 1]!.newline) {
      f.push(...formOf(i + 1).asNextShape);
      if (seen(words[i + 1]!.stem)) f.push('nseen');
    }
    if (i > 0 && (kinds[i - 1] === 'unknown' || kinds[i - 1] === 'ambiguous') && !tokens[i]!.newline) f.push(formOf(i - 1).asPrevShape!);
    // Lexical context: the neighbouring words and the word pairs this one forms.
    const fm1 = pm1 ? words[i - 1]!.f : '<>';
    const fp1 = pp1 ? words[i + 1]!.f : '<>';
    f.push(
      pm1 ? pm1.asPrev : 'f-1=<>',
      pp1 ? pp1.asNext : 'f+1=<>',
      pm2 ? pm2.asPrev2 : 'f-2=<>',
      pp2 ? pp2.asNext2 : 'f+2=<>',
      `f-1f=${fm1}|${w.f}`,
      `ff+1=${w.f}|${fp1}`,
    );
    if (lists && (k0 === 'unknown' || k0 === 'ambiguous')) {
      const r = rareOf(i);
      if (r) f.push(r, joined(BAR[r]!, km1));
      const g = namedOf(i);
      if (g) f.push(joined(BAR[g]!, r || 'common'));
    }
    if (lists && i + 1 < n && kinds[i + 1] === 'unknown' && !tokens[i + 1]!.newline) {
      const r = rareOf(i + 1);
      if (r) f.push(joined('n', r));
      const g = namedOf(i + 1);
      if (g) f.push(joined('n', g));
    }
    // The cue class of the words before: a title or a verb of saying is a 'stop' kind, and the
    // word itself is only known if training saw it.
    const c1 = pm1 ? pm1.cue : '';
    const c2 = pm2 ? pm2.cue : '';
    if (c1) f.push(joined('c-1=', c1), joined('c-1|k=', c1, k0));
    if (c2) f.push(joined('c-2=', c2, km1));
    if (tokens[i]!.newline || (i > 0 && !tokens[i - 1]!.word)) f.push('afterBreak');
    if (i > 0 && isForeign(words[i - 1]!.stem)) f.push('fg-1');
    f.push(RULE[0]![rule[i]!]!, RULE[1]![i > 0 ? rule[i - 1]! : 0]!, RULE[2]![i + 1 < n ? rule[i + 1]! : 0]!);
    out[i] = f;
  }
  return out;
}

/** The features of a word that depend on its surface form only, as it or as a neighbour. */
interface FormFeatures {
  kind: string;
  /** The cue list the word is on (cueClass), '' for none. */
  cue: string;
  own: string[];
  asPrev: string;
  asNext: string;
  asPrev2: string;
  asNext2: string;
  asPrevWord?: string;
  asNextWord?: string;
  asPrev2Word?: string;
  asNextShape: string[];
  asPrevShape?: string;
}
/** The rules' tag of this token and its neighbours, as feature strings. */
const RULE = ['r=', 'r-1=', 'r+1='].map((p) => [0, 1, 2].map((t) => p + t));

/**
 * A feature joining a few small-vocabulary parts ("kk=" + three kinds), built once: the same
 * string object is then hashed once, where a fresh concatenation per token is built and hashed
 * anew on every weight lookup.
 */
interface Joins {
  out?: string;
  next?: Map<string, Joins>;
}
const JOINED: Joins = {};
function joined(head: string, a: string, b?: string, c?: string): string {
  // A walk down nested maps keyed by the parts themselves: no string is built once the feature
  // has been seen (the parts are kinds, tags and list names, a few dozen strings in all).
  let node = step(step(JOINED, head), a);
  if (b !== undefined) node = step(node, b);
  if (c !== undefined) node = step(node, c);
  return (node.out ??= head + [a, b, c].filter((x) => x !== undefined).join('|'));
}
function step(node: Joins, part: string): Joins {
  node.next ??= new Map();
  let child = node.next.get(part);
  if (!child) node.next.set(part, (child = {}));
  return child;
}

/** List-feature names as the heads of the features they are joined into ("rare|unknown"). */
const BAR: Record<string, string> = { rare: 'rare|', rare1: 'rare1|', gz: 'gz|', gz1: 'gz1|' };

/** Which cue list a word is on, if any: title, verb of saying, person noun, role noun. */
function cueClass(L: Lexicon, stem: string): string {
  if (L.titles.has(stem)) return 'ttl';
  if (L.speech.has(stem)) return 'say';
  if (L.personNouns.has(stem)) return 'prs';
  if (L.roleNouns.has(stem) || L.roleTails.has(stem)) return 'rol';
  return '';
}

/** Word lists a model was trained with (TaggerModel.common and .names). */
export interface WordLists {
  common: Set<string>;
  names: Set<string>;
}
/** Word lists by model: split from the model's strings once. */
const LISTS = new WeakMap<TaggerModel, WordLists>();
export function wordLists(model: TaggerModel): WordLists | undefined {
  if (model.common === undefined) return undefined;
  let lists = LISTS.get(model);
  if (!lists) {
    lists = { common: new Set(model.common.split(' ')), names: new Set((model.names ?? '').split(' ')) };
    LISTS.set(model, lists);
  }
  return lists;
}

/** "gz" for a word the training text wrote inside a name, bare or after a proclitic. */
function inNames(f: string, names: Set<string>): string | undefined {
  if (names.has(f)) return 'gz';
  if (f.length > 4 && PROCLITIC.test(f) && names.has(f.slice(1))) return 'gz1';
  return undefined;
}

/**
 * "rare" for a word the training text did not write often, bare or without a proclitic
 * ("وشارون" is rare only if "شارون" is too); undefined for a common one.
 */
function rarity(f: string, common: Set<string>): string | undefined {
  if (common.has(f)) return undefined;
  if (f.length > 4 && PROCLITIC.test(f) && common.has(f.slice(1))) return 'rare1';
  return 'rare';
}

/** Long vowels as V, other letters as C, runs of C merged: "شارون" -> "CVCVC". */
function vowelShape(w: string): string {
  let out = '';
  for (const ch of w.length > 10 ? w.slice(0, 10) : w) {
    const c = ch === 'ا' || ch === 'و' || ch === 'ي' ? 'V' : 'C';
    if (!(c === 'C' && out.endsWith('C'))) out += c;
  }
  return out;
}

/** Form features by surface form: news repeats its words, and building the strings is the cost. */
const FORM_CACHE = new Map<string, FormFeatures>();
/** Bound on the cache, so a long session does not keep every word it ever saw. */
const FORM_CACHE_MAX = 50_000;

function formFeatures(t: Token, w: Word, k0: Kind, V: Set<string>, L: Lexicon): FormFeatures {
  const hit = FORM_CACHE.get(t.text);
  if (hit) return hit;
  const own: string[] = [];
  const fw = w.f;
  const s = w.stem;
  if (V.has(s)) own.push(`w=${s}`);
  const open = k0 === 'unknown' || k0 === 'ambiguous';
  if (open) {
    own.push(`s2=${s.slice(-2)}`, `s3=${s.slice(-3)}`, `p2=${s.slice(0, 2)}`, `len=${Math.min(s.length, 9)}`);
    if (s.startsWith('ال')) own.push('al');
    if (s.startsWith('و')) own.push('wa');
    if (!surnameShaped(w)) own.push('nsh');
    own.push(`p1=${s[0]}`, `s1=${s.slice(-1)}`, `p3=${s.slice(0, 3)}`);
    // The stem without a leading proclitic ("وشارون" -> "شارون"), and its letter n-grams:
    // transliterated names end in "وف", "سكي", "يتش" and carry long vowels (ا و ي) throughout.
    const b = s.length > 4 && PROCLITIC.test(s) && !s.startsWith('ال') ? s.slice(1) : s;
    if (b !== s) own.push(`bp2=${b.slice(0, 2)}`, `bp3=${b.slice(0, 3)}`);
    own.push(`s4=${b.slice(-4)}`, `p4=${b.slice(0, 4)}`, `vs=${vowelShape(b)}`);
  } else {
    own.push(`s2=${fw.slice(-2)}`, `s3=${fw.slice(-3)}`, `p2=${fw.slice(0, 2)}`, `p3=${fw.slice(0, 3)}`);
  }
  // Lexical features learned from the training corpus: the word itself and without a proclitic.
  // Rare ones are pruned in training.
  own.push(`f=${fw}`);
  if (fw.length > 3 && PROCLITIC.test(fw)) own.push(`x=${fw.slice(1)}`);
  if (fw.length > 4 && TWO_PROCLITICS.test(fw)) own.push(`x=${fw.slice(2)}`);
  // A name read after a proclitic ("بركان" as ب + "ركان") is weaker evidence than a bare one.
  if (w.skip > 0) own.push(`cl=${k0}`);
  const entry: FormFeatures = {
    kind: `k=${k0}`,
    cue: cueClass(L, s),
    own,
    asPrev: `f-1=${fw}`,
    asNext: `f+1=${fw}`,
    asPrev2: `f-2=${fw}`,
    asNext2: `f+2=${fw}`,
    asNextShape: open ? [`ns2=${s.slice(-2)}`, `np2=${s.slice(0, 2)}`] : [],
  };
  if (V.has(s)) {
    entry.asPrevWord = `w-1=${s}`;
    entry.asNextWord = `w+1=${s}`;
    entry.asPrev2Word = `w-2=${s}`;
  }
  if (open) entry.asPrevShape = `ps2=${s.slice(-2)}`;
  if (FORM_CACHE.size >= FORM_CACHE_MAX) FORM_CACHE.clear();
  FORM_CACHE.set(t.text, entry);
  return entry;
}

/** Mentions from B/I tags, with roles and keys read the way the rules read them. */
export function mentionsFromTags(a: Analysis, tags: Uint8Array): RawMention[] {
  const { tokens, words } = a;
  widenToPairs(a, tags);
  const spans: Array<[number, number]> = [];
  // "الحسن والحسين", "بوش وبلير": an unknown word carrying و starts a second name.
  const joined = (e: number) =>
    (a.kinds[e] === 'unknown' && /^و/.test(words[e]!.f) && words[e]!.f.length > MIN_CLITIC_STEM) ||
    (words[e]!.skip > 0 && /^و/.test(words[e]!.f));
  for (let i = 0; i < tags.length; i++) {
    if (!tokens[i]!.word || (tags[i] !== TAG_B && !(tags[i] === TAG_I && i > 0 && joined(i)))) continue;
    let e = i + 1;
    while (e < tags.length && tags[e] === TAG_I && !tokens[e]!.newline && !joined(e)) e++;
    spans.push([i, e]);
    i = e - 1;
  }
  cutAfterKnownSurname(a, spans);
  a.taken.fill(0);
  for (const [s, e] of spans) for (let k = s; k < e; k++) a.taken[k] = 1;
  const byStart = new Map(a.spans.map(([s, e], k) => [`${s}:${e}`, a.found[k]!]));
  let bare: Set<string> | undefined;
  const bareForms = () => (bare ??= new Set(words.map((w) => w.f)));
  return spans.map(([s, e]) => {
    const same = byStart.get(`${s}:${e}`);
    if (same) return same;
    const key: string[] = [];
    for (let k = s; k < e; k++) key.push(k === s ? words[k]!.stem : words[k]!.f);
    // The span leaves a proclitic out ("وبلير" -> "بلير"); known names starting with و are
    // read whole before this ("وليد"), so an unknown word's leading و or ف is the conjunction.
    // A leading letter is read off as a proclitic only when the bare word is written elsewhere
    // in the text ("لبوتين" beside "بوتين"), or for و right after a name ("بوش وبلير"):
    // "فيرجسون", "ويليامز" and "بيرلسكوني" keep their first letter.
    let skip = words[s]!.skip;
    const bare = key[0]!.slice(1);
    const afterName = s > 0 && spans.some(([, pe]) => pe === s);
    const clitic = /^[وفبلك]/.test(key[0]!) && (bareForms().has(bare) || (afterName && /^و/.test(key[0]!)));
    if (skip === 0 && a.kinds[s] === 'unknown' && key[0]!.length > MIN_CLITIC_STEM && clitic) {
      skip = skipLetters(tokens[s]!.text, 1);
      key[0] = key[0]!.slice(1);
    }
    const mention: RawMention = { start: tokens[s]!.start + skip, end: tokens[e - 1]!.end, key };
    const role = a.roleBefore(s);
    if (role) mention.role = role;
    return mention;
  });
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
  const pairAt = (i: number) => i > 0 && !tokens[i]!.newline && tokens[i - 1]!.word && pairs.has(words[i - 1]!.f + ' ' + words[i]!.f);
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
    if (e - s < 2) continue;
    const f = words[s]!.f;
    const bare = f.length > MIN_CLITIC_STEM + 1 && PROCLITIC.test(f) ? f.slice(1) : '';
    if (!lastWords.has(f) && !(bare && lastWords.has(bare))) continue;
    let alone = true;
    for (let k = s + 1; k < e && alone; k++) if ((nameWords.get(words[k]!.f) ?? 0) > 1) alone = false;
    if (alone) span[1] = s + 1;
  }
}
