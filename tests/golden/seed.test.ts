/**
 * The acceptance example: the seed article, both as the saved text in ../shared and as the bundled
 * sample page, scored against its gold. Skips (saying why) where ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../cli/load-page';
import { annotateDocument } from '../../core/annotate';
import { plainTextToHtml } from '../../core/article';
import { hasSeedGold, loadSeedGold, scoreSeed, SEED_TXT } from '../../scripts/lib/seed-gold';

const present = hasSeedGold();
if (!present) console.log('golden seed test skipped: ../shared/seed (article-ar.txt and its gold) is absent');

describe.skipIf(!present)('seed article against its gold', () => {
  const gold = present ? loadSeedGold() : undefined;
  const pages = {
    'saved text': () => plainTextToHtml(readFileSync(SEED_TXT, 'utf8')),
    'sample page': () => readFileSync('samples/seed-ar.html', 'utf8'),
  };

  for (const [name, html] of Object.entries(pages)) {
    describe(name, () => {
      // Computed in a hook, not at collection: collection runs even when the suite is skipped.
      let result: ReturnType<typeof annotateDocument> = null;
      let score: ReturnType<typeof scoreSeed> | undefined;
      beforeAll(() => {
        result = annotateDocument(htmlToDocument(html()));
        score = result && gold ? scoreSeed(result.annotation, gold) : undefined;
      });

      it('finds the body exactly', () => {
        expect(score?.body).toEqual({ startsRight: true, endsRight: true, notBodyKept: [] });
      });
      it('finds the six people with every mention in the body and no one else', () => {
        expect(score!.people.foundMentions).toBe(score!.people.expectedMentions);
        expect(score!.people.falsePeople).toEqual([]);
        expect(new Set(result!.annotation.people.map((p) => p.name)).size).toBe(6);
      });
      it('finds the six claims exactly and none of the dates', () => {
        expect(score!.problems.filter((p) => p.startsWith('claim') || p.startsWith('date'))).toEqual([]);
        expect(score!.claims.exact).toBe(6);
        expect(result!.annotation.claims).toHaveLength(6);
      });
      it('finds at least 10 of the 14 terms', () => {
        expect(score!.terms.found.length).toBeGreaterThanOrEqual(10);
      });
    });
  }
});
