import { describe, expect, it } from 'vitest';
import { contrastRatio, HIGHLIGHT_TEXT, MIN_CONTRAST, PALETTES, relativeLuminance, type PaletteName, type ThemeName } from '../../../core/highlight/palette';

describe('highlight palettes', () => {
  it('computes WCAG contrast like the spec (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5);
  });

  for (const name of Object.keys(PALETTES) as PaletteName[]) {
    for (const theme of ['light', 'dark'] as ThemeName[]) {
      it(`${name}/${theme} keeps text contrast >= ${MIN_CONTRAST}:1 and three distinct colours`, () => {
        const colours = PALETTES[name][theme];
        for (const bg of Object.values(colours)) expect(contrastRatio(HIGHLIGHT_TEXT[theme], bg)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(new Set(Object.values(colours)).size).toBe(3);
      });
    }
  }
});
