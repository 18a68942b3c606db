/**
 * Highlight colours, shared by the panel's legend and the page highlighter so a swatch in the panel
 * is exactly the colour on the page. Pure data plus the WCAG contrast maths that justifies it.
 *
 * Backgrounds are chosen so the highlighted text keeps a contrast ratio of at least 4.5:1 (WCAG AA
 * for body text): black text on the light variants, white text on the dark ones. The unit tests
 * check every pair.
 */
import type { ItemKind } from '../panel-model';

export type PaletteName = 'default' | 'colorblind';
export type ThemeName = 'light' | 'dark';
export type KindColours = Record<ItemKind, string>;
export type Palette = Record<ThemeName, KindColours>;

/** Text colour drawn on top of a highlight in each theme. */
export const HIGHLIGHT_TEXT: Record<ThemeName, string> = { light: '#000000', dark: '#ffffff' };

/** The minimum ratio the palettes must keep against HIGHLIGHT_TEXT. */
export const MIN_CONTRAST = 4.5;

export const PALETTES: Record<PaletteName, Palette> = {
  // Amber / cyan / violet: three hues far apart on the wheel, soft enough not to shout on a page.
  default: {
    light: { person: '#ffd54f', claim: '#80deea', term: '#ce93d8' },
    dark: { person: '#7a5c00', claim: '#00626e', term: '#6a1b9a' },
  },
  // Okabe–Ito orange / sky blue / reddish purple, distinguishable with protan, deutan and tritan
  // vision; the dark variants keep the hues but darken them to carry white text.
  colorblind: {
    light: { person: '#e69f00', claim: '#56b4e9', term: '#cc79a7' },
    dark: { person: '#8a5a00', claim: '#0072b2', term: '#8e3a6e' },
  },
};

export function paletteFor(name: PaletteName, theme: ThemeName): KindColours {
  return (PALETTES[name] ?? PALETTES.default)[theme];
}

/** Relative luminance of a #rrggbb colour (WCAG 2.x definition). */
export function relativeLuminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
