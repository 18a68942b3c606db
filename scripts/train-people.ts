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
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { ANERCORP, hasAnercorp, readAnercorp, trainOnLines } from './lib/arabic-tagger-training';

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
 * (2) The Arabic tagger, trained on every sentence of ANERcorp's training part (CC-BY-SA-4.0,
 * Benajiba et al.; ../shared/gold/people-ar-anercorp-train.jsonl) in corpus order, sentences
 * grouped DOC_SIZE (25) to a document the way the evaluation reads them. The evaluation never scores
 * this model: it trains one model per half (scripts/lib/arabic-tagger-training.ts) and scores
 * each on the other half. Features: Gloss's word lists and classes, word endings and
 * beginnings, the words and their neighbours (rare ones dropped, small weights pruned),
 * proclitic readings, document evidence and the rules' own decisions (arabic-tagger.ts), plus the
 * common-word and name-word lists it reads from the same sentences (trainOnLines), shipped inside
 * the model.
 */
const TAGGER_OUT = path.resolve(process.cwd(), 'core/people/data/ar-tagger.json');

function trainArabicTagger(): void {
  if (!hasAnercorp()) {
    console.log(`Arabic tagger: ${ANERCORP} is absent; the shipped model is kept.`);
    return;
  }
  const model = trainOnLines(
    readAnercorp(),
    'Averaged perceptron (B/I/O) for Arabic person names, trained by scripts/train-people.ts on all 4,165 ' +
      'sentences of ANERcorp train (CC-BY-SA-4.0; these weights carry that licence). Features: Gloss word lists ' +
      'and classes, word forms and neighbours, word endings and letter shapes, rule decisions, and two word lists ' +
      'from the same sentences (words written often outside names; words written inside names).',
    { log: (line) => console.log(`Arabic tagger ${line}`) },
  );
  writeFileSync(TAGGER_OUT, JSON.stringify(model) + '\n');
  console.log(`wrote ${TAGGER_OUT}: ${Object.keys(model.weights).length} features`);
}

trainArabicTagger();
