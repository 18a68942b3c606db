/**
 * An averaged-perceptron model over B/I/O tags (B starts a name, I continues it, O is outside).
 * Features are plain strings computed by a language module; the decoders add the previous tag.
 * The detector scores them as integer ids of a WeightTable (decodeViterbiIds), the same sums.
 * `decodeViterbi` finds the best whole sequence (what the shipped Arabic model is trained for).
 * Training lives in scripts/train-people.ts.
 */

export const TAG_O = 0;
export const TAG_B = 1;
export const TAG_I = 2;
export const TAG_COUNT = 3;

export interface TaggerModel {
  about: string;
  /** Feature -> one weight per tag (O, B, I). */
  weights: Record<string, [number, number, number]>;
  /**
   * Space-separated words the training text wrote often (Arabic): a word outside this list is
   * new to the model, which is itself evidence (unseen words are mostly names).
   */
  common?: string;
  /** Space-separated words the training text wrote inside names (Arabic), however rarely. */
  names?: string;
}

/** The features that depend on the previous decision; `kind` is the token's class feature. */
export function historyFeatures(prev: number, kind: string): string[] {
  return [`t=${prev}`, `t=${prev}|${kind}`];
}

/** Rows a WeightTable starts with (it doubles whenever texts use more). */
const TABLE_START_ROWS = 1024;

/** One feature's weights: O, B, I. */
export type WeightRow = readonly [number, number, number];

/**
 * The weights of feature `f`, if the model has any. Read straight from the model object: no
 * index of its 17,000 features is built on the cold path (a Map of them was a large share of the
 * first call's time). Hot paths look each string up once and keep its id (WeightTable).
 */
export function rowOf(model: TaggerModel, f: string): WeightRow | undefined {
  const row = model.weights[f];
  // (Array.isArray: an inherited property such as "constructor" is no weight.)
  return Array.isArray(row) ? row : undefined;
}

export function scores(model: TaggerModel, feats: string[], out: Float64Array): void {
  out.fill(0);
  for (const f of feats) {
    const w = rowOf(model, f);
    if (!w) continue;
    out[0]! += w[0];
    out[1]! += w[1];
    out[2]! += w[2];
  }
}

/**
 * A model's weights gathered for scoring by integer id: the three weights of id k sit at
 * w[3k..3k+2] in one flat array. Ids are handed out as features are first met (one lookup per
 * word form and model, see arabic-tagger.ts), so the cold path builds no Map of the model's
 * 17,000 features, and the table holds only weights some text has used.
 */
export class WeightTable {
  w = new Float64Array(TAG_COUNT * TABLE_START_ROWS);
  private size = 0;
  /** Ids by the model's row objects: one id per feature, whichever string found it. */
  private ids = new Map<WeightRow, number>();
  constructor(readonly model: TaggerModel) {}

  /** The id of feature `f`, or -1 if the model has no weights for it. */
  idOf(f: string): number {
    const row = rowOf(this.model, f);
    return row ? this.idOfRow(row) : -1;
  }
  /** The id of one of the model's rows (from rowOf), handed out on first use. */
  idOfRow(row: WeightRow): number {
    let id = this.ids.get(row);
    if (id === undefined) {
      if ((this.size + 1) * TAG_COUNT > this.w.length) {
        const grown = new Float64Array(this.w.length * 2);
        grown.set(this.w);
        this.w = grown;
      }
      id = this.size++;
      this.w.set(row, id * TAG_COUNT);
      this.ids.set(row, id);
    }
    return id;
  }
}
const TABLES = new WeakMap<TaggerModel, WeightTable>();
export function weightTable(model: TaggerModel): WeightTable {
  let table = TABLES.get(model);
  if (!table) TABLES.set(model, (table = new WeightTable(model)));
  return table;
}

/**
 * Token features as ids of the model's WeightTable (features the model lacks left out, which
 * scores the same: they weigh nothing): token i's ids are ids[start[i]..start[i+1]), and
 * kinds[i] is its class feature (what `feats[i][1]` is for string features).
 */
export interface FeatureIds {
  ids: Int32Array;
  start: Int32Array;
  kinds: string[];
}

/** Scores of every token from its feature ids, three per token (summed in feature order). */
function emissionsOfIds(w: Float64Array, f: FeatureIds): Float64Array {
  const n = f.kinds.length;
  const out = new Float64Array(n * TAG_COUNT);
  const { ids, start } = f;
  for (let i = 0; i < n; i++) {
    let sumO = 0;
    let sumB = 0;
    let sumI = 0;
    for (let k = start[i]!, end = start[i + 1]!; k < end; k++) {
      const at = ids[k]! * TAG_COUNT;
      sumO += w[at]!;
      sumB += w[at + 1]!;
      sumI += w[at + 2]!;
    }
    out[i * TAG_COUNT] = sumO;
    out[i * TAG_COUNT + 1] = sumB;
    out[i * TAG_COUNT + 2] = sumI;
  }
  return out;
}

/**
 * Best tag sequence under the same model (Viterbi over the previous-tag features): a name's
 * later words can then pull its first word in, which greedy decoding cannot.
 */
export function decodeViterbi(model: TaggerModel, feats: string[][], outside?: Uint8Array): Uint8Array {
  const n = feats.length;
  const emissions = new Float64Array(n * TAG_COUNT);
  const own = new Float64Array(TAG_COUNT);
  for (let i = 0; i < n; i++) {
    if (outside?.[i]) continue;
    scores(model, feats[i]!, own);
    emissions.set(own, i * TAG_COUNT);
  }
  return viterbi(model, emissions, (i) => feats[i]![1] ?? '', n, outside);
}

/**
 * The same decoding from feature ids of the model's WeightTable (what the detector uses): the
 * same path and the same sums as bestPath with viterbi's scores, in one loop without a call per
 * score (the detector decodes every token of every text).
 */
export function decodeViterbiIds(model: TaggerModel, feats: FeatureIds, outside?: Uint8Array): Uint8Array {
  const e = emissionsOfIds(weightTable(model).w, feats);
  const n = feats.kinds.length;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  // The previous-tag weights (0 where the model has none), by previous tag and then by tag, and
  // the class-dependent ones per class as met.
  const h1 = [0, 1, 2].map((p) => rowOf(model, `t=${p}`) ?? NO_ROW);
  const h2 = new Map<string, WeightRow[]>();
  const back = new Uint8Array(n * TAG_COUNT);
  // Best path scores ending in O, B, I.
  let bO = 0;
  let bB = -Infinity;
  let bI = -Infinity;
  for (let i = 0; i < n; i++) {
    const at = i * TAG_COUNT;
    if (outside?.[i]) {
      // O after whichever tag scored best (the first on a tie).
      let arg = TAG_O;
      let top = bO;
      if (bB > top) (arg = TAG_B), (top = bB);
      if (bI > top) (arg = TAG_I), (top = bI);
      back[at + TAG_O] = arg;
      bO = top;
      bB = -Infinity;
      bI = -Infinity;
      continue;
    }
    const kind = feats.kinds[i]!;
    let byKind = h2.get(kind);
    if (!byKind) h2.set(kind, (byKind = [0, 1, 2].map((p) => rowOf(model, `t=${p}|${kind}`) ?? NO_ROW)));
    let nO = -Infinity;
    let nB = -Infinity;
    let nI = -Infinity;
    // Previous tags in order O, B, I and, for each, tags O, B, I (I never after O), keeping the
    // first best on a tie: bestPath's order. Sums in viterbi's order (see there).
    for (let p = 0; p < TAG_COUNT; p++) {
      const from = p === TAG_O ? bO : p === TAG_B ? bB : bI;
      if (from === -Infinity) continue;
      const a = h1[p]!;
      const b = byKind[p]!;
      const sO = from + e[at]! + a[0] + b[0];
      if (sO > nO) (nO = sO), (back[at + TAG_O] = p);
      const sB = from + e[at + 1]! + a[1] + b[1];
      if (sB > nB) (nB = sB), (back[at + TAG_B] = p);
      if (p !== TAG_O) {
        const sI = from + e[at + 2]! + a[2] + b[2];
        if (sI > nI) (nI = sI), (back[at + TAG_I] = p);
      }
    }
    bO = nO;
    bB = nB;
    bI = nI;
  }
  let t = TAG_O;
  if (bB > bO) t = TAG_B;
  if (bI > (t === TAG_B ? bB : bO)) t = TAG_I;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = t;
    t = back[i * TAG_COUNT + t]!;
  }
  return tags;
}
/** Stands for a previous-tag feature the model lacks: adding its zeros changes no sum. */
const NO_ROW: WeightRow = [0, 0, 0];

/** Viterbi over per-token scores (`emissions`, three per token) and the previous-tag weights. */
function viterbi(
  model: TaggerModel,
  emissions: Float64Array,
  kindOf: (i: number) => string,
  n: number,
  outside?: Uint8Array,
): Uint8Array {
  // The previous-tag weights, looked up once per tag and token class rather than per token.
  const h1 = [0, 1, 2].map((p) => rowOf(model, `t=${p}`));
  const h2 = new Map<string, Array<WeightRow | undefined>>();
  let byKind: Array<WeightRow | undefined> = [];
  return bestPath(
    n,
    outside,
    (i) => {
      const kind = kindOf(i);
      const known = h2.get(kind);
      if (known) byKind = known;
      else h2.set(kind, (byKind = [0, 1, 2].map((p) => rowOf(model, `t=${p}|${kind}`))));
    },
    (i, p, t, from) => {
      const a = h1[p];
      const b = byKind[p];
      // Summed in the order this decoder always has: floating-point addition is not
      // associative, and another order could flip a near tie.
      return from + emissions[i * TAG_COUNT + t]! + (a ? a[t]! : 0) + (b ? b[t]! : 0);
    },
  );
}

/**
 * The best tag path through `n` tokens, shared by the decoder and the trainer: an `outside`
 * token can only be O, and I never follows O. `enter(i)` runs once per inside token before its
 * scores; `score(i, p, t, from)` is the path's score with tag t at i after tag p, where `from`
 * is the best score ending in p (the caller adds in its own order).
 */
export function bestPath(
  n: number,
  outside: Uint8Array | undefined,
  enter: (i: number) => void,
  score: (i: number, p: number, t: number, from: number) => number,
): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = new Uint8Array(n * TAG_COUNT);
  let best = new Float64Array(TAG_COUNT).fill(-Infinity);
  best[TAG_O] = 0;
  let next = new Float64Array(TAG_COUNT);
  for (let i = 0; i < n; i++) {
    next.fill(-Infinity);
    if (outside?.[i]) {
      let arg = 0;
      for (let p = 1; p < TAG_COUNT; p++) if (best[p]! > best[arg]!) arg = p;
      next[TAG_O] = best[arg]!;
      back[i * TAG_COUNT + TAG_O] = arg;
    } else {
      enter(i);
      for (let p = 0; p < TAG_COUNT; p++) {
        if (best[p] === -Infinity) continue;
        for (let t = 0; t < TAG_COUNT; t++) {
          if (t === TAG_I && p === TAG_O) continue;
          const s = score(i, p, t, best[p]!);
          if (s > next[t]!) {
            next[t] = s;
            back[i * TAG_COUNT + t] = p;
          }
        }
      }
    }
    [best, next] = [next, best];
  }
  let t = 0;
  for (let k = 1; k < TAG_COUNT; k++) if (best[k]! > best[t]!) t = k;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = t;
    t = back[i * TAG_COUNT + t]!;
  }
  return tags;
}
