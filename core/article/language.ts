/**
 * The article's language and direction. Language: the text's own script first (pages often
 * declare the site's language, not the article's), then the nearest lang attribute. Direction:
 * computed style where there is one (a browser), else the nearest dir attribute, else the language.
 */
import type { Dir } from '../types';
import { detectLanguage, directionOf, primaryLanguage } from '../text/lang';

/** Script ranges that name a language outright when they dominate the letters. */
const SCRIPT_LANGS: Array<[RegExp, string]> = [
  [/[\u0590-\u05FF]/g, 'he'],
  [/[\u3040-\u30FF]/g, 'ja'],
  [/[\uAC00-\uD7AF]/g, 'ko'],
  [/[\u4E00-\u9FFF]/g, 'zh'],
  [/[\u0400-\u04FF]/g, 'ru'],
  [/[\u0370-\u03FF]/g, 'el'],
  [/[\u0E00-\u0E7F]/g, 'th'],
  [/[\u0900-\u097F]/g, 'hi'],
];
/** Languages written in Arabic script that must not be relabelled Arabic. */
const ARABIC_SCRIPT_LANGS = new Set(['fa', 'ur', 'ps', 'ku', 'sd', 'ug']);
const LETTER = /\p{L}/gu;
const ANY_LETTER = /\p{L}/u;
/** Any character of SCRIPT_LANGS' ranges (most samples have none: their letters need no count). */
const OTHER_SCRIPT = /[\u0590-\u05FF\u3040-\u30FF\uAC00-\uD7AF\u4E00-\u9FFF\u0400-\u04FF\u0370-\u03FF\u0E00-\u0E7F\u0900-\u097F]/;

function declaredLang(el: Element | null, doc: Document): string {
  for (let e = el; e; e = e.parentElement) {
    const lang = e.getAttribute('lang') ?? e.getAttribute('xml:lang');
    if (lang) return lang;
  }
  return doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? '';
}

export function articleLanguage(doc: Document, el: Element | null, sample: string): string {
  const declared = declaredLang(el, doc);
  const primary = primaryLanguage(declared);
  const lang = detectLanguage(sample, declared);
  if (lang === 'ar') return ARABIC_SCRIPT_LANGS.has(primary) ? primary : 'ar';
  if (!ANY_LETTER.test(sample)) return lang;
  if (OTHER_SCRIPT.test(sample)) {
    const letters = sample.match(LETTER)?.length ?? 0;
    // Japanese uses Han too: kana anywhere decides it; otherwise the dominant script.
    for (const [re, code] of SCRIPT_LANGS) {
      const n = sample.match(re)?.length ?? 0;
      const share = code === 'ja' ? (n > letters * 0.05 ? 1 : 0) : n / letters;
      if (share > 0.4) {
        // Keep a declared language that is written in that script (uk, bg, sr for Cyrillic …).
        if (code === 'ru' && primary && primary !== 'en') return primary;
        if (code === 'zh' && (primary === 'ja' || primary === 'zh')) return primary;
        return code;
      }
    }
  }
  // Latin script under a non-Latin declaration is mislabelled markup.
  if (['he', 'ja', 'ko', 'zh', 'ru', 'el', 'th', 'hi', 'ar'].includes(primary)) return 'en';
  return lang;
}

export function articleDirection(doc: Document, el: Element | null, lang: string): Dir {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (el && view && typeof view.getComputedStyle === 'function') {
    try {
      const d = view.getComputedStyle(el).direction;
      if (d === 'rtl') return 'rtl';
      if (d === 'ltr' && hasDirAttribute(el)) return 'ltr';
    } catch {
      // Not a rendered document: fall through to markup.
    }
  }
  for (let e = el; e; e = e.parentElement) {
    const dir = e.getAttribute('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return directionOf(lang);
}

function hasDirAttribute(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.hasAttribute('dir')) return true;
  return false;
}
