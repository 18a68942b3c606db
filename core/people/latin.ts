/**
 * Person mentions in Latin-script languages (English first; French, Spanish and German through
 * their word lists). A name is a run of capitalised words (with initials and particles such as
 * "de", "bin", "van"); it counts as a person when the evidence says so: a given name from the
 * lexicon, a known surname at its end, a title or courtesy title before it, a verb of saying or a
 * greeting around it. Runs holding organisation or place words are left alone. Web text adds its
 * own spots: a signature alone on its line, the addressee opening a mail, a possessive, a list
 * beside a known person, Lotus Notes addresses, "Surname , Given" headers, and lower-case given
 * names where nobody capitalises. A word the text also writes in lower case is no name.
 */
import ENGLISH from './data/en-lexicon.json';
import { LATIN_WORDS, NOUNS_CAPITALISED, type LatinWords } from './data/latin-lexicon';
import { linkMentions, type RawMention, type Restemmer } from './link';
import { tokenize, type Token } from './tokens';
import type { PersonMention } from '../types';

/** Longest role phrase in words ("Deputy Secretary of State for Political Affairs"). */
const MAX_ROLE_WORDS = 7;
/** Longest apposition scanned after a name for a role (", a senior Hamas official,"). */
const MAX_APPOSITION_WORDS = 8;
/** Prepositions of place: a lone given name right after one is a town ("in Lawrence, KS"). */
const TOWN_CUES = new Set(['in', 'at', 'around', 'near', 'inside', 'outside']);
/** Punctuation after which a capital says nothing (sentence and quotation starts). */
const OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '‘', '«', '»', '(', '[', '-', '–', '—', '•', '*', '|', '>', '<']);
const UPPER = /^\p{Lu}/u;
/** Articles and linkers trimmed off the ends of a role phrase. */
const LINKERS = /^(?:the|a|an|of|and|to|for)$/;
/** Arabic surnames written with a joined article: "al-Sadr", "el-Sisi". */
const ARTICLE_NAME = /^(?:al|el|ad|ash|as|ar|at|an|az)-\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE = /['’]s$/;
/** A word glued to "@", "_", "/" or a dotted word is part of an address or a file name. */
const MACHINE_GLUE = /[@_/\\]|\.[\p{L}\d]/u;
/**
 * Lotus Notes addresses in forwarded mail ("John Griffith@ENRON"): the surname glued to an
 * upper-case mail domain is a name, and the domain is written as part of it.
 */
const NOTES_ADDRESS = /^\p{Lu}[\p{L}'’-]*@[A-Z]{2,}$/u;
const NOTES_DOMAIN = /^[A-Z]{2,}$/;
/** Punctuation that may follow a name alone on its line ("Mery ,", "Runar", "Tom -"). */
const LINE_TRAILERS = /^[,\-–—]$/;
/** Lone words that fill a line or open a mail without being names: adverbs, cries ("Sooooo"). */
const NOT_ALONE_NAME = /ly$|(\p{L})\1\1/u;
/** Sentence starts seen before a text is judged casual, and the lower-case share it needs. */
const CASUAL_MIN_STARTS = 2;
const CASUAL_LOWER_SHARE = 0.5;
/** Words joining names in a list ("Steve , Rod and Elyse"). */
const LIST_JOINERS = new Set([',', 'and', '&', 'or']);
/** "St. Thomas", "Ft. Worth": abbreviations that start place names, not sentences. */
const PLACE_ABBREVIATIONS = new Set(['st', 'ft', 'mt', 'pt']);

interface Sets {
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
  given: Set<string>;
  surnames: Set<string>;
  places: Set<string>;
  orgs: Set<string>;
  common: Set<string>;
  nounsCapitalised: boolean;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
let shared: Pick<Sets, 'given' | 'surnames' | 'places' | 'orgs' | 'common'> | undefined;
const cache = new Map<string, Sets>();

/** Word lists for `lang`, built once; unknown languages use the English lists. */
function setsFor(lang: string): Sets {
  const key = LATIN_WORDS[lang] ? lang : 'en';
  const hit = cache.get(key);
  if (hit) return hit;
  shared ??= {
    given: new Set(ENGLISH.given),
    surnames: new Set(ENGLISH.surnames),
    places: new Set(ENGLISH.places),
    orgs: new Set(ENGLISH.orgs),
    common: new Set(ENGLISH.common),
  };
  const w: LatinWords = LATIN_WORDS[key]!;
  const sets: Sets = {
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

    nounsCapitalised: NOUNS_CAPITALISED.has(key),
  };
  cache.set(key, sets);
  return sets;
}

interface Info {
  lower: string;
  /** Glued to an e-mail address, a file name or a URL. */
  machine: boolean;
  /** End of the word without a possessive "'s". */
  nameEnd: number;
  cap: boolean;
  initial: boolean;
  /** The next token is a "." glued to this word ("Mr.", "J."). */
  dotted: boolean;
  sentStart: boolean;
}

/** Whether the space-free chunk holding token i looks like an address or a file name. */
function isMachine(tokens: Token[], i: number): boolean {
  let a = i;
  while (a > 0 && tokens[a - 1]!.end === tokens[a]!.start) a--;
  let b = i;
  while (b + 1 < tokens.length && tokens[b + 1]!.start === tokens[b]!.end) b++;
  if (a === b) return false;
  let chunk = '';
  for (let k = a; k <= b; k++) chunk += tokens[k]!.text;
  // Initials ("J.R.") and abbreviations ("U.S.") are not addresses.
  if (/^(?:\p{Lu}\.)+\p{Lu}?$/u.test(chunk)) return false;
  if (NOTES_ADDRESS.test(chunk) && tokens[i]!.text !== '@') return false;
  return MACHINE_GLUE.test(chunk);
}

function describe(tokens: Token[], S: Sets): Info[] {
  const infos: Info[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const poss = t.word && POSSESSIVE.test(t.text) ? 2 : 0;
    const bare = poss ? t.text.slice(0, -2) : t.text;
    const lower = bare.toLowerCase();
    const next = tokens[i + 1];
    const dotted = next !== undefined && next.text === '.' && next.start === t.end;
    const cap = t.word && (UPPER.test(bare) || ARTICLE_NAME.test(bare)) && (HAS_LOWER.test(bare) || bare.length === 1);
    const initial = t.word && bare.length === 1 && UPPER.test(bare);
    let sentStart = i === 0 || t.newline;
    if (!sentStart) {
      const prev = tokens[i - 1]!;
      if (OPENERS.has(prev.text)) {
        // "Mr. Smith" and "J. Smith": the dot closes an abbreviation, not a sentence.
        const before = infos[i - 2];
        const abbrev =
          prev.text === '.' &&
          before !== undefined &&
          (before.initial || S.honorifics.has(before.lower) || PLACE_ABBREVIATIONS.has(before.lower));
        sentStart = !abbrev;
      }
    }
    // Only a capitalised word can start a name, so only those pay for the address check.
    const machine = cap && isMachine(tokens, i);
    infos.push({ lower, machine, nameEnd: t.end - poss, cap, initial, dotted, sentStart });
  }
  return infos;
}

interface Analysis {
  tokens: Token[];
  found: RawMention[];
  stems: Restemmer;
}

/**
 * Every person mention in a Latin-script text. (A perceptron over these rules, trained on
 * English-EWT dev, scored no better on the held-out test split, so English runs on rules alone.)
 */
export function detectLatinPeople(text: string, lang: string): PersonMention[] {
  const a = analyse(text, lang);
  return linkMentions(text, a.tokens, a.found, a.stems);
}

function analyse(text: string, lang: string): Analysis {
  const S = setsFor(lang);
  const tokens = tokenize(text);
  const info = describe(tokens, S);
  const n = tokens.length;
  const found: RawMention[] = [];
  /** Names that the text gave a storm or a ship: later mentions are no people either. */
  const things = new Set<string>();
  // Casual text ("i think shanna and i ..."): a lower-case given name is a name there.
  const casual = isCasual();
  /** Lone unknown capitalised words not taken as names: people if listed beside one. */
  const listed: number[] = [];

  const isTitle = (i: number) => S.titles.has(info[i]!.lower);
  const isHonorific = (i: number) => S.honorifics.has(info[i]!.lower) && (info[i]!.dotted || info[i]!.cap);
  /** A word that can sit in a name run. */
  const nameWord = (i: number) => tokens[i]!.word && info[i]!.cap && !info[i]!.machine && !/\d/.test(tokens[i]!.text);
  const particleAt = (i: number) => tokens[i]!.word && !info[i]!.cap && S.particles.has(info[i]!.lower);

  /** The role phrase that ends right before token `start`, if it holds a title. */
  function roleBefore(start: number): string | undefined {
    let j = start - 1;
    let head = -1;
    let first = -1;
    for (let steps = 0; j >= 0 && steps < MAX_ROLE_WORDS; j--, steps++) {
      const t = tokens[j]!;
      const inf = info[j]!;
      if (!t.word) {
        // Dots inside "U.S." keep the phrase going.
        if (t.text === '.' && j > 0 && info[j - 1]!.initial) continue;
        break;
      }
      const allowed = isTitle(j) || S.roleWords.has(inf.lower) || (inf.cap && !S.never.has(inf.lower)) || inf.initial;
      if (!allowed) break;
      if (isTitle(j)) head = j;
      first = j;
      if (inf.sentStart) break;
    }
    if (head < 0) return undefined;
    // Trim a leading article or linker: "the Kremlin spokesman" -> "Kremlin spokesman".
    while (first < head && (LINKERS.test(info[first]!.lower) || S.never.has(info[first]!.lower))) first++;
    let last = start - 1;
    while (last > head && LINKERS.test(info[last]!.lower)) last--;
    if (!tokens[last]!.word && tokens[last]!.text !== '.') return undefined;
    return text.slice(tokens[first]!.start, info[last]!.nameEnd);
  }

  /** ", a senior Hamas official," after a name. */
  function roleAfter(end: number): string | undefined {
    if (tokens[end]?.text !== ',') return undefined;
    let j = end + 1;
    let hasTitle = false;
    while (j < n && j - end <= MAX_APPOSITION_WORDS && tokens[j]!.word && !tokens[j]!.newline) {
      if (isTitle(j)) hasTitle = true;
      j++;
    }
    const stop = tokens[j];
    if (!hasTitle || j === end + 1 || (stop && !/^[,.;)]$/.test(stop.text))) return undefined;
    const firstWord = info[end + 1]!.lower;
    if (!/^(?:a|an|the|his|her|its|their)$/.test(firstWord) && !isTitle(end + 1) && !info[end + 1]!.cap) return undefined;
    return text.slice(tokens[end + 1]!.start, info[j - 1]!.nameEnd);
  }

  /**
   * A mail header's '" Lenhart , Matthew "': a surname, a comma and a given name filling the
   * quotes (or the line) are one name written surname first.
   */
  function invertedName(run: number[]): { mention: RawMention; next: number } | undefined {
    if (run.length !== 1) return undefined;
    const k = run[0]!;
    const opens = k === 0 || tokens[k]!.newline || /^["“]$/.test(tokens[k - 1]!.text);
    const g = k + 2;
    if (!opens || tokens[k + 1]?.text !== ',' || g >= n || !nameWord(g) || tokens[g]!.newline) return undefined;
    if (!S.given.has(info[g]!.lower) || S.common.has(info[k]!.lower) || S.never.has(info[k]!.lower)) return undefined;
    const after = tokens[g + 1];
    if (after && !after.newline && !/^["”]$/.test(after.text)) return undefined;
    return { mention: { start: tokens[k]!.start, end: info[g]!.nameEnd, key: [info[g]!.lower, info[k]!.lower] }, next: g + 1 };
  }

  /**
   * Words this text also writes in lower case away from a sentence start ("delivery", "pizza"):
   * everyday words whatever the lexicon says. Not used in casual text, where names go small too.
   */
  let small: Set<string> | undefined;
  function writtenSmall(): Set<string> {
    if (small) return small;
    small = new Set<string>();
    if (casual) return small;
    for (let k = 0; k < n; k++) {
      const inf = info[k]!;
      if (tokens[k]!.word && !inf.cap && !inf.sentStart && !S.particles.has(inf.lower)) small.add(inf.lower);
    }
    return small;
  }

  /** Sentences mostly start in lower case, and "i" is written small: nobody capitalises here. */
  function isCasual(): boolean {
    let starts = 0;
    let lower = 0;
    let smallI = 0;
    for (let k = 0; k < n; k++) {
      if (!tokens[k]!.word) continue;
      if (tokens[k]!.text === 'i') smallI++;
      if (!info[k]!.sentStart || /^\d/.test(tokens[k]!.text)) continue;
      starts++;
      if (!info[k]!.cap && !info[k]!.initial) lower++;
    }
    return starts >= CASUAL_MIN_STARTS && lower / starts >= CASUAL_LOWER_SHARE && smallI > 0;
  }

  /** A lower-case word that can only be a given name ("shanna", "hector"). */
  function lowerGiven(k: number): boolean {
    const t = tokens[k]!;
    const l = info[k]!.lower;
    return t.word && !info[k]!.cap && l.length >= 3 && !isMachine(tokens, k) && l === t.text.toLowerCase() && /^\p{Ll}+$/u.test(t.text)
      && S.given.has(l) && !S.common.has(l) && !S.never.has(l) && !S.places.has(l) && !S.particles.has(l);
  }

  /**
   * The run follows "By" opening its line (a byline). ("Posted by" is left out: blogs post
   * under their own names, "Posted by Hidden Nook".)
   */
  function byline(first: number): boolean {
    const by = first - 1;
    if (by < 0 || info[by]!.lower !== 'by' || tokens[first]!.newline) return false;
    return tokens[by]!.newline || by === 0;
  }

  /** The run fills a quoted display name before a mail address: '" Les Spahnn " <'. */
  function mailHeader(first: number, last: number): boolean {
    const open = tokens[first - 1];
    const close = tokens[last + 1];
    return open !== undefined && close !== undefined && /^["“]$/.test(open.text) && /^["”]$/.test(close.text) && tokens[last + 2]?.text === '<';
  }

  /** A possessive follows token k ("Arafat's", EWT's split "Arafat 's") and then a lower-case word. */
  function possessiveOf(k: number): boolean {
    let after = k + 1;
    if (info[k]!.nameEnd < tokens[k]!.end) after = k + 1;
    else if (/^['’]$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text.toLowerCase() === 's') after = k + 3;
    else return false;
    const t = tokens[after];
    return t !== undefined && t.word && !t.newline && !info[after]!.cap && !S.never.has(info[after]!.lower);
  }

  /** What follows token k reads like the rest of a clause after its subject, or nothing does. */
  function subjectAfter(k: number): boolean {
    const t = tokens[k + 1];
    if (!t || t.newline || possessiveOf(k)) return true;
    if (t.text === ',' ) return true;
    return t.word && !info[k + 1]!.cap && !/\d/.test(t.text);
  }

  /** Tokens first..last fill their line, but for trailing punctuation ("Mery ,"). */
  function aloneOnLine(first: number, last: number): boolean {
    if (first > 0 && !tokens[first]!.newline) return false;
    for (let k = last + 1; k < n && !tokens[k]!.newline; k++) if (!LINE_TRAILERS.test(tokens[k]!.text)) return false;
    return true;
  }

  /** A line opening with the addressee: "Ginny , Please see ...". */
  function vocative(first: number, last: number): boolean {
    if (first > 0 && !tokens[first]!.newline) return false;
    const comma = tokens[last + 1];
    const next = tokens[last + 2];
    return comma?.text === ',' && next !== undefined && !next.newline && next.word && info[last + 2]!.cap;
  }

  /** The end of an upper-case mail domain glued to the name ("Griffith@ENRON"), if any. */
  function notesEnd(last: number): number | undefined {
    const at = tokens[last + 1];
    const dom = tokens[last + 2];
    if (at?.text !== '@' || at.start !== tokens[last]!.end || !dom || dom.start !== at.end) return undefined;
    return NOTES_DOMAIN.test(dom.text) ? dom.end : undefined;
  }

  /**
   * "Rumsfeld , Wolfowitz and Feith": lone unknown capitalised words listed beside a person are
   * people too. Runs until no list grows.
   */
  function listedPeople(): void {
    if (listed.length === 0) return;
    const startsAt = new Map<number, RawMention>();
    const endsAt = new Map<number, RawMention>();
    for (const m of found) {
      startsAt.set(m.start, m);
      endsAt.set(m.end, m);
    }
    const personBeside = (k: number, dir: 1 | -1): boolean => {
      const j = k + dir;
      const other = j + dir;
      if (other < 0 || other >= n || !LIST_JOINERS.has(info[j]!.lower)) return false;
      // The list stays on one line.
      if (tokens[dir === 1 ? j : k]!.newline || tokens[dir === 1 ? other : j]!.newline) return false;
      // A person's mention starts (going right) or ends (going left) at the other token.
      return dir === 1 ? startsAt.has(tokens[other]!.start) : [...endsAt.keys()].some((e) => e === tokens[other]!.end || e === info[other]!.nameEnd);
    };
    let grew = true;
    const left = new Set(listed);
    while (grew) {
      grew = false;
      for (const k of left) {
        if (!personBeside(k, 1) && !personBeside(k, -1)) continue;
        const m: RawMention = { start: tokens[k]!.start, end: info[k]!.nameEnd, key: [info[k]!.lower], anchor: false };
        found.push(m);
        startsAt.set(m.start, m);
        endsAt.set(m.end, m);
        left.delete(k);
        grew = true;
      }
    }
  }

  let i = 0;
  while (i < n) {
    if (casual && lowerGiven(i)) {
      let j = i + 1;
      while (j < n && j - i < 3 && !tokens[j]!.newline && (lowerGiven(j) || (tokens[j]!.word && !info[j]!.cap && S.surnames.has(info[j]!.lower) && !S.common.has(info[j]!.lower)))) j++;
      const key: string[] = [];
      for (let k = i; k < j; k++) key.push(info[k]!.lower);
      found.push({ start: tokens[i]!.start, end: info[j - 1]!.nameEnd, key, anchor: false });
      i = j;
      continue;
    }
    if (!nameWord(i) && !particleStart(i)) {
      i++;
      continue;
    }
    // Collect the run: capitalised words, initials with their dots, particles between names.
    const run: number[] = [];
    let j = i;
    while (j < n) {
      if (j > i && tokens[j]!.newline) break;
      if (nameWord(j)) {
        run.push(j);
        const possessive = info[j]!.nameEnd < tokens[j]!.end;
        if (possessive) {
          j++;
          break;
        }
        j += (info[j]!.initial || isHonorific(j)) && info[j]!.dotted ? 2 : 1;
        continue;
      }
      if (particleAt(j) && j + 1 < n && nameWord(j + 1) && !tokens[j + 1]!.newline) {
        run.push(j);
        j++;
        continue;
      }
      // "al - Sadr": a particle joined by a spaced hyphen.
      if (run.length && particleAt(j) && tokens[j + 1]?.text === '-' && j + 2 < n && nameWord(j + 2)) {
        run.push(j);
        j += 2;
        continue;
      }
      break;
    }
    i = Math.max(j, i + 1);
    const inverted = invertedName(run);
    if (inverted) {
      found.push(inverted.mention);
      i = inverted.next;
      continue;
    }
    judge(run);
  }

  function particleStart(i: number): boolean {
    // "de Gaulle", "bin Salman" with no capitalised word before.
    return particleAt(i) && i + 1 < n && nameWord(i + 1) && !S.common.has(info[i + 1]!.lower);
  }

  function judge(all: number[]): void {
    if (all.length === 0) return;
    const cue = all[0]! - 1;
    if (cue >= 0 && S.thingCues.has(info[cue]!.lower)) {
      for (const k of all) things.add(info[k]!.lower);
      return;
    }
    if (info[all[0]!]!.lower && S.thingCues.has(info[all[0]!]!.lower) && all.length > 1) {
      for (const k of all.slice(1)) things.add(info[k]!.lower);
      return;
    }
    if (all.some((k) => things.has(info[k]!.lower))) return;
    let a = 0;
    let honorific = false;
    let titled = false;
    // Strip courtesy titles, role words and openers from the front.
    while (a < all.length) {
      const k = all[a]!;
      const lower = info[k]!.lower;
      if (isHonorific(k)) honorific = true;
      else if (isTitle(k)) titled = true;
      else if (
        (S.never.has(lower) && !(info[k]!.initial && info[k]!.dotted)) ||
        S.roleWords.has(lower) ||
        (S.places.has(lower) && !S.given.has(lower)) ||
        (info[k]!.sentStart && S.common.has(lower)) ||
        (S.common.has(lower) && !S.given.has(lower) && a + 1 < all.length && isTitle(all[a + 1]!))
      ) {
        honorific = false;
        titled = false;
      } else break;
      a++;
    }
    let run = all.slice(a);
    // Cut at words that never belong to a name ("Obama Tuesday").
    // ("Muhammed Sheikh Khalil" keeps its inner title: a given name stands before it.)
    const cut = run.findIndex(
      // (A dotted middle initial "A." is no article "A".)
      (k, x) => x > 0 && ((S.never.has(info[k]!.lower) && !(info[k]!.initial && info[k]!.dotted)) || (isTitle(k) && !S.given.has(info[run[x - 1]!]!.lower))),
    );
    if (cut > 0) {
      // "U.S. Secretary Blinken": what follows the cut is a run of its own.
      judge(run.slice(cut));
      run = run.slice(0, cut);
    }
    while (run.length && particleAt(run[run.length - 1]!)) run.pop();
    // "John Staikos Direct Dial": everyday words after a full name are a label, not the name.
    while (run.length > 2 && S.common.has(info[run[run.length - 1]!]!.lower) && !S.surnames.has(info[run[run.length - 1]!]!.lower)) run.pop();
    if (run.length === 0 || run.every((k) => info[k]!.initial)) return;
    // "St. Thomas" is a saint's place, not a person.
    const lead = run[0]! - 2;
    if (lead >= 0 && tokens[lead + 1]!.text === '.' && PLACE_ABBREVIATIONS.has(info[lead]!.lower)) return;
    const lowers = run.map((k) => info[k]!.lower);
    if (lowers.some((w) => S.orgWords.has(w))) return;
    const joined = lowers.join(' ');
    if ((S.orgs.has(joined) || S.places.has(joined)) && !honorific && !titled) return;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const before = first - 1 - (a === 0 ? 0 : 0);
    const prevWord = before >= 0 && tokens[before]!.word ? info[before]! : undefined;
    if (prevWord && !info[first]!.sentStart && S.honorifics.has(prevWord.lower)) honorific = true;
    if (prevWord && isTitle(before)) titled = true;
    if (!prevWord && before >= 1 && tokens[before]!.text === '.' && isHonorific(before - 1)) honorific = true;

    const firstLower = lowers[0]!;
    const isGiven =
      (S.given.has(firstLower) && !S.never.has(firstLower)) || (S.givenAlsoWords.has(firstLower) && run.length > 1);
    const initialLed = info[first]!.initial && run.length > 1 && !info[last]!.initial;
    const loneSurname =
      run.length === 1 && S.surnames.has(firstLower) && !S.common.has(firstLower) && !S.given.has(firstLower);
    const hasSurname = run.length > 1 && S.surnames.has(lowers[lowers.length - 1]!);
    // ("Muqtada al - Sadr": particles are no evidence either way.)
    const unknownWords = run.every(
      (k, x) => particleAt(k) || (!S.common.has(lowers[x]!) && !S.places.has(lowers[x]!) && !S.never.has(lowers[x]!) && !writtenSmall().has(lowers[x]!)),
    );
    const nextTok = tokens[run[run.length - 1]! + 1];
    const nextLower = nextTok ? nextTok.text.toLowerCase() : '';
    const prevLower = before >= 0 ? tokens[before]!.text.toLowerCase() : '';
    const speechAround = S.speech.has(nextLower) || S.speech.has(prevLower) || nextLower === 'who';
    const personNoun = run.length === 1 && S.personNouns.has(nextLower);
    const placeCue = S.placeCues.has(prevLower);
    const greeted = S.greetings.has(prevLower) || (before >= 1 && tokens[before]!.text === ',' && S.greetings.has(tokens[before - 1]!.text.toLowerCase()));
    const single = run.length === 1;

    let person = false;
    let anchor = true;
    if (honorific || titled) person = !S.places.has(joined);
    else if (single && S.givenAlsoWords.has(firstLower) && (greeted || aloneOnLine(first, last))) person = true;
    else if (isGiven) person = !(single && (S.places.has(firstLower) || TOWN_CUES.has(prevLower)));
    else if (hasSurname && !S.common.has(firstLower)) person = true;
    else if (initialLed || loneSurname) person = !S.places.has(joined);
    else if (personNoun && unknownWords) {
      // "Bush administration" names a person, "Fallujah campaign" a place: not an anchor.
      person = true;
      anchor = false;
    }
    else if (unknownWords && (speechAround || greeted) && !S.nounsCapitalised) {
      // '" Griffin said': a lone word opening a clause is a name when a verb of saying follows.
      person = !single || !info[first]!.sentStart || greeted || S.speech.has(nextLower);

    } else if (!lowers.some((w) => S.orgWords.has(w) || S.never.has(w)) && (byline(first) || mailHeader(first, last))) {
      // "By Samantha Fox", "Posted by Darin"; '" Les Spahnn " < les@example.com >'.
      person = !S.places.has(joined) && !S.orgs.has(joined);
    } else if (unknownWords && single && !S.nounsCapitalised && !S.orgWords.has(firstLower) && !S.greetings.has(firstLower) && !NOT_ALONE_NAME.test(firstLower) && (possessiveOf(last) || aloneOnLine(first, last) || vocative(first, last))) {
      // "Arafat 's death", a signature line "Runar", a mail opening "Ginny , Please ...":
      // a lone unknown capitalised word in these spots is a person far more often than not.
      person = true;
      anchor = !possessiveOf(last);
    } else if (unknownWords && !single && run.length <= 3 && !placeCue && !S.nounsCapitalised) {
      // (At a sentence start the capital of the first word says nothing, so the run must
      // be followed by what follows a subject: a lower-case word, a possessive or the line end.)
      // Two or three unknown capitalised words mid-sentence: a name more often than not,
      // unless a particle-free run reads like a title ("Islamic Jihad" has a common word).
      person = lowers.every((w) => !S.orgWords.has(w)) && (!info[first]!.sentStart || subjectAfter(last));
      // Weak evidence: such a run is not allowed to make later bare words people too.
      anchor = false;
    }
    const end = notesEnd(last) ?? info[last]!.nameEnd;
    if (!person) {
      if (single && unknownWords && !S.nounsCapitalised && !S.greetings.has(firstLower) && !NOT_ALONE_NAME.test(firstLower)) listed.push(first);
      return;
    }
    const mention: RawMention = {
      start: tokens[first]!.start,
      end,
      key: lowers,
      anchor,
    };
    const role = roleBefore(first) ?? roleAfter(last + 1);
    if (role) mention.role = role;
    found.push(mention);
  }

  listedPeople();

  const stems: Restemmer = {
    isParticle: (k) => S.particles.has(k) || k.length === 1,
    givenNameAlone: true,
    readings(t, _all, index) {
      const inf = info[index]!;
      if (!inf.cap || inf.machine || inf.lower.length < 2 || S.never.has(inf.lower) || things.has(inf.lower)) return [];
      return inf.nameEnd < t.end ? [{ skip: 0, key: inf.lower, end: inf.nameEnd }] : [{ skip: 0, key: inf.lower }];
    },
  };
  return { tokens, found, stems };
}

