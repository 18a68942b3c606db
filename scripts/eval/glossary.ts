/**
 * Glossary evaluation (issue 6).
 *
 * 1. The seed article: each of its fourteen gold terms found, with notes in both languages;
 *    other terms the glossary also finds are listed (they are not errors, but worth reading).
 * 2. The shared corpora (../shared/corpus/arabic/*.html, ../shared/corpus/wcxb-dev/*.html.gz):
 *    page text taken roughly as the body's textContent (scripts and styles removed) and, for
 *    wcxb, also the human-reviewed main_content. Reports the share of pages that get at least one
 *    note, matches per page, and the most frequent terms.
 * 3. Throughput of glossary.match() over all that text, in MB/s of UTF-8 (best of three runs),
 *    plus the one-off compile time.
 *
 * Reads ../shared relative to the repo root; prints a skip reason when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { createGlossary, loadGlossary } from '../../core/glossary';
import { GLOSSARY_FILES } from '../../core/glossary/data';
import type { TermMatch } from '../../core/types';

const SHARED = path.resolve(process.cwd(), '../shared');
const SEED = path.join(SHARED, 'seed/article-ar.txt');
const SEED_GOLD = path.join(SHARED, 'seed/article-ar.gold.json');
const ARABIC_DIR = path.join(SHARED, 'corpus/arabic');
const WCXB_DIR = path.join(SHARED, 'corpus/wcxb-dev');
const TOP_TERMS = 15;

interface Page {
  name: string;
  text: string;
}

function bodyText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template, svg'))) el.remove();
  return (document.body?.textContent ?? '').replace(/[ \t\r\f\v]+/g, ' ').replace(/\n\s*\n+/g, '\n\n');
}

function seedReport(): void {
  console.log('\n== Seed article: the fourteen gold terms');
  if (!existsSync(SEED) || !existsSync(SEED_GOLD)) {
    console.log(`skip: ${SEED} not found`);
    return;
  }
  const g = loadGlossary();
  const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as { terms: { id: string; text: string }[] };
  const matches = g.match(readFileSync(SEED, 'utf8'), 'ar');
  const byId = new Map<string, TermMatch[]>();
  for (const m of matches) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  let ok = 0;
  for (const t of gold.terms) {
    const e = g.entry(t.id);
    const found = byId.get(t.id) ?? [];
    const notes = e && e.note.ar && e.note.en;
    if (found.length && notes) ok++;
    const status = !e ? 'NO ENTRY' : !found.length ? 'MISSED' : !notes ? 'NO NOTE' : 'found';
    console.log(`  ${status.padEnd(8)} ${t.id.padEnd(20)} ${found.length}x  ${[...new Set(found.map((m) => m.text))].join(' | ')}`);
  }
  console.log(`seed terms found with notes in both languages: ${ok}/${gold.terms.length}`);
  const goldIds = new Set(gold.terms.map((t) => t.id));
  const extra = [...byId.keys()].filter((id) => !goldIds.has(id));
  console.log(`other terms found in the seed text (not in gold): ${extra.map((id) => `${id} (${byId.get(id)![0]!.text})`).join(', ') || 'none'}`);
}

function loadCorpus(): { arabic: Page[]; wcxbBody: Page[]; wcxbMain: Page[] } {
  const arabic: Page[] = [];
  const wcxbBody: Page[] = [];
  const wcxbMain: Page[] = [];
  if (existsSync(ARABIC_DIR)) {
    for (const f of readdirSync(ARABIC_DIR).filter((n) => n.endsWith('.html')).sort()) {
      arabic.push({ name: f, text: bodyText(readFileSync(path.join(ARABIC_DIR, f), 'utf8')) });
    }
  }
  if (existsSync(WCXB_DIR)) {
    for (const f of readdirSync(WCXB_DIR).filter((n) => n.endsWith('.html.gz')).sort()) {
      const id = f.replace(/\.html\.gz$/, '');
      wcxbBody.push({ name: id, text: bodyText(gunzipSync(readFileSync(path.join(WCXB_DIR, f))).toString('utf8')) });
      const meta = path.join(WCXB_DIR, `${id}.json`);
      if (existsSync(meta)) {
        const main = (JSON.parse(readFileSync(meta, 'utf8')) as { main_content?: string }).main_content;
        if (main) wcxbMain.push({ name: id, text: main });
      }
    }
  }
  return { arabic, wcxbBody, wcxbMain };
}

function corpusReport(label: string, pages: Page[], lang: string): void {
  if (!pages.length) {
    console.log(`${label}: skip (no pages)`);
    return;
  }
  const g = loadGlossary();
  const counts = new Map<string, number>();
  let withNote = 0;
  let total = 0;
  for (const p of pages) {
    const matches = g.match(p.text, lang);
    if (matches.length) withNote++;
    total += matches.length;
    for (const m of matches) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  }
  const share = ((100 * withNote) / pages.length).toFixed(1);
  console.log(
    `${label}: ${pages.length} pages, ${withNote} with at least one note (${share}%), ${total} matches, ` +
      `${(total / pages.length).toFixed(1)} per page, ${counts.size} distinct terms`,
  );
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, TOP_TERMS);
  console.log(`  most frequent: ${top.map(([id, n]) => `${id} ${n}`).join(', ')}`);
}

/** Size of the article the cold first match is timed on. */
const COLD_SAMPLE_CHARS = 10_000;

function arabicSample(texts: string[]): string {
  return texts.filter((t) => /[\u0600-\u06FF]{3}/.test(t)).join('\n\n').slice(0, COLD_SAMPLE_CHARS);
}

function throughputReport(texts: string[]): void {
  console.log('\n== Throughput');
  const all = texts.join('\n\n');
  // The trie compiles by first character on first use: a fresh glossary's first match on an
  // article pays for what that article needs (the cold start of a background that was asleep).
  for (const [lang, sample] of [['en', all.slice(0, COLD_SAMPLE_CHARS)], ['ar', arabicSample(texts)]] as const) {
    if (!sample) continue;
    const t0 = performance.now();
    const cold = createGlossary(Object.values(GLOSSARY_FILES));
    cold.match(sample, lang);
    console.log(`fresh glossary (code already warm), load + first match on ${sample.length.toLocaleString('en')} chars (${lang}): ${(performance.now() - t0).toFixed(0)} ms for ${cold.size} entries`);
  }
  const fresh = createGlossary(Object.values(GLOSSARY_FILES));
  if (!all) {
    console.log('skip: no corpus text');
    return;
  }
  const bytes = Buffer.byteLength(all, 'utf8');
  let best = 0;
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    fresh.match(all, 'en');
    best = Math.max(best, bytes / 1e6 / ((performance.now() - start) / 1000));
  }
  console.log(`match(): ${best.toFixed(1)} MB/s over ${(bytes / 1e6).toFixed(1)} MB of corpus text (best of 3; target >= 5 MB/s)`);
}

export async function run(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`glossary eval: skip, ${SHARED} is absent`);
    return;
  }
  const g = loadGlossary();
  console.log(`glossary: ${g.size} entries`);
  seedReport();
  console.log('\n== Shared corpora');
  const { arabic, wcxbBody, wcxbMain } = loadCorpus();
  corpusReport('arabic (body text)', arabic, 'ar');
  corpusReport('wcxb-dev (body text)', wcxbBody, 'en');
  corpusReport('wcxb-dev (main_content)', wcxbMain, 'en');
  const seed = existsSync(SEED) ? [readFileSync(SEED, 'utf8')] : [];
  throughputReport([...seed, ...arabic.map((p) => p.text), ...wcxbBody.map((p) => p.text)]);
}
