import { describe, expect, it } from 'vitest';
import { arabicTrainingView } from '../../../core/people/arabic';

// Sentences written for this test.
const featsOf = (text: string, word: string) => {
  const view = arabicTrainingView(text);
  const i = view.tokens.findIndex((t) => t.text === word);
  expect(i).toBeGreaterThanOrEqual(0);
  return view.feats[i]!;
};

describe('Arabic tagger features: a nationality before a name', () => {
  it('marks the word after a definite nisba adjective, and the one after that', () => {
    const text = 'وفاز التشيكي توماش نوفاك بالمباراة، وخسرت البرتغالية ماريا سيلفا.';
    expect(featsOf(text, 'توماش')).toContain('n-1=m|given');
    expect(featsOf(text, 'نوفاك')).toContain('n-2=m|given');
    expect(featsOf(text, 'سيلفا')).toContain('n-2=f|given');
  });

  it('does not mark words after a bare adjective or a plural', () => {
    const text = 'قال مسؤول تشيكي نوفاك إن اللاعبين نوفاك وصلوا.';
    const view = arabicTrainingView(text);
    // Both "نوفاك": after the bare "تشيكي" and after the plural "اللاعبين".
    const at = view.tokens.flatMap((t, i) => (t.text === 'نوفاك' ? [i] : []));
    expect(at).toHaveLength(2);
    for (const i of at) expect(view.feats[i]!.some((f) => f.startsWith('n-1=') || f.startsWith('n-2='))).toBe(false);
  });
});
