/**
 * The verdict on one run of capitalised words: which words of it are a name (courtesy titles,
 * role words and openers trimmed off the front, labels like "Direct Dial" off the end, two names
 * side by side split), and whether the evidence makes it a person: a title or courtesy title, a
 * given name, a known surname, or for words no list knows the cues of latin-cues.ts. A person is
 * pushed onto the text's `found` with its role; a lone unknown word that is not taken is kept in
 * `listed` for latin-web-text.ts.
 */
import type { RawMention } from './link';
import { ageAfter, aloneOnLine, businessName, byline, greetedAfter, mailHeader, notesEnd, personContext, possessiveOf, shopPossessive, signatureLine, speaksAsIts, subjectAfter, vocative } from './latin-cues';
import { roleAfter, roleBefore } from './latin-roles';
import type { WordSets } from './latin-word-lists';
import { PLACE_ABBREVIATIONS } from './latin-token-info';
import { STRONG_PARTICLES, isEveryday, isHonorific, isTitle, particleAt, writtenSmall, type LatinText } from './latin-text';

/** Prepositions of place: a lone given name right after one is a town ("in Lawrence, KS"). */
const TOWN_CUES = new Set(['in', 'at', 'around', 'near', 'inside', 'outside']);
/** Lone words that fill a line or open a mail without being names: adverbs, cries ("Sooooo"). */
const NOT_ALONE_NAME = /ly$|(\p{L})\1\1/u;
/** "O'Keefe", "O’Neill": the Irish patronymic prefix. */
const IRISH_SURNAME = /^O['’]\p{Lu}\p{Ll}{2,}$/u;
/** US postal codes of the states and DC, written after a town ("Clyde, OH"). */
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '),
);
/** Longest place name looked up whole at the front of a run ("Bosnia and Herzegovina" is split by "and"). */
const PLACE_PREFIX_WORDS = 3;
/** Words after a name that belong to it ("John F. Kennedy Jr"). */
const NAME_SUFFIXES = /^(?:jr|sr|ii|iii|iv)$/;

/**
 * "Zelvira Rice": a given name (or a word no list knows) and a surname (or a word no list knows,
 * or a census surname that is also a word), neither a place. Not evidence alone; enough in a list
 * beside a person.
 */
function twoWordName(t: LatinText, run: number[]): boolean {
  const { info, S } = t;
  const [g, f] = [info[run[0]!]!.lower, info[run[1]!]!.lower];
  if (run.some((k) => info[k]!.initial || S.never.has(info[k]!.lower) || S.places.has(info[k]!.lower) || S.orgs.has(info[k]!.lower))) return false;
  const unknown = (w: string) => !S.common.has(w) && !writtenSmall(t).has(w);
  const givenLike = S.given.has(g) || S.moreGiven.has(g) || S.givenAlsoWords.has(g) || unknown(g);
  const surnameLike = S.surnames.has(f) || S.moreSurnames.has(f) || unknown(f);
  return givenLike && surnameLike;
}

/** A word any given-name list holds, everyday word or not ("Mary", "Frank", "Robin"). */
const givenish = (S: WordSets, w: string) => S.given.has(w) || S.moreGiven.has(w) || S.givenAlsoWords.has(w) || S.givenWords.has(w);

/**
 * "Robin Sloan", "Mary J. Gottlieb": a given name (or a given name that is also a word, "Robin")
 * before a census surname, with at most a middle initial or given name between. The census
 * tier is trusted only here, not alone: "Gottlieb" by itself says nothing.
 */
function censusName(t: LatinText, run: number[]): boolean {
  const { info, S } = t;
  if (run.length < 2 || run.length > 3) return false;
  const l = run.map((k) => info[k]!.lower);
  const last = l[l.length - 1]!;
  if (!S.censusSurnames.has(last) && !S.surnames.has(last)) return false;
  if (l.some((w) => S.never.has(w) || S.orgs.has(w) || S.orgWords.has(w))) return false;
  if (info[run[0]!]!.initial || !givenish(S, l[0]!)) return false;
  return run.length === 2 || info[run[1]!]!.initial || givenish(S, l[1]!);
}

/** Number of words (2 to PLACE_PREFIX_WORDS) of a place name starting at all[a], or 0. */
function placeAt(t: LatinText, all: number[], a: number): number {
  for (let len = Math.min(PLACE_PREFIX_WORDS, all.length - a); len >= 2; len--) {
    if (t.S.places.has(all.slice(a, a + len).map((k) => t.info[k]!.lower).join(' '))) return len;
  }
  return 0;
}

/** Given name, surname, given name, surname: no word everyday but the surnames. */
function pairOfNames(t: LatinText, run: number[]): boolean {
  const { info, S } = t;
  const l = run.map((k) => info[k]!.lower);
  const givenOnly = (w: string) => S.given.has(w) && !S.givenAlsoWords.has(w) && !S.common.has(w) && !S.surnames.has(w);
  const surnameLike = (w: string) => !S.given.has(w) && (S.surnames.has(w) || S.moreSurnames.has(w) || !S.common.has(w));
  return run.every((k) => !info[k]!.initial) && givenOnly(l[0]!) && givenOnly(l[2]!) && surnameLike(l[1]!) && (surnameLike(l[3]!) || !S.common.has(l[3]!));
}

export function judge(t: LatinText, all: number[]): void {
  const { tokens, info, S, things, found, listed } = t;
  if (all.length === 0) return;
  const cue = all[0]! - 1;
  if (cue >= 0 && S.thingCues.has(info[cue]!.lower)) {
    for (const k of all) things.add(info[k]!.lower);
    return;
  }
  if (S.thingCues.has(info[all[0]!]!.lower) && all.length > 1) {
    for (const k of all.slice(1)) things.add(info[k]!.lower);
    return;
  }
  if (all.some((k) => things.has(info[k]!.lower))) return;
  // '" Les Spahnn " <': a display name before a mail address keeps its first word.
  const framed = mailHeader(t, all[0]!, all[all.length - 1]!);
  let a = 0;
  let honorific = false;
  let titled = false;
  // Strip courtesy titles, role words and openers from the front.
  while (a < all.length) {
    const k = all[a]!;
    const lower = info[k]!.lower;
    // "St Regis", "Mt Hood" written without a dot: a saint's or a mountain's place.
    if (PLACE_ABBREVIATIONS.has(lower) && !info[k]!.dotted && a + 1 < all.length) return;
    // "(South Carolina)", "In North Carolina Governor ...": a place of several words goes
    // whole, before its first word alone can be taken for an opener.
    const place = placeAt(t, all, a);
    if (place > 0) {
      a += place;
      honorific = false;
      titled = false;
      continue;
    }
    // "P.S. Tom , please ...": a postscript mark, not initials.
    if (lower === 'p' && info[k]!.dotted && info[all[a + 1] ?? -1]?.lower === 's' && info[all[a + 1]!]!.dotted) {
      a += 2;
      continue;
    }
    if (isHonorific(t, k)) honorific = true;
    else if (isTitle(t, k)) titled = true;
    else if (
      (S.never.has(lower) && !(info[k]!.initial && info[k]!.dotted)) ||
      S.roleWords.has(lower) ||
      (S.places.has(lower) && !S.given.has(lower) && !particleAt(t, k)) ||
      // (A lone "Holly" opening a sentence stays: the context may still make it a person.)
      (info[k]!.sentStart && S.common.has(lower) && !framed && !(all.length === 1 && S.givenAlsoWords.has(lower))) ||
      // "Thanks From Bill": a capitalised sign-off word leads into the name.
      (S.greetings.has(lower) && a + 1 < all.length) ||
      (S.common.has(lower) && !S.given.has(lower) && a + 1 < all.length && isTitle(t, all[a + 1]!))
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
    (k, x) => x > 0 && ((S.never.has(info[k]!.lower) && !(info[k]!.initial && info[k]!.dotted)) || (isTitle(t, k) && !S.given.has(info[run[x - 1]!]!.lower))),
  );
  if (cut > 0) {
    // "U.S. Secretary Blinken": what follows the cut is a run of its own.
    judge(t, run.slice(cut));
    run = run.slice(0, cut);
  }
  while (run.length && particleAt(t, run[run.length - 1]!)) run.pop();
  // "Joshua Tree National Park": an organisation or place word anywhere rules the run out,
  // before any label is trimmed off its end.
  if (run.some((k) => S.orgWords.has(info[k]!.lower))) return;
  // "John Staikos Direct Dial": everyday words after a given name and a surname are a label,
  // not the name ("Bradford White Water Heaters" keeps its words: "White" is no surname here).
  // "Melanie King Brandon Luna" in a list of staff: two given-name-and-surname pairs.
  if (run.length === 4 && pairOfNames(t, run)) {
    judge(t, run.slice(2));
    run = run.slice(0, 2);
  }
  // "Kevin A. Boone Accenture": a middle initial's name ends one word after it.
  if (run.length > 3 && info[run[1]!]!.initial && info[run[1]!]!.dotted && S.given.has(info[run[0]!]!.lower) && !NAME_SUFFIXES.test(info[run[3]!]!.lower)) {
    run = run.slice(0, 3);
  }
  let labelTail = false;
  if (run.length > 2 && (S.given.has(info[run[0]!]!.lower) || S.moreGiven.has(info[run[0]!]!.lower))) {
    let keep = run.length;
    while (keep > 2 && isEveryday(t, run[keep - 1]!)) keep--;
    const last = info[run[keep - 1]!]!.lower;
    if (keep < run.length && (S.surnames.has(last) || !S.common.has(last))) run = run.slice(0, keep);
    // "Sheridan Brothers Moving": everyday words after a given name that leave no surname to
    // end on make a business name.
    else if (keep < run.length) labelTail = true;
  }
  if (run.length === 0 || run.every((k) => info[k]!.initial)) return;
  // "St. Thomas" is a saint's place, not a person.
  const lead = run[0]! - 2;
  if (lead >= 0 && tokens[lead + 1]!.text === '.' && PLACE_ABBREVIATIONS.has(info[lead]!.lower)) return;
  const lowers = run.map((k) => info[k]!.lower);
  const joined = lowers.join(' ');
  if ((S.orgs.has(joined) || S.places.has(joined)) && !honorific && !titled) return;
  // "al - Qaida": the name without its article is an organisation.
  const bare = lowers.filter((w) => !S.particles.has(w)).join(' ');
  if (bare !== joined && S.orgs.has(bare)) return;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const before = first - 1;
  const prevWord = before >= 0 && tokens[before]!.word ? info[before]! : undefined;
  if (prevWord && !info[first]!.sentStart && S.honorifics.has(prevWord.lower)) honorific = true;
  // (A title written small, "the teacher Adz", is read as such; a capitalised one may head a
  // job or product name instead: see below.)
  const titleSmall = prevWord !== undefined && !prevWord.cap && (isTitle(t, before) || S.kinAndTrades.has(prevWord.lower));
  if (prevWord && isTitle(t, before)) titled = true;
  if (titleSmall) titled = true;
  if (!prevWord && before >= 1 && tokens[before]!.text === '.' && isHonorific(t, before - 1)) honorific = true;

  const firstLower = lowers[0]!;
  // "Carmen Course Template", "Rose Garden": a given name before everyday words only is a label.
  const labelled = run.length > 1 && run.slice(1).every((k) => isEveryday(t, k) || info[k]!.initial) && run.slice(1).some((k) => !info[k]!.initial);
  const isGiven =
    !labelled &&
    ((S.given.has(firstLower) && !S.never.has(firstLower)) || ((S.givenAlsoWords.has(firstLower) || S.moreGiven.has(firstLower)) && run.length > 1));
  // ("D.C. Itinerary Highlights", "U Free Certificates": initials before everyday words are no name.)
  const initialLed = info[first]!.initial && run.length > 1 && !info[last]!.initial && !run.some((k) => !info[k]!.initial && isEveryday(t, k));
  // ("O'Keefe": an Irish "O'" before a capital is a surname's own shape.)
  const loneSurname =
    run.length === 1 &&
    ((S.surnames.has(firstLower) && !S.common.has(firstLower) && !S.given.has(firstLower)) ||
      // ("Putin", "Saddam". One that is also a word, "Gore", was dropped above as an opener if
      // it starts a sentence: only a mail header's quotes keep it there, and they name a person.)
      (S.notable.has(firstLower) && !S.places.has(firstLower)) ||
      (IRISH_SURNAME.test(tokens[first]!.text) && !S.placeCues.has(before >= 0 ? tokens[before]!.text.toLowerCase() : '') && !S.orgs.has(firstLower)));
  const hasSurname = run.length > 1 && S.surnames.has(lowers[lowers.length - 1]!);
  // ("Muqtada al - Sadr": particles are no evidence either way.)
  const unknownWords = run.every(
    (k, x) => particleAt(t, k) || (!S.common.has(lowers[x]!) && !S.places.has(lowers[x]!) && !S.never.has(lowers[x]!) && !writtenSmall(t).has(lowers[x]!)),
  );
  const nextTok = tokens[run[run.length - 1]! + 1];
  const nextLower = nextTok ? nextTok.text.toLowerCase() : '';
  const prevLower = before >= 0 ? tokens[before]!.text.toLowerCase() : '';
  const speechAround = S.speech.has(nextLower) || S.speech.has(prevLower) || nextLower === 'who';
  const personNoun = run.length === 1 && S.personNouns.has(nextLower);
  // "Marion, OH", "Lawrence , KS": a town before a US state's postal code ("Harry Preuss , MD"
  // is a doctor).
  const state = tokens[last + 1]?.text === ',' && !tokens[last + 2]?.newline ? (tokens[last + 2]?.text ?? '') : '';
  if (!honorific && !titled && US_STATES.has(state) && !(state === 'MD' && S.given.has(firstLower))) return;
  // "Marion, Ohio", "Lyon , France": a lone word before a comma and a place is a town.
  if (run.length === 1 && !honorific && !titled && state && S.places.has(state.toLowerCase()) && !S.surnames.has(firstLower) && !S.notable.has(firstLower) && !/['’]/.test(tokens[last + 3]?.text ?? '')) return;
  // "Doda district", "Kherson region": a lone word before a place noun is a place.
  if (run.length === 1 && !honorific && !titled && S.placeNouns.has(nextLower)) return;
  if (run.length === 1 && !honorific && !titled && (businessName(t, last) || shopPossessive(t, last))) return;
  const placeCue = S.placeCues.has(prevLower);
  const greeted = greetedAfter(t, before);
  const single = run.length === 1;
  const possessive = possessiveOf(t, last);
  // The quotes of a mail header close round the whole run: only when nothing was cut from it
  // (a run holds no quotes, so a shorter one never sits right inside them).
  const headed = framed && first === all[0] && last === all[all.length - 1];
  const notesDomainEnd = notesEnd(t, last);

  let person = false;
  let anchor = true;
  if (labelTail && !honorific && !titled) return;
  if (honorific) person = !S.places.has(joined);
  // ("Chief Data Officer", "General Tape", "Bauer & Son Moving": a title before everyday words
  // only heads a job or a product name; "Senator Long" keeps a census surname.)
  else if (titled) person = !S.places.has(joined) && (titleSmall || !lowers.every((w, x) => isEveryday(t, run[x]!) && !S.notable.has(w) && !givenish(S, w)));
  // "Mary Quell@ENRON": a Lotus Notes address holds a person's name, everyday word or not.
  else if (notesDomainEnd !== undefined && !single) person = true;
  else if (single && (S.givenAlsoWords.has(firstLower) || S.moreGiven.has(firstLower)) && (greetedAfter(t, before, true) || aloneOnLine(t, first, last))) person = true;
  else if (isGiven) person = !(single && (S.places.has(firstLower) || TOWN_CUES.has(prevLower)));
  else if (hasSurname && !S.common.has(firstLower)) person = true;
  else if (censusName(t, run)) person = true;
  else if (initialLed || loneSurname) person = !S.places.has(joined);
  // "bin Laden", "al - Sadr": a run led by an Arabic lineage particle or article.
  else if (!single && STRONG_PARTICLES.has(firstLower) && particleAt(t, first)) person = true;
  else if (personNoun && unknownWords) {
    // "Bush administration" names a person, "Fallujah campaign" a place: not an anchor.
    person = true;
    anchor = false;
  }
  // "Brakstad , 45 , was arrested": an age in apposition; the words need only be no everyday ones.
  else if (unknownWords && !S.nounsCapitalised && ageAfter(t, last)) person = true;
  else if (unknownWords && (speechAround || greeted) && !S.nounsCapitalised) {
    // '" Griffin said': a lone word opening a clause is a name when a verb of saying follows.
    person = (!single || !info[first]!.sentStart || greeted || S.speech.has(nextLower)) && !(single && !greeted && speaksAsIts(t, last));
  } else if (!lowers.some((w) => S.never.has(w)) && (byline(t, first) || headed)) {
    // "By Samantha Fox", "Posted by Darin"; '" Les Spahnn " < les@example.com >'.
    person = !S.places.has(joined) && !S.orgs.has(joined);
  } else if (unknownWords && single && !S.nounsCapitalised && !S.greetings.has(firstLower) && !NOT_ALONE_NAME.test(firstLower) && (possessive || signatureLine(t, first, last) || vocative(t, first, last))) {
    // "Arafat 's death", a signature line "Runar", a mail opening "Ginny , Please ...":
    // a lone unknown capitalised word in these spots is a person far more often than not.
    person = true;
    anchor = !possessive;
  } else if (
    single && !S.nounsCapitalised && !honorific && !titled &&
    (unknownWords || S.moreGiven.has(firstLower) || S.givenAlsoWords.has(firstLower)) &&
    !S.greetings.has(firstLower) && !S.never.has(firstLower) && !(unknownWords && NOT_ALONE_NAME.test(firstLower)) &&
    (personContext(t, first) ||
      (!unknownWords && (S.speech.has(nextLower) || S.speech.has(prevLower) || vocative(t, first, last) || (!info[first]!.sentStart && possessive))))
  ) {
    // "Peder and I", "thank Faz", "Rod 's office": see personContext.
    person = true;
  } else if (unknownWords && !single && run.length <= 3 && !placeCue && !S.nounsCapitalised) {
    // (At a sentence start the capital of the first word says nothing, so the run must
    // be followed by what follows a subject: a lower-case word, a possessive or the line end.)
    // Two or three unknown capitalised words mid-sentence: a name more often than not.
    person = !info[first]!.sentStart || subjectAfter(t, last);
    // Weak evidence: such a run is not allowed to make later bare words people too.
    anchor = false;
  }
  const end = notesDomainEnd ?? info[last]!.nameEnd;
  if (!person) {
    const nameLike = unknownWords || S.moreGiven.has(firstLower) || S.givenAlsoWords.has(firstLower);
    if (single && nameLike && !S.nounsCapitalised && !S.greetings.has(firstLower) && !NOT_ALONE_NAME.test(firstLower)) listed.push([first, first]);
    else if (run.length === 2 && !S.nounsCapitalised && twoWordName(t, run)) listed.push([first, last]);
    return;
  }
  const mention: RawMention = {
    start: tokens[first]!.start,
    end,
    key: lowers,
    anchor,
  };
  const role = roleBefore(t, first) ?? roleAfter(t, last + 1);
  if (role) mention.role = role;
  found.push(mention);
}
