/**
 * The word lists the Latin-script person detector reads, as sets built once per language: the
 * cue words of latin-lexicon.ts for that language, and the English name, place, organisation and
 * everyday-word lists (en-lexicon.json, en-names.json) shared by every language. en-names.json's
 * long lists are searched as they are (sorted-words.ts), never split into sets.
 */
import ENGLISH from './data/en-lexicon.json';
import NAMES from './data/en-names.json';
import { LATIN_WORDS, NOUNS_CAPITALISED, type LatinWords } from './data/latin-lexicon';
import { sortedWordList } from './sorted-words';
import { everydayBases } from './tokens';

export interface WordList {
  has(w: string): boolean;
}

export interface WordSets {
  honorifics: Set<string>;
  titles: Set<string>;
  roleWords: Set<string>;
  particles: Set<string>;
  speech: Set<string>;
  greetings: Set<string>;
  orgWords: Set<string>;
  never: Set<string>;
  givenAlsoWords: Set<string>;
  personNouns: Set<string>;
  placeCues: Set<string>;
  thingCues: Set<string>;
  placeNouns: Set<string>;
  personObjectVerbs: Set<string>;
  personToVerbs: Set<string>;
  subjectVerbs: Set<string>;
  personalPronouns: Set<string>;
  kinAndTrades: Set<string>;
  given: Set<string>;
  surnames: Set<string>;
  /** Rarer given names (census and birth records): evidence only beside a surname or on their own line. */
  moreGiven: WordList;
  /** Census surnames: they keep a word like "Carpenter" or "Long" from reading as an everyday word after a given name. */
  moreSurnames: WordList;
  /** Census surnames that are no everyday words ("Sloan", "Gottlieb"): evidence only after a given name or a title. */
  censusSurnames: WordList;
  /** Given names that are also everyday words, borne by very many ("Robin"): evidence only before a surname. */
  givenWords: WordList;
  places: Set<string>;
  orgs: Set<string>;
  /** Public figures news names by surname alone ("Putin"): see LatinWords.notablePeople. */
  notable: Set<string>;
  common: WordList;
  nounsCapitalised: boolean;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Everyday English words: compromise's list, plus dictionary words kept by their base forms
 * ("heaters" is found through "heater").
 */
function everydayWords(listed: Set<string>, bases: WordList): WordList {
  return {
    has(w: string) {
      if (listed.has(w) || bases.has(w)) return true;
      for (const b of everydayBases(w)) if (bases.has(b) || listed.has(b)) return true;
      return false;
    },
  };
}
type SharedLists = 'given' | 'moreGiven' | 'moreSurnames' | 'censusSurnames' | 'givenWords' | 'surnames' | 'places' | 'orgs' | 'notable' | 'common';
let shared: Pick<WordSets, SharedLists> | undefined;
const cache = new Map<string, WordSets>();

/** Word lists for `lang`, built once; unknown languages use the English lists. */
export function wordSetsFor(lang: string): WordSets {
  const key = LATIN_WORDS[lang] ? lang : 'en';
  const hit = cache.get(key);
  if (hit) return hit;
  shared ??= {
    given: new Set(ENGLISH.given),
    moreGiven: sortedWordList(NAMES.given),
    moreSurnames: sortedWordList(NAMES.surnameWords),
    censusSurnames: sortedWordList(NAMES.surnames),
    givenWords: sortedWordList(NAMES.givenWords),
    surnames: new Set(ENGLISH.surnames),
    places: new Set(ENGLISH.places),
    orgs: new Set([...ENGLISH.orgs, ...words(LATIN_WORDS.en!.orgNames ?? '')]),
    notable: words(LATIN_WORDS.en!.notablePeople ?? ''),
    common: everydayWords(new Set(ENGLISH.common), sortedWordList(NAMES.words)),
  };
  const w: LatinWords = LATIN_WORDS[key]!;
  const sets: WordSets = {
    ...shared,
    // The everyday-word list is English: other languages rely on their own `never` list.
    common: key === 'en' ? shared.common : new Set<string>(),
    honorifics: words(w.honorifics),
    titles: words(w.titles),
    roleWords: words(w.roleWords),
    particles: words(w.particles),
    speech: words(w.speech),
    greetings: words(w.greetings),
    orgWords: words(w.orgWords),
    never: words(w.never),
    givenAlsoWords: words(w.givenAlsoWords),
    personNouns: words(w.personNouns),
    placeCues: words(w.placeCues),
    thingCues: words(w.thingCues),
    placeNouns: words(w.placeNouns ?? ''),
    personObjectVerbs: words(w.personObjectVerbs ?? ''),
    personToVerbs: words(w.personToVerbs ?? ''),
    subjectVerbs: words(w.subjectVerbs ?? ''),
    personalPronouns: words(w.personalPronouns ?? ''),
    kinAndTrades: words(w.kinAndTrades ?? ''),

    nounsCapitalised: NOUNS_CAPITALISED.has(key),
  };
  cache.set(key, sets);
  return sets;
}
