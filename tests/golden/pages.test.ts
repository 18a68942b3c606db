/**
 * Golden pages (in the repo, so they run everywhere): the body's edges and every person, claim and
 * term found must match the reviewed expectation. `npm run golden:update` rewrites them after a
 * deliberate change; review that diff like code.
 */
import { describe, expect, it } from 'vitest';
import { goldenPages, readExpected, summarise } from './golden-pages';

describe('golden pages', () => {
  for (const page of goldenPages()) {
    it(`${page.name} matches its reviewed expectation`, () => {
      const expected = readExpected(page);
      expect(expected, `missing ${page.expectedPath}: run npm run golden:update and review it`).toBeDefined();
      expect(summarise(page.html())).toEqual(expected);
    });
  }

  it('keeps boilerplate out of the English page body', () => {
    const page = goldenPages().find((p) => p.name === 'en-rates')!;
    const s = summarise(page.html());
    expect(s.article?.starts).toMatch(/^The European Central Bank/);
    expect(JSON.stringify(s)).not.toMatch(/Read also|Maria Alvarez|newsletter|Most read|Back to top/);
    expect(s.claims?.some((c) => /2024|2025|March 12/.test(String(c[0])))).toBe(false);
  });
});
