/** Golden pages: saved pages (written for Gloss, or the bundled sample) and what Gloss finds on them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToDocument } from '../../cli/load-page';
import { annotateDocument } from '../../core/annotate';

export const GOLDEN_DIR = join('tests', 'golden', 'pages');

export interface GoldenPage {
  name: string;
  html: () => string;
  expectedPath: string;
}

export function goldenPages(): GoldenPage[] {
  const pages: GoldenPage[] = [
    { name: 'sample-seed-ar', html: () => readFileSync('samples/seed-ar.html', 'utf8'), expectedPath: join(GOLDEN_DIR, 'sample-seed-ar.expected.json') },
  ];
  for (const f of readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.html')).sort()) {
    const name = f.replace(/\.html$/, '');
    pages.push({ name, html: () => readFileSync(join(GOLDEN_DIR, f), 'utf8'), expectedPath: join(GOLDEN_DIR, `${name}.expected.json`) });
  }
  return pages;
}

/** What a golden file pins down: the body's edges and what was found, by text (offsets follow). */
export function summarise(html: string) {
  const result = annotateDocument(htmlToDocument(html));
  if (!result) return { article: null };
  const a = result.annotation;
  return {
    article: { title: a.article.title, lang: a.article.lang, dir: a.article.dir, starts: a.article.text.slice(0, 60), ends: a.article.text.slice(-60), length: a.article.text.length },
    people: a.people.map((p) => [p.text, p.name, p.role ?? null]),
    claims: a.claims.map((c) => [c.text, c.value, c.valueMax ?? null, c.kind, c.unit ?? null, c.qualifier ?? null, c.source ?? null, c.asOf ?? null]),
    terms: a.terms.map((t) => [t.text, t.id]),
  };
}

export const readExpected = (page: GoldenPage): unknown => (existsSync(page.expectedPath) ? JSON.parse(readFileSync(page.expectedPath, 'utf8')) : undefined);
