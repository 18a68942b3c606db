import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../../core/highlight/palette';
import { highlightCss, isDarkColour, STATIC_STYLE } from '../../../core/highlight/style';

describe('highlight stylesheet', () => {
  it('paints the three named highlights and the fallback marks in the chosen palette', () => {
    const css = highlightCss('colorblind', 'light');
    for (const [kind, colour] of Object.entries(PALETTES.colorblind.light)) {
      expect(css).toContain(`::highlight(gloss-${kind}) { background-color: ${colour}; color: #000000;`);
      expect(css).toContain(`gloss-mark[data-gloss-kind='${kind}']:not([data-gloss-hidden]) { background-color: ${colour}`);
    }
    expect(css).toContain('::highlight(gloss-flash)');
  });

  it('the static content-script CSS holds every rule of the STATIC_STYLE sheet (so none is adopted for it)', () => {
    const staticCss = readFileSync(resolve(__dirname, '../../../entrypoints/content/style.css'), 'utf8');
    const rules = highlightCss(STATIC_STYLE.palette, STATIC_STYLE.tone).split('\n');
    expect(rules.length).toBeGreaterThan(6);
    for (const rule of rules) expect(staticCss).toContain(rule);
    // No other colour rule that could make the static CSS paint differently.
    const colourRules = staticCss.split('\n').filter((line) => /background-color|color:/.test(line));
    expect(colourRules.sort()).toEqual([...rules].sort());
  });

  it('lets a flash win over the kind colours of a fallback mark', () => {
    const css = highlightCss('default', 'light');
    const flash = css.indexOf('[data-gloss-kind][data-gloss-flash]');
    expect(flash).toBeGreaterThan(css.lastIndexOf(":not([data-gloss-hidden])"));
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
