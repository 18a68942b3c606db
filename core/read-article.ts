/**
 * The cheap half of the pipeline, which must run where the page is: find the body and index its
 * text. Detection (the costly half, with all the data) can then run anywhere, on `article.text`.
 * Kept apart from annotate.ts so the content script bundles no detector and no data.
 */
import { findArticle, type ArticleBody } from './article';
import { detectLanguage, directionOf } from './text/lang';
import { TextIndex } from './text/text-index';
import type { ArticleInfo } from './types';

export interface ArticleText {
  article: ArticleInfo;
  body: ArticleBody;
  index: TextIndex;
}

/** The article of `doc` with its text index; null when the page holds no article text. */
export function readArticle(doc: Document): ArticleText | null {
  const body = findArticle(doc);
  if (!body) return null;
  const index = TextIndex.fromBlocks(body.blocks, { skip: body.skip });
  if (!index.text.trim()) return null;
  const lang = body.lang || detectLanguage(index.text, doc.documentElement.getAttribute('lang'));
  const dir = body.dir ?? directionOf(lang);
  return { article: { title: body.title, text: index.text, lang, dir }, body, index };
}
