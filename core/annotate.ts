/**
 * The whole detection pipeline, shared by the background (for the content script) and the CLI:
 * body -> text index -> people, claims, terms. Plain functions over a Document or a string; nothing here touches
 * extension APIs or paints anything.
 */
import { detectClaims } from './claims';
import { loadGlossary, type Glossary } from './glossary';
import { detectPeople } from './people';
import { readArticle, type ArticleText } from './read-article';
import type { Annotation, TermHit, TermMatch, TextAnnotations } from './types';

export interface AnnotateOptions {
  /** Language of glossary titles and notes; defaults to the article's language, else English. */
  noteLang?: string;
  glossary?: Glossary;
}

export function attachNotes(matches: TermMatch[], glossary: Glossary, lang: string): TermHit[] {
  const hits: TermHit[] = [];
  for (const m of matches) {
    const entry = glossary.entry(m.id);
    if (!entry) continue;
    const title = entry.title[lang] ?? entry.title.en;
    const note = entry.note[lang] ?? entry.note.en;
    hits.push({ ...m, title, note });
  }
  return hits;
}

/** Annotate a plain string: offsets in the result index into `text`. */
export function annotateText(text: string, lang: string, options: AnnotateOptions = {}): TextAnnotations {
  const glossary = options.glossary ?? loadGlossary();
  const noteLang = options.noteLang ?? (lang === 'ar' ? 'ar' : 'en');
  return {
    people: detectPeople(text, lang),
    claims: detectClaims(text, lang),
    terms: attachNotes(glossary.match(text, lang), glossary, noteLang),
  };
}

export interface DocumentAnnotation extends Omit<ArticleText, 'article'> {
  annotation: Annotation;
}

/** Find the article in `doc` and annotate it; null when the page holds no article. */
export function annotateDocument(doc: Document, options: AnnotateOptions = {}): DocumentAnnotation | null {
  const read = readArticle(doc);
  if (!read) return null;
  const found = annotateText(read.article.text, read.article.lang, options);
  return { annotation: { article: read.article, ...found }, body: read.body, index: read.index };
}
