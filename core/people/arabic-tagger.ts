/**
 * The learned half of the Arabic detector: an averaged perceptron (data/ar-tagger.json, trained
 * by scripts/train-people.ts) that re-reads the rules' decisions with word classes, word shapes
 * and document evidence around each token, decoded whole (Viterbi), and turns its B/I/O tags
 * back into mentions, widened to the rules' span where it kept only part of a name.
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

const NONE: string[] = [];
/**
 * Tagger features per token: word classes around it, its shape, and what the rules decided.
 * Tokens marked in `skip` (forced outside by the caller) get none.
 */
export function features(a: Analysis, skip?: Uint8Array): string[][] {
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
  const wordAt = (i: number) => (i >= 0 && i < n && V.has(words[i]!.stem) ? words[i]!.stem : '');
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k0 = kinds[i]!;
    if (skip?.[i]) {
      out[i] = NONE;
      continue;
    }
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
      if (seen(s)) f.push('seen');
      f.push(`p1=${s[0]}`, `s1=${s.slice(-1)}`);
    }
    if (i + 1 < n && (kinds[i + 1] === 'unknown' || kinds[i + 1] === 'ambiguous') && !tokens[i + 1]!.newline) {
      const nx = words[i + 1]!.stem;
      f.push(`ns2=${nx.slice(-2)}`, `np2=${nx.slice(0, 2)}`);
      if (seen(nx)) f.push('nseen');
    }
    if (i > 0 && (kinds[i - 1] === 'unknown' || kinds[i - 1] === 'ambiguous') && !tokens[i]!.newline) {
      const pv = words[i - 1]!.stem;
      f.push(`ps2=${pv.slice(-2)}`);
    }
    if (tokens[i]!.newline || (i > 0 && !tokens[i - 1]!.word)) f.push('afterBreak');
    // A name read after a proclitic ("بركان" as ب + "ركان") is weaker evidence than a bare one.
    if (w.skip > 0) f.push(`cl=${k0}`);
    if (i > 0 && isForeign(words[i - 1]!.stem)) f.push('fg-1');
    f.push(`r=${rule[i]}`, `r-1=${i > 0 ? rule[i - 1] : 0}`, `r+1=${i + 1 < n ? rule[i + 1] : 0}`);
    out[i] = f;
  }
  return out;
}

/** Mentions from B/I tags, with roles and keys read the way the rules read them. */
export function mentionsFromTags(a: Analysis, tags: Uint8Array): RawMention[] {
  const { tokens, words } = a;
  widenToRules(a, tags);
  const spans: Array<[number, number]> = [];
  // "الحسن والحسين", "بوش وبلير": an unknown word carrying و starts a second name.
  const joined = (e: number) => a.kinds[e] === 'unknown' && /^و/.test(words[e]!.f) && words[e]!.f.length > MIN_CLITIC_STEM;
  for (let i = 0; i < tags.length; i++) {
    if (!tokens[i]!.word || (tags[i] !== TAG_B && !(tags[i] === TAG_I && i > 0 && joined(i)))) continue;
    let e = i + 1;
    while (e < tags.length && tags[e] === TAG_I && !tokens[e]!.newline && !joined(e)) e++;
    spans.push([i, e]);
    i = e - 1;
  }
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
 * Where the tagger keeps part of a name the rules read in full ("هتلر" of "القائد النازي أدولف
 * هتلر"), the rules' fuller span wins: the tagger is good at dropping false names, less so at
 * the edges of names it has never seen.
 */
function widenToRules(a: Analysis, tags: Uint8Array): void {
  for (const [s, e] of a.spans) {
    let tagged = false;
    let outside = false;
    for (let k = s; k < e; k++) {
      if (tags[k] !== 0) tagged = true;
      else outside = true;
    }
    // Any tagged span touching the rule span must lie inside it.
    if (!tagged || !outside || (s > 0 && tags[s] === TAG_I) || (e < tags.length && tags[e] === TAG_I)) continue;
    tags[s] = TAG_B;
    for (let k = s + 1; k < e; k++) tags[k] = TAG_I;
  }
}
