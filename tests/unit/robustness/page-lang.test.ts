/**
 * KNOWN GAP (reported to the lead): the article's language comes from the page's lang attribute
 * as written (its primary subtag, unchecked), so a page decides an arbitrary string. The content
 * script sends it to the background's `detect`, which refuses a language over 20 characters
 * (utils/background/detect.ts), and the validator over 35: on such a page Gloss ends in an error
 * state and paints nothing. A sloppy template (`lang="{{lang}}"`) gets a nonsense tag too.
 *
 * Suggested fix (core/text/lang.ts detectLanguage, core/article/language.ts declaredLang): take a
 * declared primary subtag only when it matches /^[a-z]{2,3}$/, else ignore the declaration.
 * `it.fails` until then: when it passes, remove `.fails`.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../core/read-article';
import { generatedPages } from '../../fixtures/generated-pages';
import { loadPage, NEWS_URL } from './harness';

const plain = generatedPages().find((p) => p.path === '/world/plain')!;
const withLang = (lang: string) => loadPage(plain.html.replace('lang="en"', `lang="${lang}"`), NEWS_URL + plain.path);

describe("the article language from a page's lang attribute", () => {
  it('normalises ordinary tags', () => {
    expect(readArticle(withLang('en_US').doc)?.article.lang).toBe('en');
    expect(readArticle(withLang('EN-gb').doc)?.article.lang).toBe('en');
  });

  it.fails('is a language tag whatever the page declares', () => {
    for (const lang of ['averyveryverylonglanguagenamethatgoeson', '{{lang}}', 'x']) {
      expect(readArticle(withLang(lang).doc)?.article.lang, lang).toMatch(/^[a-z]{2,3}$/);
    }
  });
});
