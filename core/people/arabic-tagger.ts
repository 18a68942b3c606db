/**
 * The learned half of the Arabic detector: an averaged perceptron (data/ar-tagger.json, trained
 * by scripts/train-people.ts) that re-reads the rules' decisions with word classes and word
 * endings around each token, and turns its B/I/O tags back into mentions.
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
  roleBefore(start: number): string | undefined;
  stems: Restemmer;
}

let model: TaggerModel | null | undefined;
/** The learned tagger, when one ships; the rules alone otherwise. */
export function taggerModel(): TaggerModel | null {
  if (model === undefined) model = Object.keys(TAGGER.weights).length ? (TAGGER as unknown as TaggerModel) : null;
  return model;
}

/** The closed vocabulary the tagger may see as words: Gloss's own lists, never a corpus's names. */
let VOCAB: Set<string> | undefined;
function vocab(L: Lexicon): Set<string> {
  VOCAB ??= new Set([
    ...L.stop, ...L.titles, ...L.speech, ...L.personNouns, ...L.roleNouns, ...L.roleTails,
    ...L.notPeople, ...L.links, ...L.heads, ...L.tails, ...L.ordinals,
  ]);
  return VOCAB;
}

/** Tagger features per token: word classes around it, its shape, and what the rules decided. */
export function features(a: Analysis): string[][] {
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
  const wordAt = (i: number) => (i >= 0 && i < n && V.has(words[i]!.stem) ? words[i]!.stem : '');
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k0 = kinds[i]!;
    const w = words[i]!;
    const f = ['b', `k=${k0}`];
    const km1 = kindAt(i - 1, i);
    const kp1 = kindAt(i + 1, i);
    f.push(`k-1=${km1}`, `k+1=${kp1}`, `k-2=${kindAt(i - 2, i)}`, `k+2=${kindAt(i + 2, i)}`, `kk=${km1}|${k0}|${kp1}`);
    const w0 = wordAt(i);
    if (w0) f.push(`w=${w0}`);
    const wm1 = wordAt(i - 1);
    if (wm1) f.push(`w-1=${wm1}`);
    const wp1 = wordAt(i + 1);
    if (wp1) f.push(`w+1=${wp1}`);
    const wm2 = wordAt(i - 2);
    if (wm2) f.push(`w-2=${wm2}`);
    if (k0 === 'unknown' || k0 === 'ambiguous') {
      const s = w.stem;
      f.push(`s2=${s.slice(-2)}`, `s3=${s.slice(-3)}`, `p2=${s.slice(0, 2)}`, `len=${Math.min(s.length, 9)}`);
      if (s.startsWith('ال')) f.push('al');
      if (s.startsWith('و')) f.push('wa');
      if (!surnameShaped(w)) f.push('nsh');
    }
    if (i > 0 && isForeign(words[i - 1]!.stem)) f.push('fg-1');
    f.push(`r=${rule[i]}`, `r-1=${i > 0 ? rule[i - 1] : 0}`, `r+1=${i + 1 < n ? rule[i + 1] : 0}`);
    out[i] = f;
  }
  return out;
}

/** Mentions from B/I tags, with roles and keys read the way the rules read them. */
export function mentionsFromTags(a: Analysis, tags: Uint8Array): RawMention[] {
  const { tokens, words } = a;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== TAG_B || !tokens[i]!.word) continue;
    let e = i + 1;
    while (e < tags.length && tags[e] === TAG_I && !tokens[e]!.newline) e++;
    spans.push([i, e]);
    i = e - 1;
  }
  a.taken.fill(0);
  for (const [s, e] of spans) for (let k = s; k < e; k++) a.taken[k] = 1;
  const byStart = new Map(a.spans.map(([s, e], k) => [`${s}:${e}`, a.found[k]!]));
  return spans.map(([s, e]) => {
    const same = byStart.get(`${s}:${e}`);
    if (same) return same;
    const key: string[] = [];
    for (let k = s; k < e; k++) key.push(k === s ? words[k]!.stem : words[k]!.f);
    // The span leaves a proclitic out ("وبلير" -> "بلير"); known names starting with و are
    // read whole before this ("وليد"), so an unknown word's leading و or ف is the conjunction.
    let skip = words[s]!.skip;
    if (skip === 0 && a.kinds[s] === 'unknown' && /^[وف]/.test(key[0]!) && key[0]!.length > MIN_CLITIC_STEM) {
      skip = skipLetters(tokens[s]!.text, 1);
      key[0] = key[0]!.slice(1);
    }
    const mention: RawMention = { start: tokens[s]!.start + skip, end: tokens[e - 1]!.end, key };
    const role = a.roleBefore(s);
    if (role) mention.role = role;
    return mention;
  });
}

