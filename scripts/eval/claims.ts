/**
 * Numeric claims evaluation (issue 5).
 *
 * 1. Microsoft Recognizers-Text cases (../shared/specs/recognizers/*.json), supported cases only
 *    (a case with any `NotSupported` platform list is left out, as the issue asks).
 *    - Number models are scored on `parseNumbers` (every number mention, no claim filtering);
 *      percent, range, currency and dimension models on `detectClaims`.
 *    - A case with expected values is RESOLVED when every expected result with a value is matched by
 *      one output whose span overlaps the expected span (End is inclusive in the spec) and whose value
 *      equals it (relative tolerance 1e-3, the precision compromise prints fractions at). A range
 *      "(20,35]" needs each finite bound among the values/valueMax of the overlapping outputs.
 *    - Cases whose expected result is empty (or holds no value) are scored apart as REJECTED when the
 *      output is empty. They are reported, not mixed into the main share.
 *    - English files are also run through compromise's `.numbers()` with the same rule.
 * 2. The seed article: each gold claim found exactly (value, counted noun, qualifier, source, as-of)
 *    and no non-claim overlapped.
 * 3. Speed: characters per second of detectClaims over the seed and all spec inputs.
 *
 * Reads ../shared relative to the repo root; prints a skip reason when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { detectClaims, parseNumbers } from '../../core/claims';

const SHARED = path.resolve(process.cwd(), '../shared');
const SPECS = path.join(SHARED, 'specs/recognizers');
const SEED = path.join(SHARED, 'seed/article-ar.txt');
const SEED_GOLD = path.join(SHARED, 'seed/article-ar.gold.json');
const TOLERANCE = 1e-3;
const BODY_START = 'أعلن المتحدث باسم الكرملين';
const BODY_END = 'نسبيًا.';

interface RecResult {
  Text: string;
  TypeName: string;
  Resolution: { value?: string | null } | null;
  Start: number;
  End: number;
}
interface RecCase {
  Input: string;
  Results: RecResult[];
  NotSupported?: string;
}
interface Out {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
}
type System = (text: string, lang: string) => Out[];

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
}

/** Expected values of one result: one number, or the finite bounds of a range. */
function expectedValues(r: RecResult): number[] | null {
  const v = r.Resolution?.value;
  if (v === null || v === undefined || v === '') return null;
  const range = /^[[(](.*),(.*)[\])]$/.exec(v);
  if (range) return [range[1]!, range[2]!].filter((s) => s.trim() !== '').map(Number);
  return [Number(v.replace('%', ''))];
}

function resolved(r: RecResult, outs: Out[], values: number[]): boolean {
  const s = r.Start;
  const e = r.End + 1;
  const near = outs.filter((o) => o.start < e && o.end > s);
  const found = near.flatMap((o) => (o.valueMax === undefined ? [o.value] : [o.value, o.valueMax]));
  return values.every((v) => found.some((f) => close(f, v)));
}

interface FileScore {
  valued: number;
  resolved: number;
  empty: number;
  rejected: number;
  misses: string[];
}

function scoreFile(cases: RecCase[], lang: string, system: System): FileScore {
  const sc: FileScore = { valued: 0, resolved: 0, empty: 0, rejected: 0, misses: [] };
  for (const c of cases) {
    const outs = system(c.Input, lang);
    const withValues = c.Results.map((r) => [r, expectedValues(r)] as const).filter(([, v]) => v && v.length);
    if (!withValues.length) {
      sc.empty++;
      if (!outs.length) sc.rejected++;
      continue;
    }
    sc.valued++;
    if (withValues.every(([r, v]) => resolved(r, outs, v!))) sc.resolved++;
    else sc.misses.push(`${c.Input.slice(0, 90)}  =>  ${outs.map((o) => (o.valueMax === undefined ? o.value : `${o.value}..${o.valueMax}`)).join(', ') || '(none)'}`);
  }
  return sc;
}

const ours = (file: string): System =>
  /NumberModel/.test(file) && !/Range/.test(file)
    ? (t, l) => parseNumbers(t, l)
    : (t, l) => detectClaims(t, l);

const compromiseNumbers: System = (text) =>
  (nlp(text).numbers().json({ offset: true }) as { number?: { num?: number }; offset: { start: number; length: number } }[])
    .filter((j) => typeof j.number?.num === 'number')
    .map((j) => ({ start: j.offset.start, end: j.offset.start + j.offset.length, value: j.number!.num! }));

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

function evalRecognizers(verbose: boolean): { valued: number; resolved: number; chars: number } {
  const files = readdirSync(SPECS).filter((f) => f.endsWith('.json')).sort();
  console.log('\nRecognizers-Text, supported cases (resolved = every expected value found on an overlapping span)');
  console.log('file                                          cases  resolved          rejected-empty   compromise');
  let valued = 0;
  let resolvedAll = 0;
  let chars = 0;
  for (const f of files) {
    const all = JSON.parse(readFileSync(path.join(SPECS, f), 'utf8')) as RecCase[];
    const cases = all.filter((c) => !c.NotSupported);
    const lang = /Arabic/.test(f) ? 'ar' : 'en';
    chars += cases.reduce((n, c) => n + c.Input.length, 0);
    const s = scoreFile(cases, lang, ours(f));
    valued += s.valued;
    resolvedAll += s.resolved;
    let cmp = '';
    if (lang === 'en') {
      const c = scoreFile(cases, lang, compromiseNumbers);
      cmp = `${c.resolved}/${c.valued} ${pct(c.resolved, c.valued)}`;
    }
    console.log(
      `${f.padEnd(45)} ${String(cases.length).padStart(5)}  ${`${s.resolved}/${s.valued} ${pct(s.resolved, s.valued)}`.padEnd(17)} ${`${s.rejected}/${s.empty}`.padEnd(16)} ${cmp}`,
    );
    if (verbose) for (const m of s.misses) console.log(`    miss: ${m}`);
  }
  console.log(`TOTAL resolved ${resolvedAll}/${valued} = ${pct(resolvedAll, valued)} (target >= 95%)`);
  return { valued, resolved: resolvedAll, chars };
}

interface GoldClaim {
  text: string;
  value: number;
  counted: string;
  qualifier?: string;
  source?: string;
  as_of?: string;
  kind?: string;
}

export function seedBody(text: string): string {
  const s = text.indexOf(BODY_START);
  const e = text.indexOf(BODY_END, s);
  return text.slice(s, e + BODY_END.length);
}

function evalSeed(): number {
  if (!existsSync(SEED) || !existsSync(SEED_GOLD)) {
    console.log('seed: skipped (../shared/seed absent)');
    return 0;
  }
  const body = seedBody(readFileSync(SEED, 'utf8'));
  const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as { claims: GoldClaim[]; not_claims: string[] };
  const claims = detectClaims(body, 'ar');
  console.log(`\nSeed body (${body.length} chars): ${claims.length} claims found, gold ${gold.claims.length}`);
  let exact = 0;
  for (const g of gold.claims) {
    const at = body.indexOf(g.text);
    const c = claims.find((x) => x.start <= at && x.end >= at + g.text.length);
    const qual = g.qualifier ? /^(at most|up to|at least|about|more than|less than)/.exec(g.qualifier)?.[1]?.replace(' ', '-') : undefined;
    const ok =
      !!c && c.value === g.value && c.unit === g.counted && c.qualifier === qual && c.source === g.source && c.asOf === g.as_of &&
      (!g.kind || c.kind === g.kind);
    if (ok) exact++;
    console.log(
      `  ${ok ? 'OK  ' : 'MISS'} ${g.text.padEnd(10)} value=${c?.value} unit=${c?.unit} kind=${c?.kind} qualifier=${c?.qualifier ?? '-'} source=${c?.source ?? '-'} asOf=${c?.asOf ?? '-'}`,
    );
  }
  let wrong = 0;
  for (const n of gold.not_claims) {
    let from = 0;
    for (let at = body.indexOf(n, from); at >= 0; at = body.indexOf(n, from)) {
      if (claims.some((c) => c.start < at + n.length && c.end > at)) {
        wrong++;
        console.log(`  NON-CLAIM REPORTED: ${n}`);
      }
      from = at + n.length;
    }
  }
  const extra = claims.filter((c) => !gold.claims.some((g) => c.text.includes(g.text)));
  for (const c of extra) console.log(`  extra claim: "${c.text}" ${c.kind} ${c.value}`);
  console.log(`  seed: ${exact}/${gold.claims.length} claims exact, ${wrong} non-claims reported, ${extra.length} extra`);
  return body.length;
}

export async function run(): Promise<void> {
  const verbose = process.argv.includes('--verbose') || process.env.CLAIMS_VERBOSE === '1';
  console.log('== Numeric claims (issue 5) ==');
  if (!existsSync(SPECS)) {
    console.log(`skipped: ${SPECS} is absent (the shared data lives next to the repo, not in it)`);
    return;
  }
  const rec = evalRecognizers(verbose);
  const seedChars = evalSeed();
  // Speed: the seed body and every spec input, 20 rounds, detectClaims.
  const texts: string[] = [];
  for (const f of readdirSync(SPECS).filter((x) => x.endsWith('.json'))) {
    for (const c of JSON.parse(readFileSync(path.join(SPECS, f), 'utf8')) as RecCase[]) texts.push(c.Input);
  }
  if (existsSync(SEED)) texts.push(seedBody(readFileSync(SEED, 'utf8')));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const rounds = 20;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) detectClaims(t, /[\u0600-\u06ff]/.test(t) ? 'ar' : 'en');
  const ms = performance.now() - t0;
  console.log(`\nSpeed: ${Math.round((chars * rounds) / (ms / 1000)).toLocaleString('en')} chars/s (detectClaims, ${chars} chars x ${rounds})`);
  void rec;
  void seedChars;
}
