/** Pages and texts the benchmarks run on, read from ../shared (never copied into the repo). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { generatedPages } from '../../tests/fixtures/generated-pages';

export const SHARED = resolve(process.cwd(), '../shared');
export const hasShared = () => existsSync(SHARED);

export interface BenchPage {
  name: string;
  html: string;
  /** Made up for the long-task check: left out of the ratio against Readability. */
  generated?: boolean;
}

/**
 * The sample page, the generated 200,000-word page (long-task check: it needs no ../shared), the
 * Arabic pages and the wcxb-dev pages; `limit` caps the wcxb ones.
 */
export function benchPages(limit = Infinity): BenchPage[] {
  const pages: BenchPage[] = [{ name: 'sample/seed-ar', html: readFileSync('samples/seed-ar.html', 'utf8') }];
  const big = generatedPages({ big: true }).find((p) => p.path === '/world/big')!;
  pages.push({ name: `generated/${big.name.replace(/ /g, '-')}`, html: big.html, generated: true });
  const arabic = resolve(SHARED, 'corpus/arabic');
  if (existsSync(arabic)) {
    for (const f of readdirSync(arabic).filter((f) => f.endsWith('.html'))) pages.push({ name: `arabic/${f}`, html: readFileSync(resolve(arabic, f), 'utf8') });
  }
  const wcxb = resolve(SHARED, 'corpus/wcxb-dev');
  if (existsSync(wcxb)) {
    const files = readdirSync(wcxb).filter((f) => f.endsWith('.html.gz')).sort().slice(0, limit);
    for (const f of files) pages.push({ name: `wcxb/${f.replace('.html.gz', '')}`, html: gunzipSync(readFileSync(resolve(wcxb, f))).toString('utf8') });
  }
  return pages;
}

/** English and Arabic running text for throughput: the gold sentences joined into articles. */
export function benchTexts(): { en: string; ar: string } {
  const read = (file: string) =>
    existsSync(file)
      ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)
      : [];
  const en = read(resolve(SHARED, 'gold/people-en-ewt-dev.jsonl'));
  const ar = read(resolve(SHARED, 'gold/people-ar-anercorp-train.jsonl'));
  // Paragraphs of ten sentences, as an article would have.
  const join = (s: string[]) => s.reduce((acc, x, i) => acc + x + (i % 10 === 9 ? '\n\n' : ' '), '');
  return { en: join(en), ar: join(ar) };
}
