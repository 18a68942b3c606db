/**
 * UI strings for the side panel and options page, in Arabic and English.
 *
 * `browser.i18n` answers in the browser's language only and cannot switch at runtime, but the
 * reader may pick the UI language in settings. So both `_locales` files are bundled and looked up
 * here; the same files still serve `__MSG_*__` in the manifest. Placeholders are Chrome's `$1`..`$9`
 * substitutions, so a message reads the same through `browser.i18n.getMessage`.
 *
 * Pure module (no browser APIs): the panel, the options page and the unit tests all use it.
 */
import ar from '../public/_locales/ar/messages.json';
import en from '../public/_locales/en/messages.json';

export type UiLang = 'ar' | 'en';
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, ...subs: Array<string | number>) => string;

type Catalog = Record<string, { message: string } | undefined>;
const CATALOGS: Record<UiLang, Catalog> = { ar, en };

/** Chrome substitution markers: $1..$9 (a literal dollar is written $$). */
const SUBSTITUTION = /\$(\$|[1-9])/g;

/** The settings value wins; 'auto' follows the browser's UI language (any "ar-*" is Arabic). */
export function resolveUiLang(setting: 'auto' | UiLang | undefined, browserLang: string | undefined): UiLang {
  if (setting === 'ar' || setting === 'en') return setting;
  return (browserLang ?? '').toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export const dirOf = (lang: UiLang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

/** Looks a key up in `lang`, falling back to English, then to the key itself (never throws). */
export function translate(lang: UiLang, key: MessageKey, ...subs: Array<string | number>): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  return entry.message.replace(SUBSTITUTION, (_m, what: string) => {
    if (what === '$') return '$';
    const sub = subs[Number(what) - 1];
    return sub === undefined ? '' : String(sub);
  });
}

export const makeTranslate = (lang: UiLang): Translate => (key, ...subs) => translate(lang, key, ...subs);

/** Keys that come in CLDR plural forms: `<base>_zero|one|two|few|many|other`. */
export type PluralBase = 'mentions' | 'occurrences';

/**
 * A counted phrase in the right plural form: Arabic has six (إشارة واحدة، إشارتان، ٣ إشارات،
 * ١١ إشارة...), English two. Exact 0/1/2 use the zero/one/two messages in both languages.
 */
export function plural(lang: UiLang, base: PluralBase, n: number, shown: string = String(n)): string {
  const exact = n === 0 ? 'zero' : n === 1 ? 'one' : n === 2 ? 'two' : undefined;
  const category = exact ?? new Intl.PluralRules(lang).select(n);
  const key = `${base}_${category}` as MessageKey;
  const fallback = `${base}_other` as MessageKey;
  return CATALOGS[lang][key] || CATALOGS.en[key] ? translate(lang, key, shown) : translate(lang, fallback, shown);
}

/** Keys of both catalogs, for the test that keeps them in step. */
export const catalogKeys = (lang: UiLang): string[] => Object.keys(CATALOGS[lang]);
