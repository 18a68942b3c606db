/** Saved pages as DOM Documents in Node (linkedom): the same core as the content script runs on them. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { plainTextToHtml } from '../core/article';

/** Refuse pages larger than this rather than stall: 50 MB is far beyond any real article page. */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

export function htmlToDocument(html: string, url?: string): Document {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  if (url) {
    // linkedom has no document.URL setter; keep it where the article finder can read it.
    Object.defineProperty(doc, 'URL', { value: url, configurable: true });
  }
  return doc;
}

/** A saved .html/.htm (optionally .gz) or .txt file as a Document. */
export function loadPageFile(file: string): Document {
  let bytes = readFileSync(file);
  let name = file;
  if (extname(name) === '.gz') {
    bytes = gunzipSync(bytes);
    name = name.slice(0, -3);
  }
  if (bytes.length > MAX_PAGE_BYTES) throw new Error(`${file}: page is over ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  const text = bytes.toString('utf8');
  const ext = extname(name).toLowerCase();
  if (ext === '.txt' || ext === '.text') return htmlToDocument(plainTextToHtml(text));
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return htmlToDocument(text);
  throw new Error(`${file}: expected a .html, .htm or .txt file`);
}
