/**
 * Builds core/people/data/en-lexicon.json, the English name lexicon of the person detector.
 *
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
