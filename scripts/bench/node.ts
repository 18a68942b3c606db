/** Throughput of the core in Node, per detector and for the whole pipeline, beside compromise. */
import nlp from 'compromise';
import { annotateText } from '../../core/annotate';
import { detectClaims } from '../../core/claims';
import { loadGlossary } from '../../core/glossary';
import { detectPeople } from '../../core/people';
import { benchTexts } from './corpus';

/** Repeat until at least this long, so short texts still give a stable rate. */
const MIN_MS = 1500;

function rate(fn: () => unknown, chars: number): number {
  fn(); // warm up: JIT and lazy data loading are not what we measure
  let runs = 0;
  const started = performance.now();
  while (performance.now() - started < MIN_MS) {
    fn();
    runs++;
  }
  return (chars * runs) / ((performance.now() - started) / 1000);
}

const mb = (cps: number) => `${(cps / 1e6).toFixed(2)} MB/s`;

export async function run(): Promise<void> {
  const texts = benchTexts();
  const glossary = loadGlossary();
  for (const [lang, text] of Object.entries(texts)) {
    if (!text) {
      console.log(`node ${lang}: skipped, ../shared/gold is absent`);
      continue;
    }
    console.log(`node ${lang}: ${text.length.toLocaleString('en')} characters`);
    console.log(`  whole pipeline  ${mb(rate(() => annotateText(text, lang, { glossary }), text.length))}`);
    console.log(`  people          ${mb(rate(() => detectPeople(text, lang), text.length))}`);
    console.log(`  claims          ${mb(rate(() => detectClaims(text, lang), text.length))}`);
    console.log(`  glossary        ${mb(rate(() => glossary.match(text, lang), text.length))}`);
    if (lang === 'en') {
      const sample = text.slice(0, 200_000); // compromise is slow: a slice keeps the run short
      console.log(`  compromise .people()   ${mb(rate(() => nlp(sample).people().out('array'), sample.length))}`);
      console.log(`  compromise .numbers()  ${mb(rate(() => nlp(sample).numbers().out('array'), sample.length))}`);
    }
  }
}
