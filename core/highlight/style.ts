/**
 * The page's highlight stylesheet for one palette and page tone, for the Highlight API and for the
 * fallback marks alike. The static content-script CSS paints the default palette before this loads.
 */
import type { ItemKind } from '../panel-model';
import { FALLBACK_TAG, FLASH_NAME, HIGHLIGHT_KINDS, HIGHLIGHT_NAME } from './kinds';
import { HIGHLIGHT_TEXT, paletteFor, type PaletteName, type ThemeName } from './palette';

/** The flash after a panel click: strong enough to find at a glance on either tone. */
const FLASH = { light: '#ff8a65', dark: '#d84315' } as const;
/** Terms get a dotted underline too, so the three kinds differ by more than hue. */
const TERM_UNDERLINE = 'underline dotted';

/**
 * The palette and tone the static content-script CSS (entrypoints/content/style.css) paints, rule
 * for rule: with these, no stylesheet is adopted, since adopting one makes the browser restyle every
 * element of the page (tens of milliseconds on a very long page).
 */
export const STATIC_STYLE: { palette: PaletteName; tone: ThemeName } = { palette: 'default', tone: 'light' };

export function highlightCss(palette: PaletteName, tone: ThemeName): string {
  const colours = paletteFor(palette, tone);
  const text = HIGHLIGHT_TEXT[tone];
  const decoration = (kind: ItemKind) => (kind === 'term' ? ` text-decoration: ${TERM_UNDERLINE};` : '');
  const rules: string[] = [];
  for (const kind of HIGHLIGHT_KINDS) {
    const body = `background-color: ${colours[kind]}; color: ${text};${decoration(kind)}`;
    rules.push(`::highlight(${HIGHLIGHT_NAME[kind]}) { ${body} }`);
    rules.push(`${FALLBACK_TAG}[data-gloss-kind='${kind}']:not([data-gloss-hidden]) { ${body} }`);
  }
  // [data-gloss-kind] lifts the fallback flash to the kind rules' specificity; last, so it wins.
  rules.push(`::highlight(${FLASH_NAME}), ${FALLBACK_TAG}[data-gloss-kind][data-gloss-flash] { background-color: ${FLASH[tone]}; color: ${text}; }`);
  return rules.join('\n');
}

/** Luminance below which a background counts as dark (WCAG relative luminance, 0..1). */
const DARK_LUMINANCE = 0.2;

/** Whether a computed `rgb()/rgba()` background colour is dark; undefined when transparent. */
export function isDarkColour(css: string): boolean | undefined {
  const m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = parseFloat(v!) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < DARK_LUMINANCE;
}
