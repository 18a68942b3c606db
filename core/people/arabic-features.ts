/**
 * The Arabic tagger's features (arabic-tagger.ts): word classes around each token, its shape,
 * the words themselves and what the rules decided, written either as strings (what training
 * reads) or as ids of a model's WeightTable (what detection scores). Both come out of one walk
 * over the tokens (walkFeatures), in the same order, so they score the same sums; where they go
 * is arabic-feature-sinks.ts, and the model's word lists are read in arabic-word-lists.ts.
 *
 * Speed on new text is the point of the layout (every article is new text): what depends on a
 * word form alone is worked out once per form and kept with the word's reading (Word.memo, one
 * lookup per token serves both), and a form's ids are read from a per-template index of the
 * model (arabic-feature-index.ts) rather than built as strings and looked up one by one. The
 * form features themselves are written in arabic-form-features.ts.
 */
import { stemLists, type Kind, type Lexicon, type Word } from './arabic-words';
import type { Analysis } from './arabic-tagger';
import { feat, IdSink, StringSink, type FeatureSink } from './arabic-feature-sinks';
import { AS_NEXT, AS_NEXT2, AS_NEXT_WORD, AS_PREV, AS_PREV2, AS_PREV2_WORD, AS_PREV_SHAPE, AS_PREV_WORD, type FormStrings } from './arabic-form-features';
import { TAG_B, TAG_I, weightTable, type FeatureIds, type TaggerModel, type WeightTable } from './perceptron';
import { inNames, rarity, type WordLists } from './arabic-word-lists';

/** A surname written with a proclitic ("وبلير"), for the seen feature. */
const SEEN_CLITIC = /^[وبلف]/;

/** Word classes by number; NO_KIND stands for no word (off the text or across a line break). */
const KIND_NAMES = ['given', 'ambiguous', 'link', 'head', 'tail', 'unknown', 'stop', 'punct', '<>'] as const;
const KINDS = KIND_NAMES.length;
const NO_KIND = KINDS - 1;
const KIND_CODE = new Map<string, number>(KIND_NAMES.map((k, i) => [k, i]));
const UNKNOWN = KIND_CODE.get('unknown')!;
const AMBIGUOUS = KIND_CODE.get('ambiguous')!;
/** Classes whose words get shape features (the others are known words). */
const isOpen = (kind: number) => kind === UNKNOWN || kind === AMBIGUOUS;

/** Cue lists by number (cueClass), 0 for none. */
const CUE_NAMES = ['', 'ttl', 'say', 'prs', 'rol'];
/**
 * A definite nisba adjective ("الإسباني", "والتشيكية"): a nationality or origin before a foreign
 * name ("التشيكي توماش نوفاك"), a word no list can hold in full. 1 masculine, 2 feminine.
 */
const NISBA = /^(?:[وفبلك]?ال|[وف]?لل)[\u0621-\u064A]{2,}ي(?:ه)?$/;
const NISBA_NAMES = ['', 'm', 'f'];
function nisbaOf(f: string): number {
  if (!NISBA.test(f)) return 0;
  return f.endsWith('ه') ? 2 : 1;
}
/** Word-list codes: rarity ('' common, "rare", "rare1") and names ('' none, "gz", "gz1"). */
const RARE_NAMES = ['', 'rare', 'rare1'];
const NAMED_NAMES = ['', 'gz', 'gz1'];

const BIAS = feat('b');
const SEEN = feat('seen');
const NEXT_SEEN = feat('nseen');
const AFTER_BREAK = feat('afterBreak');
const FOREIGN_BEFORE = feat('fg-1');
/** No word one or two places before or after (start or end of text, or a line break). */
const NO_WORD = { prev: feat('f-1=<>'), next: feat('f+1=<>'), prev2: feat('f-2=<>'), next2: feat('f+2=<>') };
/** The rules' tag of this token and its neighbours. */
const RULE = ['r=', 'r-1=', 'r+1='].map((p) => [0, 1, 2].map((t) => feat(p + t)));

/**
 * Features joining small-vocabulary parts (kinds, cue lists, list codes), all built up front and
 * found by number: no string is built or hashed per token. Texts are `head` + parts joined by "|".
 */
const byKind = (head: string) => KIND_NAMES.map((k) => feat(head + k));
const K_M1 = byKind('k-1=');
const K_P1 = byKind('k+1=');
const K_M2 = byKind('k-2=');
const K_P2 = byKind('k+2=');
/** The class feature itself (the decoders add the previous tag to it). */
const K_OWN = byKind('k=');
/** "kk=" + the kinds before, at and after the token, at (before * KINDS + at) * KINDS + after. */
const KK = KIND_NAMES.flatMap((a) => KIND_NAMES.flatMap((b) => KIND_NAMES.map((c) => feat(`kk=${a}|${b}|${c}`))));
/** "c-1=" + the cue before; "c-1|k=" and "c-2=" by cue * KINDS + kind. */
const C_M1 = CUE_NAMES.map((c) => feat('c-1=' + c));
const C_M1_K = CUE_NAMES.flatMap((c) => KIND_NAMES.map((k) => feat(`c-1|k=${c}|${k}`)));
const C_M2_K = CUE_NAMES.flatMap((c) => KIND_NAMES.map((k) => feat(`c-2=${c}|${k}`)));
/** "rare", "rare1"; "rare|" + kind before, by rarity * KINDS + kind. */
const RARE = RARE_NAMES.map((r) => feat(r));
const RARE_K = RARE_NAMES.flatMap((r) => KIND_NAMES.map((k) => feat(`${r}|${k}`)));
/** "gz|rare", "gz1|common" ...: by named * RARE_NAMES.length + rarity (none is "common"). */
const NAMED_RARE = NAMED_NAMES.flatMap((g) => RARE_NAMES.map((r) => feat(`${g}|${r || 'common'}`)));
/** A nisba before: "n-1=m|unknown" (by nisba * KINDS + kind), "n-1r=f|rare", "n-2=m|given". */
const N_M1_K = NISBA_NAMES.flatMap((g) => KIND_NAMES.map((k) => feat(`n-1=${g}|${k}`)));
const N_M1_R = NISBA_NAMES.flatMap((g) => RARE_NAMES.map((r) => feat(`n-1r=${g}|${r || 'common'}`)));
const N_M2_K = NISBA_NAMES.flatMap((g) => KIND_NAMES.map((k) => feat(`n-2=${g}|${k}`)));
/** The next word's list codes: "nrare", "ngz1". */
const NEXT_RARE = RARE_NAMES.map((r) => feat('n' + r));
const NEXT_NAMED = NAMED_NAMES.map((g) => feat('n' + g));

/**
 * What the tagger keeps with a word's reading (Word.memo): everything that depends on the form
 * alone, worked out the first time the form is met.
 */
export interface FormMemo {
  kind: number;
  open: boolean;
  /** On one of Gloss's own word lists (stemLists). */
  inVocab: boolean;
  foreign: boolean;
  cue: number;
  /** nisbaOf the folded word. */
  nisba: number;
  /** Word-list codes under `lists` (computed again for other lists). */
  lists?: WordLists;
  rare: number;
  named: number;
  strings?: FormStrings;
  /** The form's ids in `table`: see formIds for the layout. */
  table?: WeightTable;
  ids?: Int32Array;
}

function memoOf(w: Word, kind: Kind, L: Lexicon): FormMemo {
  if (w.memo) return w.memo;
  const code = KIND_CODE.get(kind)!;
  const { inVocab, foreign, cue } = stemLists(L, w.stem);
  const memo: FormMemo = {
    kind: code,
    open: isOpen(code),
    inVocab,
    foreign,
    cue,
    nisba: nisbaOf(w.f),
    // The rest is filled in later, but declared here so every memo has one object shape.
    lists: undefined,
    rare: 0,
    named: 0,
    strings: undefined,
    table: undefined,
    ids: undefined,
  };
  w.memo = memo;
  return memo;
}

/** The memo's word-list codes under `lists`. */
function listCodes(w: Word, memo: FormMemo, lists: WordLists): FormMemo {
  if (memo.lists !== lists) {
    memo.lists = lists;
    memo.rare = rarity(w.f, lists.common);
    memo.named = inNames(w.f, lists.names);
  }
  return memo;
}

/**
 * Tagger features per token as strings. Tokens marked in `skip` (forced outside by the caller)
 * get none.
 */
export function features(a: Analysis, skip?: Uint8Array, lists?: WordLists): string[][] {
  const memo = memosOf(a);
  const sink = new StringSink(a, memo);
  walkFeatures(a, memo, sink, skip, lists);
  return sink.out;
}

/** The same features as ids of `model`'s WeightTable, what the detector scores. */
export function idFeatures(a: Analysis, model: TaggerModel, skip?: Uint8Array, lists?: WordLists): FeatureIds {
  const memo = memosOf(a);
  const sink = new IdSink(a, memo, weightTable(model));
  walkFeatures(a, memo, sink, skip, lists);
  return sink.result();
}

function memosOf(a: Analysis): FormMemo[] {
  const memo = new Array<FormMemo>(a.tokens.length);
  for (let i = 0; i < memo.length; i++) memo[i] = memoOf(a.words[i]!, a.kinds[i]!, a.L);
  return memo;
}

function walkFeatures(a: Analysis, memo: FormMemo[], out: FeatureSink, skip?: Uint8Array, lists?: WordLists): void {
  const { tokens, words, kinds } = a;
  const n = tokens.length;
  const rule = new Uint8Array(n);
  for (const [s, e] of a.spans) {
    rule[s] = TAG_B;
    for (let k = s + 1; k < e; k++) rule[k] = TAG_I;
  }
  // Context does not cross a line break: line[i] counts the breaks up to token i.
  const kind = new Uint8Array(n);
  const line = new Int32Array(n);
  for (let i = 0, breaks = 0; i < n; i++) {
    kind[i] = memo[i]!.kind;
    if (tokens[i]!.newline) breaks++;
    line[i] = breaks;
  }
  const kindAt = (i: number, from: number) => (i < 0 || i >= n || line[i] !== line[from] ? NO_KIND : kind[i]!);
  // Words the text elsewhere writes right after a given name or inside a found name: a
  // surname seen once in full is likely a name wherever it stands alone ("بلير", "وبلير").
  const named = new Set<string>();
  for (let i = 1; i < n; i++) {
    if ((kinds[i - 1] === 'given' || kinds[i - 1] === 'head') && kinds[i] === 'unknown' && !tokens[i]!.newline) named.add(words[i]!.f);
  }
  for (const [s, e] of a.spans) if (e - s > 1 && kinds[e - 1] === 'unknown') named.add(words[e - 1]!.f);
  /** Per token: 0 not yet asked, 1 not seen, 2 seen. */
  const seenAt = new Uint8Array(n);
  const seen = (i: number) => {
    if (seenAt[i] === 0) {
      const f = words[i]!.stem;
      seenAt[i] = named.size > 0 && (named.has(f) || (f.length > 4 && SEEN_CLITIC.test(f) && named.has(f.slice(1)))) ? 2 : 1;
    }
    return seenAt[i] === 2;
  };
  const listed = (i: number) => listCodes(words[i]!, memo[i]!, lists!);
  for (let i = 0; i < n; i++) {
    if (skip?.[i]) continue;
    const k0 = kind[i]!;
    const w = words[i]!;
    out.begin(i);
    // The class feature comes second (perceptron.ts adds the previous tag to it).
    out.add(BIAS);
    out.own(i, K_OWN[k0]!);
    const km1 = kindAt(i - 1, i);
    const kp1 = kindAt(i + 1, i);
    const km2 = kindAt(i - 2, i);
    const kp2 = kindAt(i + 2, i);
    out.add(K_M1[km1]!);
    out.add(K_P1[kp1]!);
    out.add(K_M2[km2]!);
    out.add(K_P2[kp2]!);
    out.add(KK[(km1 * KINDS + k0) * KINDS + kp1]!);
    // A neighbour's form features, unless it is across a line break or off the text.
    const pm1 = km1 !== NO_KIND;
    const pp1 = kp1 !== NO_KIND;
    const pm2 = km2 !== NO_KIND;
    const pp2 = kp2 !== NO_KIND;
    if (i > 0 && memo[i - 1]!.inVocab) out.form(i - 1, AS_PREV_WORD);
    if (i + 1 < n && memo[i + 1]!.inVocab) out.form(i + 1, AS_NEXT_WORD);
    if (i > 1 && memo[i - 2]!.inVocab) out.form(i - 2, AS_PREV2_WORD);
    if (isOpen(k0) && seen(i)) out.add(SEEN);
    if (i + 1 < n && isOpen(kind[i + 1]!) && !tokens[i + 1]!.newline) {
      out.nextShape(i + 1);
      if (seen(i + 1)) out.add(NEXT_SEEN);
    }
    if (i > 0 && isOpen(kind[i - 1]!) && !tokens[i]!.newline) out.form(i - 1, AS_PREV_SHAPE);
    // Lexical context: the neighbouring words and the word pairs this one forms.
    if (pm1) out.form(i - 1, AS_PREV);
    else out.add(NO_WORD.prev);
    if (pp1) out.form(i + 1, AS_NEXT);
    else out.add(NO_WORD.next);
    if (pm2) out.form(i - 2, AS_PREV2);
    else out.add(NO_WORD.prev2);
    if (pp2) out.form(i + 2, AS_NEXT2);
    else out.add(NO_WORD.next2);
    out.pair(0, pm1 ? words[i - 1]!.f : '<>', w.f);
    out.pair(1, w.f, pp1 ? words[i + 1]!.f : '<>');
    if (lists && isOpen(k0)) {
      const { rare, named: gz } = listed(i);
      if (rare) {
        out.add(RARE[rare]!);
        out.add(RARE_K[rare * KINDS + km1]!);
      }
      if (gz) out.add(NAMED_RARE[gz * RARE_NAMES.length + rare]!);
    }
    if (lists && i + 1 < n && kind[i + 1] === UNKNOWN && !tokens[i + 1]!.newline) {
      const { rare, named: gz } = listed(i + 1);
      if (rare) out.add(NEXT_RARE[rare]!);
      if (gz) out.add(NEXT_NAMED[gz]!);
    }
    // The cue class of the words before: a title or a verb of saying is a 'stop' kind, and the
    // word itself is only known if training saw it.
    const c1 = pm1 ? memo[i - 1]!.cue : 0;
    const c2 = pm2 ? memo[i - 2]!.cue : 0;
    if (c1) {
      out.add(C_M1[c1]!);
      out.add(C_M1_K[c1 * KINDS + k0]!);
    }
    if (c2) out.add(C_M2_K[c2 * KINDS + km1]!);
    const n1 = pm1 ? memo[i - 1]!.nisba : 0;
    const n2 = pm2 ? memo[i - 2]!.nisba : 0;
    if (n1) {
      out.add(N_M1_K[n1 * KINDS + k0]!);
      if (lists && isOpen(k0)) out.add(N_M1_R[n1 * RARE_NAMES.length + listed(i).rare]!);
    }
    if (n2) out.add(N_M2_K[n2 * KINDS + km1]!);
    if (tokens[i]!.newline || (i > 0 && !tokens[i - 1]!.word)) out.add(AFTER_BREAK);
    if (i > 0 && memo[i - 1]!.foreign) out.add(FOREIGN_BEFORE);
    out.add(RULE[0]![rule[i]!]!);
    out.add(RULE[1]![i > 0 ? rule[i - 1]! : 0]!);
    out.add(RULE[2]![i + 1 < n ? rule[i + 1]! : 0]!);
    out.end(i);
  }
}
