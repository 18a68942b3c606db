/**
 * Greedy left-to-right decoding with an averaged-perceptron model over B/I/O tags (B starts a
 * name, I continues it, O is outside). Features are plain strings computed by a language module;
 * the decoder adds the previous tag. Training lives in scripts/train-people.ts.
 */

export const TAG_O = 0;
export const TAG_B = 1;
export const TAG_I = 2;
export const TAG_COUNT = 3;

export interface TaggerModel {
  about: string;
  /** Feature -> one weight per tag (O, B, I). */
  weights: Record<string, [number, number, number]>;
}

/** The features that depend on the previous decision; `kind` is the token's class feature. */
export function historyFeatures(prev: number, kind: string): string[] {
  return [`t=${prev}`, `t=${prev}|${kind}`];
}

export function scores(model: TaggerModel, feats: string[], out: Float64Array): void {
  out.fill(0);
  for (const f of feats) {
    const w = model.weights[f];
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
