/**
 * `annotate --jsonl`: one JSON object per input line, one output line per input, in order.
 * Input  {"id", "text"?, "html"?, "url"?, "lang"?}
 * Output {"id", "lang", "dir", "article": {"title", "text"}, "people", "claims", "terms"} or {"id", "error"}.
 * Offsets index into `text` when text was given, else into `article.text`.
 */
import { createInterface } from 'node:readline';
import { annotateDocument, annotateText } from '../core/annotate';
import { detectLanguage, directionOf } from '../core/text/lang';
import type { Annotation } from '../core/types';
import { htmlToDocument } from './load-page';

interface InputLine {
  id: unknown;
  text?: unknown;
  html?: unknown;
  url?: unknown;
  lang?: unknown;
}

export type OutputLine = ({ id: unknown } & Omit<Annotation, 'article'> & { lang: string; dir: string; article: { title: string; text: string } }) | { id: unknown; error: string };

const optionalString = (v: unknown, field: string): string | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new Error(`"${field}" must be a string`);
  return v;
};

export function annotateLine(line: string): OutputLine {
  let input: InputLine;
  try {
    input = JSON.parse(line) as InputLine;
  } catch (e) {
    return { id: null, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { id: null, error: 'each line must be a JSON object' };
  const id = input.id ?? null;
  try {
    const text = optionalString(input.text, 'text');
    const html = optionalString(input.html, 'html');
    const url = optionalString(input.url, 'url');
    const declared = optionalString(input.lang, 'lang');
    if (text !== undefined) {
      const lang = declared ? detectLanguage('', declared) : detectLanguage(text);
      const found = annotateText(text, lang);
      return { id, lang, dir: directionOf(lang), article: { title: '', text }, ...found };
    }
    if (html !== undefined) {
      const doc = htmlToDocument(html, url);
      if (declared) doc.documentElement?.setAttribute('lang', declared);
      const result = annotateDocument(doc);
      if (!result) {
        const lang = declared ?? 'und';
        return { id, lang, dir: directionOf(lang), article: { title: doc.title ?? '', text: '' }, people: [], claims: [], terms: [] };
      }
      const { article, ...found } = result.annotation;
      return { id, lang: article.lang, dir: article.dir, article: { title: article.title, text: article.text }, ...found };
    }
    return { id, error: 'a line needs "text" or "html"' };
  } catch (e) {
    return { id, error: (e as Error).message || String(e) };
  }
}

export async function runJsonl(input: NodeJS.ReadableStream, write: (s: string) => void): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    write(JSON.stringify(annotateLine(line)) + '\n');
    count++;
  }
  return count;
}
