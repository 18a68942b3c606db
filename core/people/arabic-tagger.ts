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
import { TAG_B, TAG_I, weightTable, type FeatureIds, type TaggerModel, type WeightTable } from './perceptron';
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
  if (model === undefined) model = hasWeights(TAGGER.weights) ? (TAGGER as unknown as TaggerModel) : null;
  return model;
}
/** Whether an object has any key, without listing its 17,000 (a cold-start cost). */
function hasWeights(weights: object): boolean {
  for (const _ in weights) return true;
  return false;
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
/** و before a bare long vowel inside a tagged name is a W-name's first letter ("هنري وينكلر", "وانغ"). */
const W_NAME = /^و[اوي]/;
const TWO_PROCLITICS = /^[وف][بلك]/;
/**
 * Tagger features per token: word classes around it, its shape, the words themselves, and what
 * the rules decided. Tokens marked in `skip` (forced outside by the caller) get none.
 */
export function features(a: Analysis, skip?: Uint8Array, lists?: WordLists): string[][] {
  const sink = new StringSink(a.tokens.length);
  walkFeatures(a, sink, skip, lists);
  return sink.out;
}

/**
 * The same features as ids of `model`'s WeightTable, what the detector scores: no feature string
 * is built or looked up per token (a word's features are looked up once per word form and
 * model, word pairs through a nested index).
 */
export function featureIds(a: Analysis, model: TaggerModel, skip?: Uint8Array, lists?: WordLists): FeatureIds {
  if (lists) LISTS_OF.set(a, lists);
  const sink = new IdSink(a.tokens.length, weightTable(model));
  walkFeatures(a, sink, skip, lists);
  return sink.result();
}

/** The word lists a text was scored with, for mentionsFromTags (which gets the analysis only). */
const LISTS_OF = new WeakMap<Analysis, WordLists>();

/** The two word-pair features: the word before and this one, this one and the word after. */
type PairHead = 'f-1f=' | 'ff+1=';
/** Form features read one at a time (a neighbour's), by name. */
type FormPart = 'asPrev' | 'asNext' | 'asPrev2' | 'asNext2' | 'asPrevWord' | 'asNextWord' | 'asPrev2Word' | 'asPrevShape';
/** FormParts by index (a word's ids for them are kept in an array in this order). */
const FORM_PARTS: FormPart[] = ['asPrev', 'asNext', 'asPrev2', 'asNext2', 'asPrevWord', 'asNextWord', 'asPrev2Word', 'asPrevShape'];
const AS_PREV = 0;
const AS_NEXT = 1;
const AS_PREV2 = 2;
const AS_NEXT2 = 3;
const AS_PREV_WORD = 4;
const AS_NEXT_WORD = 5;
const AS_PREV2_WORD = 6;
const AS_PREV_SHAPE = 7;

/**
 * A feature string built once (a constant, a joined() feature), with its id in the model last
 * scored with: IdSink then skips the lookup.
 */
interface Feat {
  text: string;
  table?: WeightTable;
  id?: number;
}
const feat = (text: string): Feat => ({ text });
const BIAS = feat('b');
const SEEN = feat('seen');
const NEXT_SEEN = feat('nseen');
const AFTER_BREAK = feat('afterBreak');
const FOREIGN_BEFORE = feat('fg-1');
/** No word one or two places before or after (start or end of text, or a line break). */
const NO_WORD = { prev: feat('f-1=<>'), next: feat('f+1=<>'), prev2: feat('f-2=<>'), next2: feat('f+2=<>') };

/** Where walkFeatures writes a token's features, in order. */
interface FeatureSink {
  begin(i: number): void;
  /** A feature built once and reused: constants, joined() parts, the rules' tags. */
  add(f: Feat): void;
  /** A word's class feature, then its own form features. */
  own(e: FormFeatures): void;
  /** One of the word's FORM_PARTS, by index. */
  form(e: FormFeatures, part: number): void;
  /** The shape of the next word (asNextShape). */
  nextShape(e: FormFeatures): void;
  pair(head: PairHead, left: string, right: string): void;
  end(i: number): void;
}

/** Features as strings (training and tests read them); feats[i][1] is the class feature. */
class StringSink implements FeatureSink {
  out: string[][];
  private f: string[] = [];
  constructor(n: number) {
    this.out = new Array<string[]>(n).fill(NONE);
  }
  begin(): void {
    this.f = [];
  }
  add(f: Feat): void {
    this.f.push(f.text);
  }
  own(e: FormFeatures): void {
    this.f.push(e.kind, ...e.own);
  }
  form(e: FormFeatures, part: number): void {
    // May push undefined (a word-list feature of a word the cache saw first with another
    // class): it weighs nothing, as before ids existed.
    this.f.push(e[FORM_PARTS[part]!]!);
  }
  nextShape(e: FormFeatures): void {
    this.f.push(...e.asNextShape);
  }
  pair(head: PairHead, left: string, right: string): void {
    this.f.push(`${head}${left}|${right}`);
  }
  end(i: number): void {
    this.out[i] = this.f;
  }
}

/** A word form's features as ids of one model's WeightTable (those the model has). */
interface FormIds {
  table: WeightTable;
  own: Int32Array;
  nextShape: Int32Array;
  /** By index in FORM_PARTS (-1: the model lacks it). */
  parts: Int32Array;
}

/**
 * Word-pair features of a model by their two words: head -> left word -> right word -> weights.
 * Every split at a "|" is indexed, so a word holding "|" still finds its pair. Built in one pass
 * over the model's feature names (about 900 of 17,000 are pairs).
 */
type PairIndex = Map<PairHead, Map<string, Map<string, number>>>;
const PAIRS = new WeakMap<WeightTable, PairIndex>();
/** Tables that have scored a text already. */
const PAIR_TEXTS = new WeakSet<WeightTable>();
function pairIndex(table: WeightTable): PairIndex {
  let index = PAIRS.get(table);
  if (index) return index;
  index = new Map();
  for (const head of ['f-1f=', 'ff+1='] as const) index.set(head, new Map());
  for (const f in table.model.weights) {
    const head = f.startsWith('f-1f=') ? 'f-1f=' : f.startsWith('ff+1=') ? 'ff+1=' : undefined;
    const id = head ? table.idOf(f) : -1;
    if (!head || id < 0) continue;
    const byLeft = index.get(head)!;
    for (let bar = f.indexOf('|', head.length); bar >= 0; bar = f.indexOf('|', bar + 1)) {
      const left = f.slice(head.length, bar);
      let byRight = byLeft.get(left);
      if (!byRight) byLeft.set(left, (byRight = new Map()));
      byRight.set(f.slice(bar + 1), id);
    }
  }
  PAIRS.set(table, index);
  return index;
}

/** Features as ids, all tokens in one flat array (features the model lacks left out). */
class IdSink implements FeatureSink {
  private ids: Int32Array;
  private length = 0;
  private start: Int32Array;
  private kinds: string[];
  /** Undefined on a model's first text: pair strings are then built and looked up per token. */
  private pairs: PairIndex | undefined;
  /** The token being written. */
  private at = 0;
  constructor(
    n: number,
    private table: WeightTable,
  ) {
    this.ids = new Int32Array(Math.max(64, n * ID_ROOM_PER_TOKEN));
    this.start = new Int32Array(n + 1);
    this.kinds = new Array<string>(n).fill('');
    // A worker stopped when idle starts cold often, and listing 17,000 features costs more than
    // one text's pair strings: the index is built from the model's second text on.
    this.pairs = PAIR_TEXTS.has(table) ? pairIndex(table) : undefined;
    PAIR_TEXTS.add(table);
  }
  private push(id: number | undefined): void {
    if (id === undefined || id < 0) return;
    if (this.length === this.ids.length) this.grow();
    this.ids[this.length++] = id;
  }
  private pushAll(list: Int32Array): void {
    while (this.length + list.length > this.ids.length) this.grow();
    this.ids.set(list, this.length);
    this.length += list.length;
  }
  private grow(): void {
    const grown = new Int32Array(this.ids.length * 2);
    grown.set(this.ids);
    this.ids = grown;
  }
  private idsOf(e: FormFeatures): FormIds {
    let r = e.ids;
    if (r?.table === this.table) return r;
    const { table } = this;
    const known = (fs: string[]) => {
      const out: number[] = [];
      for (const f of fs) {
        const id = table.idOf(f);
        if (id >= 0) out.push(id);
      }
      return Int32Array.from(out);
    };
    const parts = Int32Array.from(FORM_PARTS, (p) => (e[p] === undefined ? -1 : table.idOf(e[p]!)));
    r = { table, own: known([e.kind, ...e.own]), nextShape: known(e.asNextShape), parts };
    e.ids = r;
    return r;
  }
  begin(i: number): void {
    this.at = i;
    this.start[i] = this.length;
  }
  add(f: Feat): void {
    if (f.table !== this.table) {
      f.table = this.table;
      f.id = this.table.idOf(f.text);
    }
    this.push(f.id);
  }
  own(e: FormFeatures): void {
    this.kinds[this.at] = e.kind;
    this.pushAll(this.idsOf(e).own);
  }
  form(e: FormFeatures, part: number): void {
    this.push(this.idsOf(e).parts[part]);
  }
  nextShape(e: FormFeatures): void {
    this.pushAll(this.idsOf(e).nextShape);
  }
  pair(head: PairHead, left: string, right: string): void {
    if (this.pairs) this.push(this.pairs.get(head)!.get(left)?.get(right));
    else this.push(this.table.idOf(`${head}${left}|${right}`));
  }
  end(i: number): void {
    this.start[i + 1] = this.length;
  }
  result(): FeatureIds {
    // Skipped tokens never begin: carry the running end over them so their ranges are empty.
    for (let i = 1; i < this.start.length; i++) if (this.start[i]! < this.start[i - 1]!) this.start[i] = this.start[i - 1]!;
    return { ids: this.ids.subarray(0, this.length), start: this.start, kinds: this.kinds };
  }
}
/** Starting room in the id array per token (most tokens have 25 to 35 features). */
const ID_ROOM_PER_TOKEN = 32;

function walkFeatures(a: Analysis, out: FeatureSink, skip?: Uint8Array, lists?: WordLists): void {
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
  // Each token's form features, looked up once: a token is read as itself and as a neighbour
  // of up to four others.
  const forms: FormFeatures[] = new Array(n);
  const formOf = (i: number) => (forms[i] ??= formFeatures(tokens[i]!, words[i]!, kinds[i]!, V, L));
  // The same for the word-list features ('' for none), read for a token and its left neighbour.
  // A neighbour's form features, unless it is across a line break or off the text.
  const near = (k: number, from: number) => (kindAt(k, from) === '<>' ? undefined : formOf(k));
  const rareAt: string[] = new Array(n);
  const namedAt: string[] = new Array(n);
  const rareOf = (i: number) => (rareAt[i] ??= rarity(words[i]!.f, lists!.common) ?? '');
  const namedOf = (i: number) => (namedAt[i] ??= inNames(words[i]!.f, lists!.names) ?? '');
  for (let i = 0; i < n; i++) {
    const k0 = kinds[i]!;
    if (skip?.[i]) continue;
    out.begin(i);
    const w = words[i]!;
    const own = formOf(i);
    // The class feature comes second (perceptron.ts adds the previous tag to it).
    out.add(BIAS);
    out.own(own);
    const km1 = kindAt(i - 1, i);
    const kp1 = kindAt(i + 1, i);
    out.add(joined('k-1=', km1));
    out.add(joined('k+1=', kp1));
    out.add(joined('k-2=', kindAt(i - 2, i)));
    out.add(joined('k+2=', kindAt(i + 2, i)));
    out.add(joined('kk=', km1, k0, kp1));
    const pm1 = near(i - 1, i);
    const pp1 = near(i + 1, i);
    const pm2 = near(i - 2, i);
    const pp2 = near(i + 2, i);
    if (i > 0 && words[i - 1]!.stem && V.has(words[i - 1]!.stem)) out.form(formOf(i - 1), AS_PREV_WORD);
    if (i + 1 < n && V.has(words[i + 1]!.stem)) out.form(formOf(i + 1), AS_NEXT_WORD);
    if (i > 1 && V.has(words[i - 2]!.stem)) out.form(formOf(i - 2), AS_PREV2_WORD);
    if ((k0 === 'unknown' || k0 === 'ambiguous') && seen(w.stem)) out.add(SEEN);
    if (i + 1 < n && (kinds[i + 1] === 'unknown' || kinds[i + 1] === 'ambiguous') && !tokens[i + 1]!.newline) {
      out.nextShape(formOf(i + 1));
      if (seen(words[i + 1]!.stem)) out.add(NEXT_SEEN);
    }
    if (i > 0 && (kinds[i - 1] === 'unknown' || kinds[i - 1] === 'ambiguous') && !tokens[i]!.newline) out.form(formOf(i - 1), AS_PREV_SHAPE);
    // Lexical context: the neighbouring words and the word pairs this one forms.
    if (pm1) out.form(pm1, AS_PREV);
    else out.add(NO_WORD.prev);
    if (pp1) out.form(pp1, AS_NEXT);
    else out.add(NO_WORD.next);
    if (pm2) out.form(pm2, AS_PREV2);
    else out.add(NO_WORD.prev2);
    if (pp2) out.form(pp2, AS_NEXT2);
    else out.add(NO_WORD.next2);
    out.pair('f-1f=', pm1 ? words[i - 1]!.f : '<>', w.f);
    out.pair('ff+1=', w.f, pp1 ? words[i + 1]!.f : '<>');
    if (lists && (k0 === 'unknown' || k0 === 'ambiguous')) {
      const r = rareOf(i);
      if (r) {
        out.add(LIST_FEAT[r]!);
        out.add(joined(BAR[r]!, km1));
      }
      const g = namedOf(i);
      if (g) out.add(joined(BAR[g]!, r || 'common'));
    }
    if (lists && i + 1 < n && kinds[i + 1] === 'unknown' && !tokens[i + 1]!.newline) {
      const r = rareOf(i + 1);
      if (r) out.add(joined('n', r));
      const g = namedOf(i + 1);
      if (g) out.add(joined('n', g));
    }
    // The cue class of the words before: a title or a verb of saying is a 'stop' kind, and the
    // word itself is only known if training saw it.
    const c1 = pm1 ? pm1.cue : '';
    const c2 = pm2 ? pm2.cue : '';
    if (c1) {
      out.add(joined('c-1=', c1));
      out.add(joined('c-1|k=', c1, k0));
    }
    if (c2) out.add(joined('c-2=', c2, km1));
    if (tokens[i]!.newline || (i > 0 && !tokens[i - 1]!.word)) out.add(AFTER_BREAK);
    if (i > 0 && isForeign(words[i - 1]!.stem)) out.add(FOREIGN_BEFORE);
    out.add(RULE[0]![rule[i]!]!);
    out.add(RULE[1]![i > 0 ? rule[i - 1]! : 0]!);
    out.add(RULE[2]![i + 1 < n ? rule[i + 1]! : 0]!);
    out.end(i);
  }
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
  /** The same as ids of the model last scored with (IdSink fills it). */
  ids?: FormIds;
}
/** The rules' tag of this token and its neighbours, as feature strings. */
const RULE = ['r=', 'r-1=', 'r+1='].map((p) => [0, 1, 2].map((t) => feat(p + t)));

/**
 * A feature joining a few small-vocabulary parts ("kk=" + three kinds), built once: the same
 * string object is then hashed once, where a fresh concatenation per token is built and hashed
 * anew on every weight lookup.
 */
interface Joins {
  out?: Feat;
  next?: Map<string, Joins>;
}
const JOINED: Joins = {};
function joined(head: string, a: string, b?: string, c?: string): Feat {
  // A walk down nested maps keyed by the parts themselves: no string is built once the feature
  // has been seen (the parts are kinds, tags and list names, a few dozen strings in all).
  let node = step(step(JOINED, head), a);
  if (b !== undefined) node = step(node, b);
  if (c !== undefined) node = step(node, c);
  return (node.out ??= feat(head + [a, b, c].filter((x) => x !== undefined).join('|')));
}
function step(node: Joins, part: string): Joins {
  node.next ??= new Map();
  let child = node.next.get(part);
  if (!child) node.next.set(part, (child = {}));
  return child;
}

/** List-feature names as the heads of the features they are joined into ("rare|unknown"). */
const BAR: Record<string, string> = { rare: 'rare|', rare1: 'rare1|', gz: 'gz|', gz1: 'gz1|' };
/** The list features themselves ("rare", "rare1"). */
const LIST_FEAT: Record<string, Feat> = { rare: feat('rare'), rare1: feat('rare1') };

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
    (a.kinds[e] === 'unknown' && /^و/.test(words[e]!.f) && words[e]!.f.length > MIN_CLITIC_STEM && !W_NAME.test(tokens[e]!.text)) ||
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
  const lists = LISTS_OF.get(a);
  return spans.map(([s, e]) => {
    const m = mentionOf(s, e);
    // A name ending in an everyday word ("... تأليف", "... مانشستر") is often a misread: its
    // last word is then not looked for elsewhere as a later mention.
    const everyday = (f: string) => lists!.common.has(f) && !lists!.names.has(f);
    if (lists && (everyday(words[e - 1]!.f) || everyday(words[s]!.f))) m.anchor = false;
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
    const afterName = s > 0 && spans.some(([, pe]) => pe === s);
    const clitic = /^[وفبلك]/.test(key[0]!) && (bareForms().has(bare) || (afterName && /^و/.test(key[0]!)));
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
    const bare = f.length > MIN_CLITIC_STEM + 1 && PROCLITIC.test(f) ? f.slice(1) : '';
    if (!lastWords.has(f) && !(bare && lastWords.has(bare))) continue;
    let alone = true;
    for (let k = s + 1; k < e && alone; k++) if ((nameWords.get(words[k]!.f) ?? 0) > 1) alone = false;
    if (alone) span[1] = s + 1;
  }
}
