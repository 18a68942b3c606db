/**
 * Mirror the UI language, direction and theme onto the extension page's own <html> (not the
 * reader's page): scrollbars and form controls follow `dir`, `color-scheme` follows the theme,
 * and assistive tech reads the right language.
 */
import { useEffect } from 'preact/hooks';
import { dirOf, type UiLang } from '../../utils/i18n';
import type { ThemeName } from '../../core/highlight/palette';

export function useDocumentChrome(lang: UiLang, theme: ThemeName, title: string): void {
  useEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = dirOf(lang);
    html.dataset.theme = theme;
    document.title = title;
  }, [lang, theme, title]);
}
