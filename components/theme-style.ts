/**
 * CSS custom properties for a root element: the highlight colours of the chosen palette in the
 * resolved theme, so swatches in the panel match the page exactly (see palette.ts).
 */
import { HIGHLIGHT_TEXT, paletteFor, type PaletteName, type ThemeName } from '../core/highlight/palette';

export function themeVars(palette: PaletteName, theme: ThemeName): Record<string, string> {
  const c = paletteFor(palette, theme);
  return {
    '--hl-person': c.person,
    '--hl-claim': c.claim,
    '--hl-term': c.term,
    '--hl-text': HIGHLIGHT_TEXT[theme],
  };
}
