import { describe, expect, it } from 'vitest';
import { wordSet as words } from '../../../core/people/arabic-words';
import * as LEX from '../../../core/people/data/ar-lexicon';

// A word on a never-a-name list is forced outside every name (arabic-words.ts gives it the stop
// class first), so a given name also written there could never be found: "لولا" (Lula) or
// "صوفيا" (Sofia) put among function words or places would silently vanish from the given names.
// "علي" and "صباح" are the known exceptions: "on" and "morning" as often as names.
const BOTH_WORD_AND_NAME = new Set(['علي', 'صباح']);

describe('Arabic lexicon lists', () => {
  const never = new Set([...words(LEX.STOP), ...words(LEX.NOT_PEOPLE)]);
  for (const list of ['GIVEN_ARABIC', 'GIVEN_AMBIGUOUS', 'GIVEN_FOREIGN'] as const) {
    it(`keeps ${list} off the stop and not-people lists`, () => {
      const clashes = [...words(LEX[list])].filter((w) => never.has(w) && !BOTH_WORD_AND_NAME.has(w));
      expect(clashes).toEqual([]);
    });
  }
});
