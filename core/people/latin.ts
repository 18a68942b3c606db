/**
 * Person mentions in Latin-script languages (English first; French, Spanish and German through
 * their word lists). A name is a run of capitalised words (with initials and particles such as
 * "de", "bin", "van"); it counts as a person when the evidence says so: a given name from the
 * lexicon, a known surname at its end, a title or courtesy title before it, a verb of saying or a
 * greeting around it. Runs holding organisation or place words are left alone. Web text adds its
 * own spots: a signature alone on its line, the addressee opening a mail, a possessive, a list
 * beside a known person, Lotus Notes addresses, "Surname , Given" headers, and lower-case given
 * names where nobody capitalises. A word the text also writes in lower case is no name.
 * A lone word no list knows becomes a person from its context only (personContext): paired with
 * "I", addressed with "you", the object of "thank" or "forward to", an apposition naming a
 * trade, or a subject a later "she" or "himself" stands for. Mail signatures in initials ("GT")
 * or a lower-case given name, and given names in capitals on shouted lines, count too.
 * en-names.json adds rarer given names (trusted beside a surname), surnames that are also words,
 * census surnames (trusted after a given name or a title: "Robin Gottlieb") and a dictionary of
 * everyday words, so that "Bradford White Water Heaters" or "Looker Studio" read as labels and an
 * organisation word anywhere in a run rules it out. Web pages add their own traps, read as no
 * people: brand shapes ("TurboTax", "CPAs"), a product alone above its paragraph, a title before
 * everyday words ("Chief Data Officer"), "from" or "love" inside a sentence, towns before a state.
 */
import { collectRuns } from './latin-spans';
import { isEverydayWord, readLatinText } from './latin-text';
import { lowerBylines, listedPeople, signedInitials } from './latin-web-text';
import { linkMentions, type Restemmer } from './link';
import type { PersonMention } from '../types';

/*
 * Layout: latin-word-lists.ts (the word lists as sets), latin-token-info.ts (what each token is),
 * latin-text.ts (one text as read, shared word tests), latin-spans.ts (candidate runs),
 * latin-verdict.ts (is a run a person, which words), latin-cues.ts (context around a run),
 * latin-roles.ts (role phrases), latin-web-text.ts (names web text writes outside runs).
 */

/**
 * Every person mention in a Latin-script text. (A perceptron over these rules, trained on
 * English-EWT dev, scored no better on the held-out test split, so English runs on rules alone.
 * A token tagger with the rules' decisions, word classes, shapes and neighbours as features did
 * worse too, both ways round: trained on dev it scored exact F1 0.69 on test, trained on test
 * 0.72 on dev, where these rules score 0.79 and 0.90.)
 */
export function detectLatinPeople(text: string, lang: string): PersonMention[] {
  const t = readLatinText(text, lang);
  collectRuns(t);
  listedPeople(t);
  signedInitials(t);
  lowerBylines(t);
  const { info, S, things } = t;
  const stems: Restemmer = {
    isParticle: (k) => S.particles.has(k) || k.length === 1,
    givenNameAlone: true,
    // "Moving" after "Sheridan Brothers Moving": a name ending in an everyday word is a business
    // or product name, and later bare mentions of that word are the word itself far more often.
    everyday: (w) => isEverydayWord(S, w) && !S.given.has(w) && !S.notable.has(w),
    readings(tok, _all, index) {
      const inf = info[index]!;
      if (!inf.cap || inf.machine || inf.lower.length < 2 || S.never.has(inf.lower) || things.has(inf.lower)) return [];
      return inf.nameEnd < tok.end ? [{ skip: 0, key: inf.lower, end: inf.nameEnd }] : [{ skip: 0, key: inf.lower }];
    },
  };
  return linkMentions(text, t.tokens, t.found, stems);
}
