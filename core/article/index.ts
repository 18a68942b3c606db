import type { Dir } from '../types';

export interface ArticleBody {
  title: string;
  /** The body's block elements in document order, none inside another, in the live document. */
  blocks: Element[];
  /** Descendants of blocks to leave out (captions, "read also" links, ads inside the body). */
  skip: (el: Element) => boolean;
  lang: string;
  dir: Dir;
}

/** Find the article body in `doc` without changing it; null when the page is not an article. (Stub: issue 3.) */
export function findArticle(doc: Document): ArticleBody | null {
  const paragraphs = Array.from(doc.querySelectorAll('p')).filter((p) => (p.textContent ?? '').trim().length > 80);
  if (paragraphs.length < 2) return null;
  const title = doc.querySelector('h1')?.textContent?.trim() ?? doc.title;
  const lang = doc.documentElement.getAttribute('lang') ?? 'en';
  return { title, blocks: paragraphs, skip: () => false, lang, dir: lang.startsWith('ar') ? 'rtl' : 'ltr' };
}

/** A plain-text page (a saved .txt) as an HTML document string: one <p> per paragraph. */
export function plainTextToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text.split(/\n\s*\n|\r\n\s*\r\n/).map((p) => p.trim()).filter(Boolean);
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${paragraphs
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n')}</body></html>`;
}
