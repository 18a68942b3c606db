import { isArabicText } from './arabic';

/**
 * The article's language: the text's own script wins over markup, because pages often declare
 * the site's language rather than the article's. Returns a BCP 47 primary subtag.
 */
/** A BCP 47 primary language subtag; anything else in a page's lang attribute is ignored. */
const PRIMARY_SUBTAG = /^[a-z]{2,3}$/;

/** The primary subtag of a declared language ("en-GB" -> "en"), or '' when it is not one. */
export function primaryLanguage(declared?: string | null): string {
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return PRIMARY_SUBTAG.test(primary) ? primary : '';
}

export function detectLanguage(text: string, declared?: string | null): string {
  const primary = primaryLanguage(declared);
  if (isArabicText(text)) return 'ar';
  if (primary && primary !== 'ar') return primary;
  return 'en';
}

const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ku']);

export function directionOf(lang: string): 'rtl' | 'ltr' {
  return RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
}
