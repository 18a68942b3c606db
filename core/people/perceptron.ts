/**
 * An averaged-perceptron model over B/I/O tags (B starts a name, I continues it, O is outside).
 * Features are plain strings computed by a language module; the decoders add the previous tag.
 * `decodeViterbi` finds the best whole sequence (what the shipped Arabic model is trained for);
 * `decode` is the greedy left-to-right reading. Training lives in scripts/train-people.ts.
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

/** Weights in a Map: a lookup there is several times faster than in a large plain object. */
const INDEX = new WeakMap<TaggerModel, Map<string, [number, number, number]>>();
function indexOf(model: TaggerModel): Map<string, [number, number, number]> {
  let m = INDEX.get(model);
  if (!m) INDEX.set(model, (m = new Map(Object.entries(model.weights))));
  return m;
}

export function scores(model: TaggerModel, feats: string[], out: Float64Array): void {
  out.fill(0);
  const index = indexOf(model);
  for (const f of feats) {
    const w = index.get(f);
    if (!w) continue;
    out[0]! += w[0];
    out[1]! += w[1];
    out[2]! += w[2];
  }
}

/** Best tag for one token; I is only allowed right after B or I. */
export function bestTag(s: Float64Array, prev: number): number {
  let best = TAG_O;
  for (let t = 1; t < TAG_COUNT; t++) {
    if (t === TAG_I && prev === TAG_O) continue;
    if (s[t]! > s[best]!) best = t;
  }
  return best;
}

/**
 * Tags for a token sequence; `feats[i][1]` is the token's class feature by convention. Tokens
 * marked in `outside` (punctuation, function words) are O whatever the weights say.
 */
export function decode(model: TaggerModel, feats: string[][], outside?: Uint8Array): Uint8Array {
  const tags = new Uint8Array(feats.length);
  const s = new Float64Array(TAG_COUNT);
  let prev = TAG_O;
  for (let i = 0; i < feats.length; i++) {
    if (outside?.[i]) {
      prev = TAG_O;
      tags[i] = TAG_O;
      continue;
    }
    const own = feats[i]!;
    scores(model, own, s);
    const extra = historyFeatures(prev, own[1] ?? '');
    for (const f of extra) {
      const w = model.weights[f];
      if (!w) continue;
      s[0]! += w[0];
      s[1]! += w[1];
      s[2]! += w[2];
    }
    prev = bestTag(s, prev);
    tags[i] = prev;
  }
  return tags;
}

/**
 * Best tag sequence under the same model (Viterbi over the previous-tag features): a name's
 * later words can then pull its first word in, which greedy decoding cannot.
 */
export function decodeViterbi(model: TaggerModel, feats: string[][], outside?: Uint8Array): Uint8Array {
  const n = feats.length;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = new Uint8Array(n * TAG_COUNT);
  let best = new Float64Array(TAG_COUNT).fill(-Infinity);
  best[TAG_O] = 0;
  let next = new Float64Array(TAG_COUNT);
  const own = new Float64Array(TAG_COUNT);
  const w = model.weights;
  // The previous-tag weights, looked up once per tag and token class rather than per token.
  const h1 = [0, 1, 2].map((p) => w[`t=${p}`]);
  const h2 = new Map<string, Array<[number, number, number] | undefined>>();
  for (let i = 0; i < n; i++) {
    next.fill(-Infinity);
    if (outside?.[i]) {
      let arg = 0;
      for (let p = 1; p < TAG_COUNT; p++) if (best[p]! > best[arg]!) arg = p;
      next[TAG_O] = best[arg]!;
      back[i * TAG_COUNT + TAG_O] = arg;
    } else {
      scores(model, feats[i]!, own);
      const kind = feats[i]![1] ?? '';
      let byKind = h2.get(kind);
      if (!byKind) h2.set(kind, (byKind = [0, 1, 2].map((p) => w[`t=${p}|${kind}`])));
      for (let p = 0; p < TAG_COUNT; p++) {
        if (best[p] === -Infinity) continue;
        const a = h1[p];
        const b = byKind[p];
        for (let t = 0; t < TAG_COUNT; t++) {
          if (t === TAG_I && p === TAG_O) continue;
          const s = best[p]! + own[t]! + (a ? a[t]! : 0) + (b ? b[t]! : 0);
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
