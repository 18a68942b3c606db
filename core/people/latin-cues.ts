/**
 * Context cues around a capitalised run: what stands before and after it that says "a person"
 * (a byline, a greeting, a possessive, a signature line, an age in apposition, a pronoun that
 * stands for it, "people like ...") or "no person" (a business name, a possessive with no noun
 * after it, a speaker called "its"). Each takes the run's first and/or last token index.
 */
import { isEveryday, lowerGiven, type LatinText } from './latin-text';

/** Punctuation that may follow a name alone on its line ("Mery ,", "Runar", "Tom -"). */
const LINE_TRAILERS = /^[,\-–—]$/;
const NOTES_DOMAIN = /^[A-Z]{2,}$/;
/** Mail header fields whose value is people. */
const MAIL_FIELDS = /^(?:to|from|cc|bcc|attn|attendees)$/i;
/**
 * How many tokens after a lone subject ("Catriona is well and has landed herself") a pronoun
 * that only stands for a person may come and still be taken to stand for it.
 */
const PRONOUN_WINDOW = 25;
/**
 * Words after an elliptic possessive, where the shop or restaurant it names stands in for its
 * noun: "we go to Quorrin 's all the time", "Brakstad 's refused to fix it".
 */
const AFTER_SHOP = new Set(['all', 'again', 'every', 'last', 'yesterday', 'today', 'tonight', 'is', 'was', 'has', 'had', 'refused', 'and', 'or', 'but', 'for', 'in', 'on', 'at', 'with', 'instead', 'because', 'since', 'when', 'once']);
/** Tokens scanned after a speaker for the pronoun that tells a company from a person. */
const SPEAKER_PRONOUN_WINDOW = 12;
/** Plural nouns for people before "like" or "such as" ("people like Zorvath"). */
const PEOPLE_NOUNS = new Set(['people', 'persons', 'men', 'women', 'guys', 'folks', 'leaders', 'politicians', 'officials', 'clerics', 'players', 'artists', 'writers', 'authors', 'actors', 'singers', 'musicians', 'figures', 'candidates', 'celebrities', 'thinkers', 'scholars', 'generals', 'presidents', 'senators', 'dictators']);
/** Words on the line after a lone word that make that line running text, the word its heading. */
const HEADING_TEXT_WORDS = 6;
/** Most words on the lines around a lone word for it to be one item of a list of names. */
const LIST_ITEM_WORDS = 3;
/** Oldest age read from an apposition (", 45 ,"): larger numbers are counts or years. */
const MAX_AGE = 110;

/**
 * The run follows "By" opening its line (a byline). ("Posted by" is left out: blogs post
 * under their own names, "Posted by Hidden Nook".)
 */
export function byline(t: LatinText, first: number): boolean {
  const by = first - 1;
  if (by < 0 || t.info[by]!.lower !== 'by' || t.tokens[first]!.newline) return false;
  return t.tokens[by]!.newline || by === 0;
}

/** The run fills a quoted display name before a mail address: '" Les Spahnn " <'. */
export function mailHeader(t: LatinText, first: number, last: number): boolean {
  const open = t.tokens[first - 1];
  const close = t.tokens[last + 1];
  return open !== undefined && close !== undefined && /^["“]$/.test(open.text) && /^["”]$/.test(close.text) && t.tokens[last + 2]?.text === '<';
}

/**
 * A greeting or sign-off word ("Dear", "Thanks ,") or a mail header field opening its line
 * ("To : Quorrin", "Cc : ...") ends at token `before`, right before the run.
 */
export function greetedAfter(t: LatinText, before: number, anywhere = false): boolean {
  const { tokens } = t;
  const headerField = before >= 1 && tokens[before]!.text === ':' && tokens[before - 1]!.newline && MAIL_FIELDS.test(tokens[before - 1]!.text);
  return greetingAt(t, before, anywhere) || headerField || (before >= 1 && tokens[before]!.text === ',' && greetingAt(t, before - 1, anywhere));
}

/**
 * Token j is a greeting or sign-off that opens its line or sentence ("Thanks Bill", "Love ,
 * Mary", "Thanks From Bill"), or "Dear" anywhere. Inside a sentence these words say nothing
 * of a word no list knows ("from Accenture", "I love Canon"); `anywhere` takes them there too,
 * for a known given name ("a tip from Carri").
 */
function greetingAt(t: LatinText, j: number, anywhere: boolean): boolean {
  if (j < 0 || !t.tokens[j]!.word) return false;
  const lower = t.info[j]!.lower;
  if (!t.S.greetings.has(lower)) return false;
  if (anywhere || t.info[j]!.sentStart || lower === 'dear') return true;
  return t.info[j - 1]?.cap === true && !t.tokens[j]!.newline && greetingAt(t, j - 1, false);
}

/** A possessive follows token k ("Arafat's", EWT's split "Arafat 's") and then a lower-case word. */
export function possessiveOf(t: LatinText, k: number): boolean {
  const after = afterPossessive(t, k);
  if (after < 0) return false;
  const tok = t.tokens[after];
  return tok !== undefined && tok.word && !tok.newline && !t.info[after]!.cap && !t.S.never.has(t.info[after]!.lower);
}

/** The token after the possessive "'s" that follows token k, or -1 when none follows. */
function afterPossessive(t: LatinText, k: number): number {
  if (t.info[k]!.nameEnd < t.tokens[k]!.end) return k + 1;
  if (/^['’]$/.test(t.tokens[k + 1]?.text ?? '') && t.tokens[k + 2]?.text.toLowerCase() === 's') return k + 3;
  return -1;
}

/**
 * The token after a possessive of token k that forum text may write without its apostrophe
 * ("Barry s Auto", "Quorrin s ?"), or -1 when none follows.
 */
function afterLoosePossessive(t: LatinText, k: number): number {
  return t.tokens[k + 1]?.text === 's' && !t.tokens[k + 1]!.newline ? k + 2 : afterPossessive(t, k);
}

/**
 * "Taco Bell or Quorrin 's ?": a possessive with no noun after it names a shop or a
 * restaurant (forum text drops the apostrophe: "Quorrin s ?").
 */
export function shopPossessive(t: LatinText, k: number): boolean {
  const { tokens, info, n } = t;
  const after = afterLoosePossessive(t, k);
  if (after < 0) return false;
  if (after >= n || tokens[after]!.newline) return true;
  const next = tokens[after]!;
  if (!next.word) return /^[.,!?;:)]$/.test(next.text);
  return !info[after]!.cap && AFTER_SHOP.has(info[after]!.lower);
}

/** "Britt 's Pizza", "Barry's Auto": a possessive before a capitalised everyday word names a business. */
export function businessName(t: LatinText, k: number): boolean {
  const after = afterLoosePossessive(t, k);
  return after >= 0 && after < t.n && !t.tokens[after]!.newline && t.info[after]!.cap && isEveryday(t, after);
}

/** What follows token k reads like the rest of a clause after its subject, or nothing does. */
export function subjectAfter(t: LatinText, k: number): boolean {
  const tok = t.tokens[k + 1];
  if (!tok || tok.newline || possessiveOf(t, k)) return true;
  if (tok.text === ',') return true;
  return tok.word && !t.info[k + 1]!.cap && !/\d/.test(tok.text);
}

/** Tokens first..last fill their line, but for trailing punctuation ("Mery ,"). */
export function aloneOnLine(t: LatinText, first: number, last: number): boolean {
  const { tokens, n } = t;
  if (first > 0 && !tokens[first]!.newline) return false;
  for (let k = last + 1; k < n && !tokens[k]!.newline; k++) if (!LINE_TRAILERS.test(tokens[k]!.text)) return false;
  return true;
}

/**
 * Tokens first..last fill a line that reads as a signature, not a heading: not the text's first
 * line (a title), and either closed by a comma or dash ("Mery ,") or not followed by a line of
 * running text. Web pages put a product or section name alone above the paragraph about it
 * ("TurboTax" then "TurboTax is the big player ..."); mail signs off at its end ("Runar").
 */
export function signatureLine(t: LatinText, first: number, last: number): boolean {
  const { tokens, n } = t;
  if (first === 0 || !aloneOnLine(t, first, last)) return false;
  let k = last + 1;
  if (k < n && !tokens[k]!.newline) return true;
  // The next line: quoted mail ("> ...", "-----Original Message-----") is no running text.
  if (k >= n || /^[>\-–—_*=]$/.test(tokens[k]!.text)) return true;
  const next = lineWords(t, k);
  if (next >= HEADING_TEXT_WORDS) return false;
  // ("Kaggle" between "MATLAB" and "University of Tasmania": one item of a list of names.)
  let p = first - 1;
  while (p > 0 && !tokens[p]!.newline) p--;
  return !(next > 0 && next <= LIST_ITEM_WORDS && lineWords(t, p) <= LIST_ITEM_WORDS);
}

/** Word tokens on the line that starts at token k. */
function lineWords(t: LatinText, k: number): number {
  let words = 0;
  for (let j = k; j < t.n && (j === k || !t.tokens[j]!.newline); j++) if (t.tokens[j]!.word) words++;
  return words;
}

/** A line opening with the addressee: "Ginny , Please see ...". */
export function vocative(t: LatinText, first: number, last: number): boolean {
  if (first > 0 && !t.tokens[first]!.newline) return false;
  const comma = t.tokens[last + 1];
  const next = t.tokens[last + 2];
  return comma?.text === ',' && next !== undefined && !next.newline && next.word && t.info[last + 2]!.cap;
}

/** The end of an upper-case mail domain glued to the name ("Griffith@ENRON"), if any. */
export function notesEnd(t: LatinText, last: number): number | undefined {
  const at = t.tokens[last + 1];
  const dom = t.tokens[last + 2];
  if (at?.text !== '@' || at.start !== t.tokens[last]!.end || !dom || dom.start !== at.end) return undefined;
  return NOTES_DOMAIN.test(dom.text) ? dom.end : undefined;
}

/**
 * A lower-case given name paired with "i" or another such name ("shanna and i", "me and
 * hector", "jen and shanna"): a name even where the rest of the text capitalises.
 */
export function lowerPaired(t: LatinText, k: number): boolean {
  const { tokens, n } = t;
  const at = (j: number) => (j >= 0 && j < n ? tokens[j]!.text : '');
  const mate = (j: number) => at(j) === 'i' || at(j) === 'me' || (j >= 0 && j < n && lowerGiven(t, j));
  return (at(k + 1) === 'and' && !tokens[k + 1]!.newline && mate(k + 2)) || (at(k - 1) === 'and' && !tokens[k]!.newline && mate(k - 2));
}

/**
 * Context that makes a lone capitalised word a person whatever the word lists say: paired with
 * "I" ("Peder and I"), addressed ("Elmira , you r the best"), the object of a verb that takes
 * people ("thank Faz", "forward to Brant"), or a subject that a later "she" or "himself" stands
 * for before any other name comes up ("Catriona is well and has landed herself").
 */
export function personContext(t: LatinText, k: number): boolean {
  const { tokens, info, S, n } = t;
  const word = (j: number) => (j >= 0 && j < n && tokens[j]!.word ? info[j]!.lower : '');
  const onLine = (j: number) => j > 0 && j < n && !tokens[j]!.newline;
  const prev = onLine(k) ? word(k - 1) : '';
  const next = onLine(k + 1) ? tokens[k + 1]!.text.toLowerCase() : '';
  const next2 = onLine(k + 1) && onLine(k + 2) ? tokens[k + 2]!.text.toLowerCase() : '';
  if (next === 'and' && (next2 === 'i' || next2 === 'me')) return true;
  if (prev === 'and' && onLine(k - 1) && /^(?:me|i)$/i.test(tokens[k - 2]?.text ?? '')) return true;
  if (info[k]!.sentStart && next === ',' && (next2 === 'you' || next2 === 'your')) return true;
  // ("Meet Faceplant, a creative agency": a page's imperative introduces brands too.)
  if (S.personObjectVerbs.has(prev) && !info[k - 1]!.cap) return true;
  // "Holly - the owner , knows ...": an apposition naming a role or a trade.
  if ((next === ',' || next === '-' || next === '–') && /^(?:the|a|an|our|my|his|her|their)$/.test(next2)) {
    for (let j = k + 3; j < n && j <= k + 5 && tokens[j]!.word && !tokens[j]!.newline; j++) {
      // (The role word ends the apposition: "a Restaurant Business sister brand" is no person.)
      const closes = !tokens[j + 1]?.word || /^(?:of|at|and|for)$/.test(info[j + 1]!.lower);
      if (!info[j]!.cap && closes && (S.titles.has(info[j]!.lower) || S.kinAndTrades.has(info[j]!.lower))) return true;
    }
  }
  if ((prev === 'to' || prev === 'with') && onLine(k - 1) && S.personToVerbs.has(word(k - 2))) return true;
  // "people like Zorvath", "leaders such as Brakstad": an example of a kind of person.
  if (exampleOfPeople(t, k)) return true;
  // "ask for Jenny at the desk".
  if (prev === 'for' && onLine(k - 1) && /^ask(?:ed|ing)?$/.test(word(k - 2))) return true;
  // A verb right after the word: listed, or a past or present-tense form ("landed", "loves").
  const verb = S.subjectVerbs.has(next) || (onLine(k + 1) && tokens[k + 1]!.word && !info[k + 1]!.cap && /^\p{Ll}{3,}(?:ed|es)$/u.test(tokens[k + 1]!.text));
  if (!verb || S.placeCues.has(prev)) return false;
  let ends = 0;
  for (let j = k + 2; j < n && j <= k + PRONOUN_WINDOW; j++) {
    const tok = tokens[j]!;
    if (tok.newline) ends++;
    if (!tok.word) {
      if (/^[.!?]$/.test(tok.text)) ends++;
      if (ends > 1) return false;
      continue;
    }
    if (S.personalPronouns.has(info[j]!.lower) && !info[j]!.cap) return true;
    // Another name in between could be the one the pronoun stands for.
    if (info[j]!.cap && !info[j]!.sentStart && tok.text !== 'I') return false;
  }
  return false;
}

/**
 * An age in apposition right after the run: "Brakstad , 45 , was arrested", "Quorrin Brakstad
 * ( 45 )". News gives ages to people only.
 */
export function ageAfter(t: LatinText, last: number): boolean {
  const { tokens } = t;
  const open = tokens[last + 1];
  const num = tokens[last + 2];
  if (!open || !num || (open.text !== ',' && open.text !== '(') || num.newline || !/^\d{1,3}$/.test(num.text)) return false;
  const age = Number(num.text);
  if (age < 1 || age > MAX_AGE) return false;
  const close = tokens[last + 3];
  if (open.text === '(') return close?.text === ')';
  return close === undefined || close.newline || /^[,;]$/.test(close.text);
}

/**
 * "Blorptech said it would cut jobs at its plant": a speaker that the rest of its sentence
 * calls "its" (before any "he", "she", "his" or "her") is a company or a body, not a person.
 */
export function speaksAsIts(t: LatinText, last: number): boolean {
  const { tokens, info, n } = t;
  for (let j = last + 1; j < n && j <= last + SPEAKER_PRONOUN_WINDOW; j++) {
    const tok = tokens[j]!;
    if (tok.newline || /^[.!?]$/.test(tok.text)) return false;
    if (!tok.word) continue;
    const w = info[j]!.lower;
    if (w === 'its' || w === 'itself') return true;
    if (t.S.personalPronouns.has(w)) return false;
  }
  return false;
}

/** Token k follows "people like" or "leaders such as". */
function exampleOfPeople(t: LatinText, k: number): boolean {
  const { tokens, info } = t;
  const lowerAt = (j: number) => (j >= 0 && tokens[j]!.word && !info[j]!.cap && !tokens[j + 1]!.newline ? info[j]!.lower : '');
  if (tokens[k]!.newline) return false;
  if (lowerAt(k - 1) === 'like') return PEOPLE_NOUNS.has(lowerAt(k - 2));
  return lowerAt(k - 1) === 'as' && lowerAt(k - 2) === 'such' && PEOPLE_NOUNS.has(lowerAt(k - 3));
}
