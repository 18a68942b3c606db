import { describe, expect, it } from 'vitest';
import { arabicFeatureForms, arabicTrainingView } from '../../../core/people/arabic';
import type { TaggerModel } from '../../../core/people/perceptron';
import { mentionTexts } from './checked';

/**
 * A model with no weights and the word lists a trained one would ship: folded everyday words,
 * and no words seen inside names. The forced-outside mask does not depend on the weights.
 */
const withLists: TaggerModel = { about: 'test', weights: {}, common: 'المدينه الشعب الطبع مدينه', names: '' };
const noLists: TaggerModel = { about: 'test', weights: {} };

/** Whether the word `word` of `text` is forced outside names at detection (sentences written for these tests). */
function shut(text: string, word: string, model: TaggerModel = withLists): boolean {
  const { outside } = arabicFeatureForms(text, model);
  const i = tokenIndex(text, word);
  return outside[i] === 1;
}
function tokenIndex(text: string, word: string): number {
  const i = arabicTrainingView(text).tokens.findIndex((t) => t.text === word);
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

describe('name words the word reader files as function words', () => {
  it('opens a stop-list word after a kunya head or "آل", and keeps it shut elsewhere', () => {
    expect(shut('استقبل الشيخ سعود بن ناصر آل ثاني الوفد أمس .', 'ثاني')).toBe(false);
    expect(shut('وصل الوفد في اليوم ثاني أيام المؤتمر .', 'ثاني')).toBe(true);
    expect(shut('ذكر الكاتب سيرة علي بن أبي طالب في كتابه .', 'طالب')).toBe(false);
    expect(shut('وقال المتحدث طالب الوزير بالتحقيق .', 'طالب')).toBe(true);
    // A function word with the article's shape stays shut: "أبي الذي" is "my father who".
    expect(shut('وقال إن أبي الذي علمني القراءة توفي .', 'الذي')).toBe(true);
  });

  it('keeps every hidden name word shut in training text (the tagger learns them as unknown words)', () => {
    const text = 'استقبل الشيخ سعود بن ناصر آل ثاني الوفد أمس .';
    expect(arabicTrainingView(text).outside[tokenIndex(text, 'ثاني')]).toBe(1);
  });

  it('opens a بال/كال word the text writes after a given name, wherever it stands', () => {
    const text = 'انضم اللاعب مايكل بالاك إلى الفريق . وقال المدرب إن بالاك جاهز .';
    const { outside } = arabicFeatureForms(text, withLists);
    const at = arabicTrainingView(text).tokens.flatMap((t, i) => (t.text === 'بالاك' ? [outside[i]] : []));
    expect(at).toEqual([0, 0]);
  });

  it('keeps a preposition + everyday article word shut, even right after a given name', () => {
    expect(shut('التقى محمد بالمدينة وفدا من التجار .', 'بالمدينة')).toBe(true);
    // A بال word with no given name before it anywhere in the text stays shut too.
    expect(shut('وصل الوفد بالاك إلى المدينة .', 'بالاك')).toBe(true);
    // Without the tagger's word lists no بال word is opened.
    expect(shut('انضم اللاعب مايكل بالاك إلى الفريق .', 'بالاك', noLists)).toBe(true);
  });

  it('opens و + an article surname the text writes after a given name, not و + an everyday word', () => {
    const text = 'قال الوزير إبراهيم الجعفري إن الحوار مستمر . واجتمع الحكيم والجعفري والشعب أمس .';
    expect(shut(text, 'والجعفري')).toBe(false);
    expect(shut(text, 'والشعب')).toBe(true);
    // An ordinal the text writes in a regnal name stays shut after و.
    expect(shut('وصل الملك عبد الله الثاني أمس . وفي اليوم الأول والثاني زار المعرض .', 'والثاني')).toBe(true);
  });
});

describe('hidden name words with the shipped tagger (sentences written for these tests)', () => {
  it('finds a family name after "آل" and a kunya name whole', () => {
    expect(mentionTexts('استقبل الشيخ سعود بن ناصر آل ثاني الوفد الزائر أمس في الدوحة .', 'ar')).toEqual(['سعود بن ناصر آل ثاني']);
    expect(mentionTexts('ذكر المؤرخ أن علي بن أبي طالب تولى الخلافة بعد عثمان .', 'ar')).toContain('علي بن أبي طالب');
  });

  it('finds a foreign surname that looks like preposition + article, in full and alone', () => {
    const text = 'انضم اللاعب الألماني مايكل بالاك إلى الفريق الإنجليزي . وقال المدرب إن بالاك جاهز للمباراة .';
    expect(mentionTexts(text, 'ar')).toEqual(['مايكل بالاك', 'بالاك']);
  });

  it('leaves a preposition + everyday word after a given name out of the name', () => {
    expect(mentionTexts('التقى محمد بالمدينة وفدا من التجار .', 'ar')).toEqual(['محمد']);
    expect(mentionTexts('وصل الوفد في اليوم ثاني أيام المؤتمر .', 'ar')).toEqual([]);
  });
});
