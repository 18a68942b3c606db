import { describe, expect, it } from 'vitest';
import { detectPeople } from '../../../core/people';
import { arabicTrainingView } from '../../../core/people/arabic';
import { decodeViterbi, TAG_B, TAG_I, TAG_O } from '../../../core/people/perceptron';
import { toExamples, trainOnLines, trainTagger, wordListsOf } from '../../../scripts/lib/arabic-tagger-training';

const texts = (text: string) => detectPeople(text, 'ar').map((m) => m.text);

describe('Arabic tagger edges (sentences written for these tests)', () => {
  it('keeps a role phrase set off by a comma out of the name', () => {
    const text = 'قال مسؤول عسكري فرنسي رفيع، جان بيير مارتان، إن الوضع هادئ.';
    const found = detectPeople(text, 'ar');
    expect(found.map((m) => m.text)).toEqual(['جان بيير مارتان']);
    expect(found[0]!.role).toBe('مسؤول عسكري فرنسي رفيع');
  });

  it('reads a known surname with a preposition as that surname alone, not the start of a longer name', () => {
    const text = 'استقبل الرئيس الأمريكي جو بايدن ضيوفه. ورأى مراقبون أن لبايدن تأثيرا كبيرا في القرار.';
    expect(texts(text)).toEqual(['جو بايدن', 'لبايدن']);
    expect(new Set(detectPeople(text, 'ar').map((m) => m.name))).toEqual(new Set(['جو بايدن']));
  });

  it('keeps a name whole when its first word ends another name in the text, if a sure name word follows', () => {
    const text = 'التقى الوزير أحمد محمد بالصحفيين أمس. وكان المطرب محمد عبدالوهاب قد غنى في الحفل.';
    expect(texts(text)).toEqual(['أحمد محمد', 'محمد عبدالوهاب']);
  });

  it('does not read a regnal number alone as a later mention of the king', () => {
    const text = 'وصل الملك الحسن الثاني إلى المدينة. وفي اليوم الثاني زار المعرض.';
    expect(texts(text)).toEqual(['الحسن الثاني']);
  });

  it('does not run a later bare surname into the word after it', () => {
    const text = 'وقال الكاتب المصري نجيب محفوظ إن الرواية تحتاج صبرا. وكتب محفوظ روايته الأولى شابا.';
    const found = detectPeople(text, 'ar');
    expect(found.map((m) => m.text)).toEqual(['نجيب محفوظ', 'محفوظ']);
    expect(new Set(found.map((m) => m.name))).toEqual(new Set(['نجيب محفوظ']));
  });
});

describe('Arabic tagger training', () => {
  // A toy corpus: "سامر" names follow "قال", the same shape elsewhere is no name.
  const lines = [
    { text: 'قال سامر كنعان إن الجو جميل .', people: [{ start: 4, end: 14, text: 'سامر كنعان' }] },
    { text: 'ذهب الولد إلى البيت .', people: [] },
    { text: 'قال سامر كنعان إن البحر هادئ .', people: [{ start: 4, end: 14, text: 'سامر كنعان' }] },
    { text: 'جاء المعلم إلى المدرسة .', people: [] },
  ];

  it('learns the gold tags of what it was trained on, decoding as the detector does', () => {
    const model = trainTagger(toExamples(lines), 'toy', { epochs: 5, minCount: 1, pruneBelow: 0 });
    const view = arabicTrainingView(lines[0]!.text);
    const tags = [...decodeViterbi(model, view.feats, view.outside)];
    const byWord = Object.fromEntries(view.tokens.map((t, i) => [t.text, tags[i]]));
    expect(byWord['سامر']).toBe(TAG_B);
    expect(byWord['كنعان']).toBe(TAG_I);
    expect(byWord['الجو']).toBe(TAG_O);
  });

  it('gives the same model for the same data (fixed shuffling seed)', () => {
    const a = trainTagger(toExamples(lines), 'toy', { epochs: 3, minCount: 1 });
    const b = trainTagger(toExamples(lines), 'toy', { epochs: 3, minCount: 1 });
    expect(a).toEqual(b);
  });
});

describe('Arabic tagger word lists (sentences written for these tests)', () => {
  const lines = [
    { text: 'قال سامر كنعان إن الجو جميل .', people: [{ start: 4, end: 14, text: 'سامر كنعان' }] },
    { text: 'ذهب الولد إلى البيت .', people: [] },
    { text: 'قال سامر كنعان إن البحر هادئ .', people: [{ start: 4, end: 14, text: 'سامر كنعان' }] },
    { text: 'ذهب الولد إلى المدرسة .', people: [] },
  ];

  it('lists words written outside names twice as common and words written inside names as names', () => {
    const lists = wordListsOf(lines);
    expect(lists.common.has('الولد')).toBe(true);
    expect(lists.common.has('كنعان')).toBe(false);
    expect(lists.names.has('كنعان')).toBe(true);
    expect(lists.names.has('الولد')).toBe(false);
  });

  it('marks an unknown word off the common list as rare, and a names-list word as such', () => {
    const lists = wordListsOf(lines);
    const view = arabicTrainingView('قال كنعان إن الولد هنا وزيدوف غائب .', lists);
    const at = (word: string) => view.feats[view.tokens.findIndex((t) => t.text === word)]!;
    expect(at('كنعان')).toContain('rare');
    expect(at('كنعان')).toContain('gz|rare');
    expect(at('الولد')).not.toContain('rare');
    expect(at('وزيدوف')).toContain('rare');
    // Without lists (a model trained before them) none of these features appear.
    const bare = arabicTrainingView('قال كنعان إن الولد هنا .');
    expect(bare.feats.flat()).not.toContain('rare');
  });

  it('ships the lists inside the model, so detection reads the same lists as training', () => {
    const model = trainOnLines(lines, 'toy', { epochs: 3, minCount: 1 });
    expect(model.common?.split(' ')).toContain('الولد');
    expect(model.names?.split(' ')).toContain('سامر');
  });
});
