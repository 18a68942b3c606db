import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../../core/highlight/palette';
import { highlightCss, isDarkColour } from '../../../core/highlight/style';

describe('highlight stylesheet', () => {
  it('paints the three named highlights and the fallback marks in the chosen palette', () => {
    const css = highlightCss('colorblind', 'light');
    for (const [kind, colour] of Object.entries(PALETTES.colorblind.light)) {
      expect(css).toContain(`::highlight(gloss-${kind}) { background-color: ${colour}; color: #000000;`);
      expect(css).toContain(`gloss-mark[data-gloss-kind='${kind}']:not([data-gloss-hidden]) { background-color: ${colour}`);
    }
    expect(css).toContain('::highlight(gloss-flash)');
  });

  it('uses white text on the dark variants', () => {
    expect(highlightCss('default', 'dark')).toContain(`background-color: ${PALETTES.default.dark.person}; color: #ffffff;`);
  });

  it('tells dark page backgrounds from light and transparent ones', () => {
    expect(isDarkColour('rgb(18, 18, 18)')).toBe(true);
    expect(isDarkColour('rgb(250, 250, 250)')).toBe(false);
    expect(isDarkColour('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(isDarkColour('rgb(20 20 20 / 90%)')).toBe(true);
    expect(isDarkColour('transparent')).toBeUndefined();
  });
});
