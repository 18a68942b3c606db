/**
 * Found by fuzzing: the article's language used to be the page's lang attribute as written, so a
 * page could hand detection an arbitrary string (and a sloppy `lang="{{lang}}"` a nonsense tag),
 * ending in an error state. Only a primary subtag (/^[a-z]{2,3}$/) is taken now.
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

  it('is a language tag whatever the page declares', () => {
    for (const lang of ['averyveryverylonglanguagenamethatgoeson', '{{lang}}', 'x']) {
      expect(readArticle(withLang(lang).doc)?.article.lang, lang).toMatch(/^[a-z]{2,3}$/);
    }
  });
});
