/**
 * Article body evaluation (issue 3), side by side with Mozilla Readability 0.6.0.
 *
 * - wcxb-dev: 200 real pages with human-reviewed bodies. Scored like the Web Content Extraction
 *   Benchmark: lower-cased word tokens ([\p{L}\p{N}_]+), 4-gram shingles counted as a multiset,
 *   per-page precision and recall averaged over pages, F1 from the two averages. An empty output
 *   scores precision 0 and recall 0 on that page. Also: `with` snippets kept, `without` snippets
 *   wrongly kept (whitespace-normalised, case-insensitive substring test).
 * - readability: agreement with Readability's own expected.html (same scoring); rtl-1..4 direction.
 * - arabic pages and the seed: exact start/end, no not_body line.
 *
 * Reads ../shared relative to the repo root; prints a skip reason when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { findArticle, isProbablyArticle, plainTextToHtml, type ArticleBody } from '../../core/article';
import { TextIndex } from '../../core/text/text-index';

const SHARED = path.resolve(process.cwd(), '../shared');
const SHINGLE = 4;
const TOKEN = /[\p{L}\p{N}_]+/gu;

export interface Score {
  precision: number;
  recall: number;
}

export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  const n = t.length < SHINGLE ? Math.min(1, t.length) * t.length : t.length - SHINGLE + 1;
  const width = Math.min(SHINGLE, t.length);
  for (let i = 0; i < n; i++) {
    const key = t.slice(i, i + width).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function score(predicted: string, gold: string): Score {
  const p = shingles(predicted);
  const g = shingles(gold);
  let pn = 0;
  let gn = 0;
  let both = 0;
  for (const v of p.values()) pn += v;
  for (const [k, v] of g) {
    gn += v;
    both += Math.min(v, p.get(k) ?? 0);
  }
  if (gn === 0) return { precision: pn === 0 ? 1 : 0, recall: 1 };
  return { precision: pn ? both / pn : 0, recall: both / gn };
}

// Snippets in the gold use straight quotes where pages use typographic ones: fold both.
const norm = (s: string) =>
  s.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/[\u00A0\s]+/g, ' ').trim().toLowerCase();

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

interface Run {
  text: string;
  ms: number;
  body: ArticleBody | null;
}

function runGloss(doc: Document): Run {
  const t0 = performance.now();
  const body = findArticle(doc);
  const text = body ? TextIndex.fromBlocks(body.blocks, { skip: body.skip }).text : '';
  return { text, ms: performance.now() - t0, body };
}

function runReadability(doc: Document): Run {
  const t0 = performance.now();
  let text = '';
  try {
    const clone = doc.cloneNode(true) as Document;
    text = new Readability(clone).parse()?.textContent ?? '';
  } catch {
    text = '';
  }
  return { text, ms: performance.now() - t0, body: null };
}

class Tally {
  p = 0;
  r = 0;
  n = 0;
  ms: number[] = [];
  add(s: Score, ms: number): void {
    this.p += s.precision;
    this.r += s.recall;
    this.n++;
    this.ms.push(ms);
  }
  get precision(): number {
    return this.n ? this.p / this.n : 0;
  }
  get recall(): number {
    return this.n ? this.r / this.n : 0;
  }
  get f1(): number {
    const { precision: p, recall: r } = this;
    return p + r ? (2 * p * r) / (p + r) : 0;
  }
  line(name: string): string {
    const sorted = [...this.ms].sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    return `${name.padEnd(12)} P ${this.precision.toFixed(3)}  R ${this.recall.toFixed(3)}  F1 ${this.f1.toFixed(3)}   ms/page mean ${mean.toFixed(1)} median ${median.toFixed(1)} p95 ${p95.toFixed(1)}`;
  }
}

const VERBOSE = process.env.EVAL_VERBOSE === '1';

function evalWcxb(): void {
  const dir = path.join(SHARED, 'corpus/wcxb-dev');
  if (!existsSync(dir)) return console.log(`wcxb-dev: skipped (${dir} not found)`);
  const ids = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  const only = process.env.EVAL_ONLY?.split(',');
  const gloss = new Tally();
  const readability = new Tally();
  const snippets = { with: 0, withG: 0, withR: 0, without: 0, withoutG: 0, withoutR: 0 };
  let nulls = 0;
  const gateMs: number[] = [];
  const rows: string[] = [];
  for (const id of ids) {
    if (only && !only.includes(id)) continue;
    const gold = JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')) as { main_content: string; with?: string[]; without?: string[] };
    const html = gunzipSync(readFileSync(path.join(dir, `${id}.html.gz`))).toString('utf8');
    const gateDoc = parse(html);
    const t0 = performance.now();
    isProbablyArticle(gateDoc);
    gateMs.push(performance.now() - t0);
    const g = runGloss(parse(html));
    const r = runReadability(parse(html));
    if (!g.body) nulls++;
    const sg = score(g.text, gold.main_content);
    const sr = score(r.text, gold.main_content);
    gloss.add(sg, g.ms);
    readability.add(sr, r.ms);
    const gt = norm(g.text);
    const rt = norm(r.text);
    for (const s of gold.with ?? []) {
      snippets.with++;
      if (gt.includes(norm(s))) snippets.withG++;
      if (rt.includes(norm(s))) snippets.withR++;
    }
    for (const s of gold.without ?? []) {
      snippets.without++;
      if (gt.includes(norm(s))) snippets.withoutG++;
      if (rt.includes(norm(s))) snippets.withoutR++;
    }
    rows.push(`${id} G P ${sg.precision.toFixed(2)} R ${sg.recall.toFixed(2)} | R P ${sr.precision.toFixed(2)} R ${sr.recall.toFixed(2)} ${g.ms.toFixed(0)}ms`);
  }
  console.log(`\n== wcxb-dev (${gloss.n} pages; human-reviewed bodies) ==`);
  console.log(gloss.line('Gloss'));
  console.log(readability.line('Readability'));
  console.log(`F1 margin (Gloss - Readability): ${(gloss.f1 - readability.f1).toFixed(3)} (target >= 0.020)`);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(`time: Gloss (gate + body + text index) takes ${((100 * sum(gloss.ms)) / sum(readability.ms)).toFixed(0)}% of Readability's time (clone + parse); the gate alone ${(sum(gateMs) / (gateMs.length || 1)).toFixed(2)} ms/page`);
  console.log(`Gloss returned null (not an article) on ${nulls} pages`);
  console.log(`'with' snippets kept:        Gloss ${snippets.withG}/${snippets.with}   Readability ${snippets.withR}/${snippets.with}`);
  console.log(`'without' snippets wrongly kept: Gloss ${snippets.withoutG}/${snippets.without}   Readability ${snippets.withoutR}/${snippets.without}`);
  if (VERBOSE) console.log(rows.join('\n'));
}

function evalReadabilityCorpus(): void {
  const dir = path.join(SHARED, 'corpus/readability');
  if (!existsSync(dir)) return console.log(`readability corpus: skipped (${dir} not found)`);
  const slugs = readdirSync(dir).filter((s) => existsSync(path.join(dir, s, 'source.html'))).sort();
  const tally = new Tally();
  const dirs: string[] = [];
  const low: string[] = [];
  for (const slug of slugs) {
    const source = readFileSync(path.join(dir, slug, 'source.html'), 'utf8');
    const expected = parse(`<!doctype html><html><body>${readFileSync(path.join(dir, slug, 'expected.html'), 'utf8')}</body></html>`);
    const want = expected.body?.textContent ?? '';
    const g = runGloss(parse(source));
    const s = score(g.text, want);
    tally.add(s, g.ms);
    if (s.precision + s.recall < 1.2) low.push(`${slug} (P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)})`);
    if (/^rtl-\d/.test(slug)) {
      const meta = JSON.parse(readFileSync(path.join(dir, slug, 'expected-metadata.json'), 'utf8')) as { dir?: string };
      // Every rtl-* page is right-to-left (rtl-4 sets dir on the <article>, which Readability misses).
      const want = meta.dir ?? 'rtl';
      dirs.push(`${slug}: want ${want} got ${g.body?.dir ?? 'null'} ${g.body?.dir === want ? 'OK' : 'WRONG'}`);
    }
  }
  console.log(`\n== readability test pages (${tally.n}; agreement with Readability's expected.html, not gold) ==`);
  console.log(tally.line('Gloss'));
  console.log(`direction: ${dirs.join('; ')}`);
  console.log(`lowest agreement: ${low.slice(0, 15).join(', ')}${low.length > 15 ? ` … (${low.length} in all)` : ''}`);
}

function evalArabic(): void {
  const dir = path.join(SHARED, 'corpus/arabic');
  if (!existsSync(dir)) return console.log(`arabic pages: skipped (${dir} not found)`);
  console.log('\n== Arabic pages ==');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const g = runGloss(parse(readFileSync(path.join(dir, file), 'utf8')));
    const expectedPath = path.join(dir, file.replace(/\.html$/, '.expected.txt'));
    let line = `${file}: lang ${g.body?.lang ?? '-'} dir ${g.body?.dir ?? '-'} ${g.text.length} chars, ${g.ms.toFixed(1)} ms; title "${g.body?.title.slice(0, 60) ?? ''}"`;
    if (existsSync(expectedPath)) {
      const s = score(g.text, readFileSync(expectedPath, 'utf8'));
      line += `; vs expected.txt P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`;
    }
    console.log(line);
    console.log(`   starts "${g.text.slice(0, 70).replace(/\n/g, ' / ')}" … ends "${g.text.slice(-70).replace(/\n/g, ' / ')}"`);
  }
}

function evalSeed(): void {
  const txt = path.join(SHARED, 'seed/article-ar.txt');
  const goldPath = path.join(SHARED, 'seed/article-ar.gold.json');
  if (!existsSync(txt) || !existsSync(goldPath)) return console.log(`seed: skipped (${txt} not found)`);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    article: { title: string; body_starts_with: string; body_ends_with: string; not_body: string[] };
  };
  const g = runGloss(parse(plainTextToHtml(readFileSync(txt, 'utf8'))));
  const a = gold.article;
  const leaked = a.not_body.filter((line) => g.text.includes(line.trim()));
  console.log('\n== seed (plain text -> plainTextToHtml -> findArticle) ==');
  console.log(`starts right: ${g.text.startsWith(a.body_starts_with)}; ends right: ${g.text.endsWith(a.body_ends_with)}; not_body lines kept: ${leaked.length}/${a.not_body.length}${leaked.length ? ` (${leaked.join(' | ')})` : ''}`);
  console.log(`title right: ${g.body?.title === a.title}; lang ${g.body?.lang}; dir ${g.body?.dir}; ${g.ms.toFixed(1)} ms`);
}

export async function run(): Promise<void> {
  console.log('Article body finder (issue 3)');
  const parts = process.env.EVAL_PARTS?.split(',') ?? ['seed', 'arabic', 'readability', 'wcxb'];
  if (parts.includes('seed')) evalSeed();
  if (parts.includes('arabic')) evalArabic();
  if (parts.includes('readability')) evalReadabilityCorpus();
  if (parts.includes('wcxb')) evalWcxb();
}
