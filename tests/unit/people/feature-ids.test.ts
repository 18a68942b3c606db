import { describe, expect, it } from 'vitest';
import { arabicFeatureForms } from '../../../core/people/arabic';
import { taggerModel } from '../../../core/people/arabic-tagger';
import { decodeViterbi, decodeViterbiIds, scores, TAG_COUNT, weightTable, type TaggerModel } from '../../../core/people/perceptron';

// Sentences written for this test: names after titles and verbs of saying, a proclitic on a
// surname, a repeated name, a line break and punctuation.
const TEXT = [
  'قال الرئيس الفرنسي إيمانويل ماكرون إن المحادثات كانت مفيدة، وأضاف ماكرون أنه سيزور القاهرة.',
  'واستقبل وزير الخارجية سامح شكري نظيره الألماني في مكتبه.',
  'وقال شكري للصحفيين: "سنواصل العمل معا".',
  'كتب الروائي نجيب محفوظ أكثر من ثلاثين رواية، ولمحفوظ قراء كثيرون.',
].join('\n');

// More sentences written for this test, with words the first text does not have: prefixes and
// suffixes of new words, proclitics ("بنظيره", "للرئيس", "وأعلنت"), foreign names, digits and Latin letters.
const LATER_TEXT = [
  'التقى وزير الدفاع البريطاني جون هيلي بنظيره الفرنسي، وقال هيلي للصحفيين إن التعاون مستمر.',
  'وأعلنت المتحدثة باسم الحكومة ماريا زاخاروفا أن الوفد سيصل يوم 12 مارس إلى موسكو.',
  'كتبت الصحفية سوزان ميلر مقالاً عن شركة Apple، وذكرت فيه أن الرئيس التنفيذي تيم كوك غادر.',
  'وشكر الأمين العام أنطونيو غوتيريش للرئيس الكيني وليام روتو دعمه.',
].join('\n');

describe('tagger features as weight ids', () => {
  const model = taggerModel();

  // The model's first text is scored by building each feature string; later ones read an index
  // of the model: both must give every token the sums its feature strings give.
  function expectSameScores(text: string, scored: TaggerModel = model!): void {
    const { feats, ids, outside } = arabicFeatureForms(text, scored);
    const { w } = weightTable(scored);
    expect(ids.kinds.length).toBe(feats.length);
    const own = new Float64Array(TAG_COUNT);
    for (let i = 0; i < feats.length; i++) {
      if (outside[i]) continue;
      scores(scored, feats[i]!, own);
      const sum = new Float64Array(TAG_COUNT);
      for (let k = ids.start[i]!; k < ids.start[i + 1]!; k++) {
        for (let t = 0; t < TAG_COUNT; t++) sum[t] = sum[t]! + w[ids.ids[k]! * TAG_COUNT + t]!;
      }
      expect([...sum]).toEqual([...own]);
      expect(ids.kinds[i]).toBe(feats[i]![1]);
    }
    expect([...decodeViterbiIds(scored, ids, outside)]).toEqual([...decodeViterbi(scored, feats, outside)]);
  }

  it('score every token exactly as its feature strings do, and decode to the same tags', () => {
    expect(model).not.toBeNull();
    expectSameScores(TEXT);
  });

  it('do the same on a later text of new words (read from the model index)', () => {
    expectSameScores(LATER_TEXT);
  });

  it('do the same for words already read under another model (read again from the new index)', () => {
    // A copy of the model is a new WeakMap key: its own WeightTable, index and word lists, so the
    // word forms of TEXT, cached with the shipped model's ids, are worked out again for it.
    const copy: TaggerModel = { ...model! };
    expect(weightTable(copy)).not.toBe(weightTable(model!));
    // Its first text is read by building strings; a one-word text that TEXT does not hold uses
    // that up, so every word of TEXT then goes through the copy's index.
    expect(TEXT).not.toContain('مرحبا');
    arabicFeatureForms('مرحبا', copy);
    expectSameScores(TEXT, copy);
  });
});
