import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeViterbi, decodeViterbiIds, TAG_B, TAG_I, TAG_O, weightTable, type FeatureIds, type TaggerModel } from '../../../core/people/perceptron';

describe('Viterbi decoding', () => {
  const model: TaggerModel = {
    about: 'test',
    weights: {
      'k=given': [0.5, 0, -1],
      // A surname is strongly I after a name, weakly O otherwise.
      'k=surname': [1, 0, 0],
      't=1|k=surname': [0, -1, 4],
      'k=word': [1, 0, 0],
    },
  };

  it('lets a later word pull an earlier one into the name, which greedy decoding cannot', () => {
    const feats = [['b', 'k=given'], ['b', 'k=surname'], ['b', 'k=word']];
    // Greedy decoding would take O on the given name (0.5 > 0), and the surname could not be I.
    // Whole sequence: B then I scores 0 + 4 + 1 = 5 against 0.5 + 1 + 1 = 2.5.
    expect([...decodeViterbi(model, feats)]).toEqual([TAG_B, TAG_I, TAG_O]);
  });

  it('never puts I after O and keeps outside tokens at O', () => {
    const feats = [['b', 'k=word'], ['b', 'k=surname'], ['b', 'k=given'], ['b', 'k=surname']];
    const tags = [...decodeViterbi(model, feats, Uint8Array.from([0, 0, 1, 0]))];
    expect(tags[2]).toBe(TAG_O);
    for (let i = 1; i < tags.length; i++) if (tags[i] === TAG_I) expect(tags[i - 1]).not.toBe(TAG_O);
    expect([...decodeViterbi(model, [])]).toEqual([]);
  });
});

describe('Viterbi decoding from feature ids', () => {
  // A made-up model with small integer weights, so equal scores (ties) are common.
  let seed = 3;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const weight = () => [rnd(7) - 3, rnd(7) - 3, rnd(7) - 3] as [number, number, number];
  const kinds = ['k=a', 'k=b', 'k=c'];
  const weights: TaggerModel['weights'] = {};
  for (let f = 0; f < 12; f++) weights[`f${f}`] = weight();
  for (const k of kinds) weights[k] = weight();
  // Previous-tag features for some tags and classes only (the rest weigh nothing).
  for (const p of [0, 1]) weights[`t=${p}`] = weight();
  for (const k of kinds.slice(0, 2)) for (const p of [0, 2]) weights[`t=${p}|${k}`] = weight();
  const model: TaggerModel = { about: 'test', weights };

  it('finds the same tags as decoding the feature strings, ties and outside tokens included', () => {
    const table = weightTable(model);
    for (let round = 0; round < 300; round++) {
      const n = rnd(12);
      // Features unknown to the model ("x") are left out of the ids, as the detector does.
      const feats = Array.from({ length: n }, () => ['b', kinds[rnd(3)]!, `f${rnd(14)}`, `f${rnd(14)}`, 'x']);
      const outside = Uint8Array.from({ length: n }, () => (rnd(4) === 0 ? 1 : 0));
      const ids: number[] = [];
      const start = new Int32Array(n + 1);
      feats.forEach((fs, i) => {
        for (const f of fs) if (table.idOf(f) >= 0) ids.push(table.idOf(f));
        start[i + 1] = ids.length;
      });
      const asIds: FeatureIds = { ids: Int32Array.from(ids), start, kinds: feats.map((fs) => fs[1]!) };
      expect([...decodeViterbiIds(model, asIds, outside)]).toEqual([...decodeViterbi(model, feats, outside)]);
    }
  });
});

describe('shipped data', () => {
  it('stays under the 2 MB budget for all languages together', () => {
    const dir = path.resolve(__dirname, '../../../core/people/data');
    const total = readdirSync(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });
});
