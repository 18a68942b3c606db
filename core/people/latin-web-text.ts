/**
 * Person mentions that web text writes outside capitalised name runs, found after the runs have
 * been judged: lone words listed beside a known person ("Rumsfeld , Wolfowitz and Feith"), mails
 * signed with initials or a lower-case given name ("GT", "jeff"), and lower-case bylines
 * ("Posted by darin").
 */
import type { RawMention } from './link';
import { lowerGiven, type LatinText } from './latin-text';

/** Words joining names in a list ("Steve , Rod and Elyse"). */
const LIST_JOINERS = new Set([',', 'and', '&', 'or']);
/** Initials a mail is signed with: "GT", "dp", "Dp", "M" (one letter only after a dash). */
const SIGNATURE_INITIALS = /^(?:[A-Z]{1,2}|[a-z]{2}|[A-Z][a-z])$/;
/** Short words alone on a line that are no initials. */
const NOT_INITIALS = new Set(['ok', 'ps', 'pm', 'am', 'no', 'hi', 'yo', 'ty', 'tx', 'lol', 'cc', 're', 'fw', 'us', 'uk', 'tv', 'id', 'nb', 'ai', 'it', 'hr', 'pr', 'qa', 'ux', 'ui', 'vr', 'ar', 'os', 'vs', 'oh', 'ah', 'eh', 'hm', 'mm', 'a', 'i', 'x', 'q']);

/**
 * "Rumsfeld , Wolfowitz and Feith", "Zelvira Rice and Mary Jones": runs that could be names
 * (see LatinText.listed) listed beside a person are people too. Runs until no list grows.
 */
export function listedPeople(t: LatinText): void {
  const { tokens, info, n, found, listed } = t;
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
    if (dir === -1) return endsAt.has(tokens[other]!.end) || endsAt.has(info[other]!.nameEnd);
    const m = startsAt.get(tokens[other]!.start);
    if (!m) return false;
    if (info[j]!.lower !== ',') return true;
    // "at the Texas Capitol , Curts is getting help": after a comma the person must go on
    // as a list ("Wolfowitz and Feith", "Rod , Elyse ."), not open a clause.
    let after = other;
    while (after < n && tokens[after]!.start < m.end) after++;
    return after >= n || tokens[after]!.newline || !tokens[after]!.word || LIST_JOINERS.has(info[after]!.lower);
  };
  let grew = true;
  const left = new Set(listed);
  while (grew) {
    grew = false;
    for (const item of left) {
      const [first, last] = item;
      if (!personBeside(last, 1) && !personBeside(first, -1)) continue;
      const key: string[] = [];
      for (let k = first; k <= last; k++) if (tokens[k]!.word) key.push(info[k]!.lower);
      const m: RawMention = { start: tokens[first]!.start, end: info[last]!.nameEnd, key, anchor: false };
      found.push(m);
      startsAt.set(m.start, m);
      endsAt.set(m.end, m);
      left.delete(item);
      grew = true;
    }
  }
}

/**
 * "GT", "dp", "- M" alone on a later line: a writer signing with initials. Only letters that
 * are no word or abbreviation ("OK", "FYI", "US"), and never on a text's first line (a title).
 */
export function signedInitials(t: LatinText): void {
  const { tokens, info, n, S, found } = t;
  // A heading "AI" above "Artificial intelligence (AI) is ...": letters the text also uses
  // inside its sentences are an abbreviation.
  let inline: Set<string> | undefined;
  const usedInline = (text: string) => {
    if (!inline) {
      inline = new Set<string>();
      for (let j = 0; j < n; j++) {
        const opens = tokens[j]!.newline || (j > 0 && tokens[j - 1]!.newline && /^[-–—]$/.test(tokens[j - 1]!.text));
        const alone = opens && (j + 1 >= n || tokens[j + 1]!.newline);
        if (tokens[j]!.word && tokens[j]!.text.length <= 2 && !alone) inline.add(tokens[j]!.text);
      }
    }
    return inline.has(text);
  };
  for (let k = 1; k < n; k++) {
    const tok = tokens[k]!;
    const dash = tok.newline && /^[-–—]$/.test(tok.text) && !tokens[k + 1]?.newline ? 1 : 0;
    const w = k + dash;
    if (w >= n || (!dash && !tok.newline) || !tokens[w]!.word || (w + 1 < n && !tokens[w + 1]!.newline)) continue;
    const text = tokens[w]!.text;
    // "jeff" signing a mail in lower case.
    if (!t.casual && lowerGiven(t, w)) {
      found.push({ start: tokens[w]!.start, end: tokens[w]!.end, key: [info[w]!.lower], anchor: false });
      continue;
    }
    if (!SIGNATURE_INITIALS.test(text) || (text.length === 1 && !dash)) continue;
    const l = text.toLowerCase();
    // (A lone letter says nothing in the word lists: "m" is listed as a word.)
    const listedWord = text.length > 1 && (S.common.has(l) || S.places.has(l) || S.orgs.has(l));
    if (NOT_INITIALS.has(l) || usedInline(text) || listedWord || S.never.has(l) || S.greetings.has(l)) continue;
    found.push({ start: tokens[w]!.start, end: tokens[w]!.end, key: [l], anchor: false });
  }
}

/** "Posted by darin", "By samantha Fox": a lower-case given name signing a post. */
export function lowerBylines(t: LatinText): void {
  const { tokens, info, n, found } = t;
  for (let k = 0; k + 1 < n; k++) {
    if (info[k]!.lower !== 'by') continue;
    const opens = tokens[k]!.newline || (k > 0 && tokens[k - 1]!.newline && info[k - 1]!.lower === 'posted');
    const w = k + 1;
    if (!opens || tokens[w]!.newline || !lowerGiven(t, w)) continue;
    // The surname may follow, and the line ends there.
    let last = w;
    if (w + 1 < n && !tokens[w + 1]!.newline && tokens[w + 1]!.word && (w + 2 >= n || tokens[w + 2]!.newline)) last = w + 1;
    else if (w + 1 < n && !tokens[w + 1]!.newline) continue;
    found.push({ start: tokens[w]!.start, end: info[last]!.nameEnd, key: [info[w]!.lower, ...(last > w ? [info[last]!.lower] : [])], anchor: false });
  }
}
