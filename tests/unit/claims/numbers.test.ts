import { describe, expect, it } from 'vitest';
import { parseNumbers } from '../../../core/claims';

/** [input, lang, expected values in order] — every number mention, dates and years included. */
const CASES: [string, string, number[]][] = [
  ['1,550 and 1.550 and 1 550', 'en', [1550, 1.55, 1550]],
  ['1.550 Mitarbeiter', 'de', [1550]],
  ['١٬٥٥٠ و٣٫٥ و٠,٠٨', 'ar', [1550, 3.5, 0.08]],
  ['۱۲۳۴ نفر', 'ar', [1234]],
  ['12,34,567.89 rupees', 'en', [1234567.89]],
  ['192.168.1.2', 'en', [192, 168, 1, 2]],
  ['2.5 billion and 10k and 1.2bn and $3 mln', 'en', [2.5e9, 1e4, 1.2e9, 3e6]],
  ['خمسة ملايين و2.5 مليار وألف', 'ar', [5e6, 2.5e9, 1000]],
  ['عشرات الآلاف', 'ar', [10000]],
  ['twenty-one trillion three hundred', 'en', [21000000000300]],
  ['one hundred and sixty-one', 'en', [161]],
  ['مائة وواحد وستون', 'ar', [161]],
  ['ثلاث مائة وواحد وثلاثون', 'ar', [331]],
  ['اثنا عشر وأحد عشر وإحدى عشرة', 'ar', [12, 11, 11]],
  ['بألفين ومائتين', 'ar', [2200]],
  ['٤ آلاف ٣ مائة و ٢١', 'ar', [4321]],
  ['two thirds, three quarters, one and a half', 'en', [2 / 3, 0.75, 1.5]],
  ['ثلاثة أرباع وواحد ونصف ونصف', 'ar', [0.75, 1.5, 0.5]],
  ['half a dozen and 3 dozens', 'en', [6, 36]],
  ['minus five point five', 'en', [-5.5]],
  ['سالب ٥ و-٣', 'ar', [-5, -3]],
  ['1e10 and 1.1^2', 'en', [1e10, 1.21]],
  ['3/4 and 2 1/4', 'en', [0.75, 2.25]],
  ['5/17/2018', 'en', [5, 17, 2018]],
  ['لمدة خمس سنوات وخمس الفطيرة', 'ar', [5, 0.2]],
  // parseNumbers reads every possible number; detectClaims drops these (see claims.test.ts).
  ['ثمن السلعة مرتفع', 'ar', [0.125]],
  ['No one knows; someone came', 'en', [1]],
  ['the price rose', 'en', []],
];

describe('parseNumbers', () => {
  for (const [text, lang, values] of CASES) {
    it(`${lang}: ${text}`, () => {
      const got = parseNumbers(text, lang);
      expect(got.map((m) => m.text === text.slice(m.start, m.end))).toEqual(got.map(() => true));
      expect(got.length, JSON.stringify(got.map((g) => [g.text, g.value]))).toBe(values.length);
      got.forEach((m, i) => expect(m.value).toBeCloseTo(values[i]!, 6));
    });
  }

  it('marks bare digit runs as plain (the shape of years and identifiers)', () => {
    const [a, b, c] = parseNumbers('2010 and 1,550 and 12.5', 'en');
    expect([a!.plain, b!.plain, c!.plain]).toEqual([true, false, false]);
  });
});
