/**
 * Highlight colours that follow the reader's palette and the page's own tone. The stylesheet is
 * adopted (document.adoptedStyleSheets), so no element is added to the page; where adopting is not
 * possible the static content-script CSS (default palette) stays in force.
 */
import { highlightCss, isDarkColour, STATIC_STYLE } from '../../core/highlight/style';
import type { ThemeName } from '../../core/highlight/palette';
import type { Settings } from '../settings-defaults';

/** Dark or light, from the first opaque background behind the article (or the page). */
export function pageTone(from: Element | null): ThemeName {
  const win = from?.ownerDocument.defaultView;
  for (let el = from; el && win; el = el.parentElement) {
    const dark = isDarkColour(win.getComputedStyle(el).backgroundColor);
    if (dark !== undefined) return dark ? 'dark' : 'light';
  }
  return 'light';
}

/** What the static content-script CSS already paints (see STATIC_STYLE). */
const STATIC_CSS = highlightCss(STATIC_STYLE.palette, STATIC_STYLE.tone);

export class PageStyle {
  private sheet: CSSStyleSheet | undefined;
  /** The rules in force: the static CSS's until a sheet is adopted. */
  private css = STATIC_CSS;

  constructor(private readonly doc: Document) {}

  apply(settings: Settings, articleElement: Element | null): void {
    const css = highlightCss(settings.palette, pageTone(articleElement));
    if (css === this.css) return;
    this.css = css;
    // The static CSS paints these already: adopting the same rules would only restyle the page.
    if (!this.sheet && css === STATIC_CSS) return;
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in this.doc)) return; // static CSS only
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      }
      this.sheet.replaceSync(css);
    } catch (e) {
      // Some engines refuse sheets built in a content script's world: keep the static CSS.
      console.debug('[gloss] palette stylesheet not adopted', e);
    }
  }

  remove(): void {
    if (!this.sheet) return;
    try {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    } catch {
      // Nothing was adopted.
    }
    this.sheet = undefined;
    this.css = STATIC_CSS;
  }
}
