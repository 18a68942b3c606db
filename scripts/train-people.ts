/**
 * Builds the data files of the person detector:
 *
 * 1. core/people/data/en-lexicon.json, the English name lexicon (below);
 * 2. core/people/data/ar-tagger.json, the Arabic averaged-perceptron tagger (trainArabicTagger).
 *
 * (An English run re-scorer, an averaged perceptron over rule names and lexicon/cue classes of
 * each capitalised run, was tried again: trained on EWT dev it raised dev F1 to 0.85-0.87 but
 * held-out test F1 fell from 0.746 to 0.72-0.74, so English runs on rules alone.)
 *
 * For (1): *
 * Nothing is learned from any gold set: the lists are derived from the lexicon that ships inside
 * compromise (MIT licence, (c) Spencer Kelly), which tags words as first names, last names,
 * places and organisations. We keep the words, lower-cased, and drop the ones a person detector
 * must not trust (first names that are also months or very common words are left to context).
 *
 * Run: npx tsx scripts/train-people.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { arabicTrainingView } from '../core/people/arabic';
import { bestTag, decodeViterbi, historyFeatures, TAG_B, TAG_COUNT, TAG_I, TAG_O, type TaggerModel } from '../core/people/perceptron';

const OUT = path.resolve(process.cwd(), 'core/people/data/en-lexicon.json');

const GIVEN_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const SURNAME_TAGS = new Set(['LastName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Demonym']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
/** Everyday words: a capitalised one at a sentence start is no evidence of a name. */
const NAME_LIKE_TAGS = new Set([...GIVEN_TAGS, ...SURNAME_TAGS, ...PLACE_TAGS, ...ORG_TAGS, 'Person', 'ProperNoun', 'Honorific']);

function tagsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
const given = new Set<string>();
const surnames = new Set<string>();
const places = new Set<string>();
const orgs = new Set<string>();
const common = new Set<string>();
for (const [word, value] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z'\-. ]*$/.test(word)) continue;
  const tags = tagsOf(value);
  if (tags.some((t) => GIVEN_TAGS.has(t)) && !word.includes(' ')) given.add(word);
  if (tags.some((t) => SURNAME_TAGS.has(t)) && !word.includes(' ')) surnames.add(word);
  if (tags.some((t) => PLACE_TAGS.has(t))) places.add(word);
  if (tags.some((t) => ORG_TAGS.has(t))) orgs.add(word);
  if (!word.includes(' ') && /^[a-z]+$/.test(word) && !tags.some((t) => NAME_LIKE_TAGS.has(t))) common.add(word);
}

const sorted = (s: Set<string>) => [...s].sort();
const data = {
  about:
    'Derived by scripts/train-people.ts from the lexicon shipped in compromise (MIT licence). Lower-case words.',
  given: sorted(given),
  surnames: sorted(surnames),
  places: sorted(places),
  orgs: sorted(orgs),
  common: sorted(common),
};
writeFileSync(OUT, JSON.stringify(data) + '\n');
console.log(
  `wrote ${OUT}: ${given.size} given names, ${surnames.size} surnames, ${places.size} places, ` +
    `${orgs.size} organisations, ${common.size} common words`,
);

/**
 * (2) The Arabic tagger. Trained on the first half of ANERcorp's training part (CC-BY-SA-4.0,
 * Benajiba et al.; ../shared/gold/people-ar-anercorp-train.jsonl), sentences grouped 25 to a
 * document the way the evaluation reads them; the second half is held out for the report.
 * The features never hold a corpus word: only Gloss's own word lists, word classes, one- to
 * three-letter endings and beginnings, proclitic readings, whether the word is written elsewhere
 * in the text after a given name, and the rules' own decisions (arabic-tagger.ts, features()).
 * Training is a structured perceptron: each sentence is decoded whole (Viterbi, as at run time)
 * and the weights move where the decoded path leaves the gold one.
 */
const ANERCORP = path.resolve(process.cwd(), '../shared/gold/people-ar-anercorp-train.jsonl');
const TAGGER_OUT = path.resolve(process.cwd(), 'core/people/data/ar-tagger.json');
const EPOCHS = 10;
const DOC_SIZE = 25;
/** Features seen fewer times than this are dropped, keeping the model small and general. */
const MIN_FEATURE_COUNT = 5;
/** Train on whole decoded sequences (Viterbi, as the detector decodes) rather than token by token. */
const STRUCTURED = true;

interface Example {
  feats: string[][];
  gold: Uint8Array;
  /** Tokens that start a new line (a sentence of the corpus). */
  breaks: Uint8Array;
}

function arabicExamples(): Example[] {
  const lines = readFileSync(ANERCORP, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; people: Array<{ start: number; end: number }> });
  const train = lines.slice(0, Math.floor(lines.length / 2));
  const examples: Example[] = [];
  for (let d = 0; d < train.length; d += DOC_SIZE) {
    const doc = train.slice(d, d + DOC_SIZE);
    let text = '';
    const spans: Array<[number, number]> = [];
    for (const line of doc) {
      if (text) text += '\n\n';
      for (const p of line.people) spans.push([text.length + p.start, text.length + p.end]);
      text += line.text;
    }
    const view = arabicTrainingView(text);
    const gold = new Uint8Array(view.tokens.length);
    view.tokens.forEach((t, i) => {
      for (const [s, e] of spans) {
        if (t.start <= s && s < t.end) gold[i] = TAG_B;
        else if (t.start > s && t.start < e) gold[i] = TAG_I;
      }
    });
    examples.push({ feats: view.feats, gold, breaks: Uint8Array.from(view.tokens, (t) => (t.newline ? 1 : 0)) });
  }
  return examples;
}

function trainArabicTagger(): void {
  if (!existsSync(ANERCORP)) {
    console.log(`Arabic tagger: ${ANERCORP} is absent; the shipped model is kept.`);
    return;
  }
  trainTagger(
    'Arabic',
    arabicExamples(),
    TAGGER_OUT,
    'Averaged perceptron (B/I/O) for Arabic person names, trained by scripts/train-people.ts on the first ' +
      'half of ANERcorp train (CC-BY-SA-4.0). Features: Gloss word lists and classes, word endings, rule decisions.',
  );
}

function trainTagger(label: string, examples: Example[], out: string, about: string): void {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const fs of ex.feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) ?? 0) >= MIN_FEATURE_COUNT || f.startsWith('t=');
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  let step = 0;
  /** The current weights as the decoder reads them (same arrays, updated in place). */
  const liveWeights: Record<string, [number, number, number]> = {};
  const weight = (f: string) => {
    let v = w.get(f);
    if (!v) {
      v = new Float64Array(TAG_COUNT);
      w.set(f, v);
      liveWeights[f] = v as unknown as [number, number, number];
      total.set(f, new Float64Array(TAG_COUNT));
      stamp.set(f, new Float64Array(TAG_COUNT));
    }
    return v;
  };
  const bump = (f: string, tag: number, by: number) => {
    const v = weight(f);
    const t = total.get(f)!;
    const st = stamp.get(f)!;
    t[tag]! += (step - st[tag]!) * v[tag]!;
    st[tag] = step;
    v[tag]! += by;
  };
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const s = new Float64Array(TAG_COUNT);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = examples.map((_, i) => i).sort(() => random() - 0.5);
    let errors = 0;
    let tokens = 0;
    for (const idx of order) {
      const ex = examples[idx]!;
      if (STRUCTURED) {
        // Whole-sentence decoding (as at run time), then one update where the paths differ.
        const own = ex.feats.map((fs) => fs.filter(keep));
        const snapshot: TaggerModel = { about: '', weights: liveWeights };
        for (let a = 0; a < own.length; ) {
          let b = a + 1;
          while (b < own.length && !ex.breaks[b]) b++;
          step++;
          const guess = decodeViterbi(snapshot, own.slice(a, b));
          let prevGuess = TAG_O;
          let prevGold = TAG_O;
          for (let i = a; i < b; i++) {
            const truth = ex.gold[i]! === TAG_I && prevGold === TAG_O ? TAG_B : ex.gold[i]!;
            const g = guess[i - a]!;
            if (g !== truth || prevGuess !== prevGold) {
              if (g !== truth) errors++;
              for (const f of [...own[i]!, ...historyFeatures(prevGold, ex.feats[i]![1] ?? '')]) bump(f, truth, 1);
              for (const f of [...own[i]!, ...historyFeatures(prevGuess, ex.feats[i]![1] ?? '')]) bump(f, g, -1);
            }
            tokens++;
            prevGuess = g;
            prevGold = truth;
          }
          a = b;
        }
        continue;
      }
      let prev = TAG_O;
      let prevGold = TAG_O;
      for (let i = 0; i < ex.feats.length; i++) {
        step++;
        const own = ex.feats[i]!.filter(keep);
        const feats = [...own, ...historyFeatures(prev, ex.feats[i]![1] ?? '')];
        s.fill(0);
        for (const f of feats) {
          const v = w.get(f);
          if (v) for (let t = 0; t < TAG_COUNT; t++) s[t]! += v[t]!;
        }
        const guess = bestTag(s, prev);
        const truth = ex.gold[i]! === TAG_I && prevGold === TAG_O ? TAG_B : ex.gold[i]!;
        if (guess !== truth) {
          errors++;
          for (const f of feats) {
            bump(f, truth, 1);
            bump(f, guess, -1);
          }
        }
        tokens++;
        prev = guess;
        prevGold = truth;
      }
    }
    console.log(`${label} tagger epoch ${epoch + 1}: ${errors} errors in ${tokens} tokens`);
  }
  const weights: TaggerModel['weights'] = {};
  for (const [f, v] of w) {
    const t = total.get(f)!;
    const st = stamp.get(f)!;
    const avg = [0, 0, 0].map((_, tag) => (t[tag]! + (step - st[tag]!) * v[tag]!) / step);
    if (avg.every((x) => Math.abs(x) < 1e-4)) continue;
    weights[f] = avg.map((x) => Math.round(x * 1e4) / 1e4) as [number, number, number];
  }
  const model: TaggerModel = { about, weights };
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`wrote ${out}: ${Object.keys(weights).length} features`);
}

trainArabicTagger();
