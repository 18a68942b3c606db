/**
 * The cheap half of the pipeline, which must run where the page is: find the body and index its
 * text. Detection (the costly half, with all the data) can then run anywhere, on `article.text`.
 * Kept apart from annotate.ts so the content script bundles no detector and no data.
 */
import { findArticleSteps, type ArticleBody, type FindOptions } from './article';
import { runSteps, type Steps } from './steps';
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
  return runSteps(readArticleSteps(doc));
}

/** readArticle in stages (core/steps.ts), for a page that must not be held up on a huge document. */
export function* readArticleSteps(doc: Document, options: FindOptions = {}): Steps<ArticleText | null> {
  const body = yield* findArticleSteps(doc, options);
  if (!body) return null;
  yield;
  const index = yield* TextIndex.fromBlocksSteps(body.blocks, { skip: body.skip });
  if (!index.text.trim()) return null;
  const lang = body.lang || detectLanguage(index.text, doc.documentElement.getAttribute('lang'));
  const dir = body.dir ?? directionOf(lang);
  return { article: { title: body.title, text: index.text, lang, dir }, body, index };
}
