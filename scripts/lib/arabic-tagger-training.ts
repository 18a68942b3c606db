/**
 * Training the Arabic person tagger (core/people/arabic-tagger.ts) on ANERcorp, shared by
 * scripts/train-people.ts (which writes the shipped model, trained on every sentence) and the
 * people evaluation (which trains one model per half in memory and scores each on the half it
 * never saw, so its held-out figures are honest).
 *
 * ANERcorp (Benajiba, Rosso and Benedí 2007) is CC-BY-SA-4.0; models trained here are works
 * derived from it and carry that licence (core/people/data/README.md).
 *
 * The model is a structured averaged perceptron: each sentence is decoded whole with Viterbi,
 * exactly as at run time (same forced-outside tokens, same previous-tag features), and the
 * weights move where the decoded path leaves the gold one. Features are interned to integers
 * here so that training both folds and the shipped model takes seconds.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { arabicTrainingView } from '../../core/people/arabic';
import type { WordLists } from '../../core/people/arabic-word-lists';
import type { Token } from '../../core/people/tokens';
import { bestPath, historyFeatures, TAG_B, TAG_COUNT, TAG_I, TAG_O, type TaggerModel } from '../../core/people/perceptron';

export const ANERCORP = path.resolve(process.cwd(), '../shared/gold/people-ar-anercorp-train.jsonl');
/** ANERcorp has no document ids: runs of this many sentences stand in for articles (as the eval reads them). */
export const DOC_SIZE = 25;

/** Passes over the training data; held-out F1 stops moving after about this many. */
const EPOCHS = 12;
/** Features seen in fewer training tokens than this are never learned (keeps one-off words out). */
const MIN_FEATURE_COUNT = 2;
/**
 * Averaged weights smaller than this on every tag are dropped from the shipped file: at 0.5 the
 * file is about 5% smaller with the same held-out F1 (weights run to tens; at 1.0 F1 drops 0.01).
 */
const PRUNE_BELOW = 0.5;
/**
 * A word written this often in the training text is common; rarer ones get the "rare" feature.
 * At 2, words written once in training stand in for the words a reader meets for the first time.
 */
const COMMON_MIN_COUNT = 2;
/** Parts the training documents are split into for their own common-word lists (jackknife). */
const COMMON_PARTS = 5;
/**
 * Shuffling seeds trained and averaged (weights summed, then divided): one perceptron's held-out
 * F1 moves by about 0.01 with the shuffle order; the average of a few is steadier.
 */
const SEEDS = [7, 11, 13];
/** Decimal places kept in the shipped weights. */
const DECIMALS = 2;

export interface GoldLine {
  text: string;
  people: Array<{ start: number; end: number; text: string }>;
}

export interface Example {
  feats: string[][];
  gold: Uint8Array;
  outside: Uint8Array;
  /** 1 where a token starts a new line (a corpus sentence): decoding runs line by line. */
  breaks: Uint8Array;
}

export const hasAnercorp = () => existsSync(ANERCORP);

/** The records of a JSON-lines file (the shared gold sets), blank lines skipped. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function readAnercorp(file = ANERCORP): GoldLine[] {
  return readJsonl<GoldLine>(file);
}

/** The two halves the evaluation reports on: first (rules were tuned looking at it) and second. */
export function halves<T>(lines: T[]): [T[], T[]] {
  const half = Math.floor(lines.length / 2);
  return [lines.slice(0, half), lines.slice(half)];
}

/** Sentences joined into pseudo-documents the way the evaluation joins them ("\n\n" between). */
function documents(lines: GoldLine[]): Array<{ text: string; spans: Array<[number, number]> }> {
  const docs: Array<{ text: string; spans: Array<[number, number]> }> = [];
  for (let d = 0; d < lines.length; d += DOC_SIZE) {
    let text = '';
    const spans: Array<[number, number]> = [];
    for (const line of lines.slice(d, d + DOC_SIZE)) {
      if (text) text += '\n\n';
      for (const p of line.people) spans.push([text.length + p.start, text.length + p.end]);
      text += line.text;
    }
    docs.push({ text, spans });
  }
  return docs;
}

/**
 * The folded words the lines write at least COMMON_MIN_COUNT times outside any name: the model's
 * common-word list, built from its own training text only (a fold's list never saw the other
 * half). Words only ever written inside names stay off it, so "rare" marks them as it marks
 * the names a reader meets for the first time.
 */
export function wordListsOf(lines: GoldLine[]): WordLists {
  return listsFrom(wordCounts(lines));
}

interface DocCounts {
  /** How often each folded word stands outside a name. */
  outside: Map<string, number>;
  /** Folded words written inside a name. */
  inside: Set<string>;
}

function wordCounts(lines: GoldLine[]): DocCounts[] {
  return documents(lines).map(({ text, spans }) => {
    const outside = new Map<string, number>();
    const inside = new Set<string>();
    const view = arabicTrainingView(text);
    const gold = goldTags(view.tokens, spans);
    view.forms.forEach((f, i) => {
      if (!/^[\u0621-\u064A]+$/.test(f)) return;
      if (gold[i] === TAG_O) outside.set(f, (outside.get(f) ?? 0) + 1);
      else inside.add(f);
    });
    return { outside, inside };
  });
}

/** The word lists from per-document counts, leaving out the documents in `skip`. */
function listsFrom(perDoc: DocCounts[], skip?: (doc: number) => boolean): WordLists {
  const total = new Map<string, number>();
  const names = new Set<string>();
  perDoc.forEach((counts, d) => {
    if (skip?.(d)) return;
    for (const [f, c] of counts.outside) total.set(f, (total.get(f) ?? 0) + c);
    for (const f of counts.inside) names.add(f);
  });
  return { common: new Set([...total].filter(([, c]) => c >= COMMON_MIN_COUNT).map(([f]) => f)), names };
}

/** B/I/O per token from gold character spans. */
function goldTags(tokens: Token[], spans: Array<[number, number]>): Uint8Array {
  const gold = new Uint8Array(tokens.length);
  tokens.forEach((t, i) => {
    for (const [s, e] of spans) {
      if (t.start <= s && s < t.end) gold[i] = TAG_B;
      else if (t.start > s && t.start < e) gold[i] = TAG_I;
    }
  });
  return gold;
}

export function toExamples(lines: GoldLine[], lists?: WordLists | ((doc: number) => WordLists)): Example[] {
  const examples: Example[] = [];
  for (const [d, { text, spans }] of documents(lines).entries()) {
    const view = arabicTrainingView(text, typeof lists === 'function' ? lists(d) : lists);
    const gold = goldTags(view.tokens, spans);
    examples.push({ feats: view.feats, gold, outside: view.outside, breaks: Uint8Array.from(view.tokens, (t) => (t.newline ? 1 : 0)) });
  }
  return examples;
}

/** Common-word list, examples and model from gold lines: what the shipped model and each fold use. */
export function trainOnLines(lines: GoldLine[], about: string, opts: TrainOptions = {}): TaggerModel {
  // Each training document's "rare" features come from a list its own part never fed, the way a
  // new article meets the shipped list: a word only ever written as a name would otherwise mark
  // itself rare in training, and the model would learn to trust "rare" too much.
  const perDoc = wordCounts(lines);
  const parts = new Map<number, WordLists>();
  const byPart = (d: number) => {
    const part = d % COMMON_PARTS;
    let lists = parts.get(part);
    if (!lists) parts.set(part, (lists = listsFrom(perDoc, (o) => o % COMMON_PARTS === part)));
    return lists;
  };
  const lists = listsFrom(perDoc);
  const model = trainTagger(toExamples(lines, byPart), about, opts);
  model.common = [...lists.common].sort().join(' ');
  model.names = [...lists.names].sort().join(' ');
  return model;
}

export interface TrainOptions {
  epochs?: number;
  minCount?: number;
  pruneBelow?: number;
  seeds?: number[];
  log?: (line: string) => void;
}

/** A structured averaged perceptron over the examples' features. */
export function trainTagger(examples: Example[], about: string, opts: TrainOptions = {}): TaggerModel {
  const epochs = opts.epochs ?? EPOCHS;
  const minCount = opts.minCount ?? MIN_FEATURE_COUNT;
  const pruneBelow = opts.pruneBelow ?? PRUNE_BELOW;

  // Intern features; history features ("t=p", "t=p|k=...") are always kept.
  const counts = new Map<string, number>();
  for (const ex of examples) for (const fs of ex.feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  const names: string[] = [];
  const intern = (f: string) => {
    let id = ids.get(f);
    if (id === undefined) {
      id = names.length;
      ids.set(f, id);
      names.push(f);
    }
    return id;
  };
  interface Seq {
    own: Int32Array[];
    /** history[i * TAG_COUNT + p]: ids of the previous-tag features for previous tag p. */
    history: Int32Array[];
    gold: Uint8Array;
    outside: Uint8Array;
  }
  const seqs: Seq[] = [];
  for (const ex of examples) {
    for (let a = 0; a < ex.feats.length; ) {
      let b = a + 1;
      while (b < ex.feats.length && !ex.breaks[b]) b++;
      const own: Int32Array[] = [];
      const history: Int32Array[] = [];
      const gold = new Uint8Array(b - a);
      const outside = ex.outside.slice(a, b);
      let prevGold = TAG_O;
      for (let i = a; i < b; i++) {
        const fs = ex.feats[i]!;
        own.push(Int32Array.from(fs.filter((f) => (counts.get(f) ?? 0) >= minCount).map(intern)));
        for (let p = 0; p < TAG_COUNT; p++) history.push(Int32Array.from(historyFeatures(p, fs[1] ?? '').map(intern)));
        // A forced-outside token is O whatever the gold says (the decoder cannot do otherwise).
        let truth = ex.outside[i] ? TAG_O : ex.gold[i]!;
        if (truth === TAG_I && prevGold === TAG_O) truth = TAG_B;
        gold[i - a] = truth;
        prevGold = truth;
      }
      seqs.push({ own, history, gold, outside });
      a = b;
    }
  }

  const seeds = opts.seeds ?? SEEDS;
  const sum = new Float64Array(names.length * TAG_COUNT);
  for (const seed of seeds) {
    const avg = trainOnce(seed);
    for (let k = 0; k < sum.length; k++) sum[k]! += avg[k]! / seeds.length;
  }

  function trainOnce(startSeed: number): Float64Array {
    let seed = startSeed;
    // w: current weights; u: step-weighted updates, so the average is w - u / c (Daumé's trick).
    let w = new Float64Array(names.length * TAG_COUNT);
    let u = new Float64Array(names.length * TAG_COUNT);
    const grow = () => {
      if (w.length >= names.length * TAG_COUNT) return;
      const w2 = new Float64Array(names.length * TAG_COUNT);
      w2.set(w);
      w = w2;
      const u2 = new Float64Array(names.length * TAG_COUNT);
      u2.set(u);
      u = u2;
    };
    grow();
    let c = 1;
    const own = new Float64Array(TAG_COUNT);
    const add = (fs: Int32Array, tag: number, by: number) => {
      for (let k = 0; k < fs.length; k++) {
        const at = fs[k]! * TAG_COUNT + tag;
        w[at]! += by;
        u[at]! += c * by;
      }
    };
    const dot = (fs: Int32Array, tag: number) => {
      let s = 0;
      for (let k = 0; k < fs.length; k++) s += w[fs[k]! * TAG_COUNT + tag]!;
      return s;
    };

    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let epoch = 0; epoch < epochs; epoch++) {
      // Fisher-Yates with a fixed seed: the same data gives the same model.
      const order = seqs.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let errors = 0;
      let tokens = 0;
      for (const idx of order) {
        const seq = seqs[idx]!;
        const guess = viterbi(seq, dot, own);
        let prevGuess = TAG_O;
        let prevGold = TAG_O;
        for (let i = 0; i < seq.gold.length; i++) {
          const truth = seq.gold[i]!;
          const g = guess[i]!;
          if (!seq.outside[i] && (g !== truth || prevGuess !== prevGold)) {
            if (g !== truth) errors++;
            add(seq.own[i]!, truth, 1);
            add(seq.history[i * TAG_COUNT + prevGold]!, truth, 1);
            add(seq.own[i]!, g, -1);
            add(seq.history[i * TAG_COUNT + prevGuess]!, g, -1);
          }
          tokens++;
          prevGuess = g;
          prevGold = truth;
        }
        c++;
      }
      opts.log?.(`epoch ${epoch + 1}: ${errors} tag errors in ${tokens} tokens`);
    }

    const avg = new Float64Array(names.length * TAG_COUNT);
    for (let k = 0; k < avg.length; k++) avg[k] = w[k]! - u[k]! / c;
    return avg;
  }

  const weights: TaggerModel['weights'] = {};
  const scale = 10 ** DECIMALS;
  for (let id = 0; id < names.length; id++) {
    const avg = [0, 1, 2].map((t) => sum[id * TAG_COUNT + t]!);
    if (avg.every((x) => Math.abs(x) < pruneBelow)) continue;
    weights[names[id]!] = avg.map((x) => Math.round(x * scale) / scale) as [number, number, number];
  }
  return { about, weights };
}

/** Best tag path of one sequence under the current weights (the run-time decoder's lattice). */
function viterbi(
  seq: { own: Int32Array[]; history: Int32Array[]; outside: Uint8Array },
  dot: (fs: Int32Array, tag: number) => number,
  own: Float64Array,
): Uint8Array {
  return bestPath(
    seq.own.length,
    seq.outside,
    (i) => {
      for (let t = 0; t < TAG_COUNT; t++) own[t] = dot(seq.own[i]!, t);
    },
    (i, p, t, from) => from + own[t]! + dot(seq.history[i * TAG_COUNT + p]!, t),
  );
}
