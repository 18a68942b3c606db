/**
 * Ties mentions into people: a later "Peskov" or "بيسكوف" joins the person first written in full,
 * every mention of a person gets the fullest form as `name` and the first role the article gives.
 * Language modules find the mentions; this module is language-neutral and works on normalised
 * name keys (one string per name word).
 */
import type { PersonMention } from '../types';
import type { Token } from './tokens';

export interface RawMention {
  start: number;
  end: number;
  /** Normalised name words, e.g. ["dmitry", "peskov"]; particles included. */
  key: string[];
  role?: string;
  /** False when the evidence was weak: later bare words are then not tied to this mention. */
  anchor?: boolean;
}

/** How a language reads one token as a possible later mention of a known name. */
export interface Restemmer {
  /** Candidate (offset into token, normalised key) readings of this token, most literal first. */
  readings(token: Token, tokens: Token[], index: number): Array<{ skip: number; key: string; end?: number }>;
  /** Name words that never stand alone for a person ("bin", "abu", "de", "عبد"). */
  isParticle(key: string): boolean;
  /**
   * Whether a bare given name (not only a surname) may later stand for the person: always, never,
   * or for the first name words the language accepts (Arabic: its lexicon's given names only).
   */
  givenNameAlone: boolean | ((key: string) => boolean);
  /**
   * Everyday words ("Bank", "تأليف"): never a later bare mention of a longer name, even as its
   * last word. (A one-word name that is an everyday word may still recur alone.)
   */
  everyday?(key: string): boolean;
  /**
   * Words this text uses as common nouns ("أسد" where it also writes "الأسد"): never a later bare
   * mention on their own, though they may still continue a name written again in full.
   */
  notAlone?(key: string): boolean;
}

interface Person {
  key: string[];
  mentions: RawMention[];
}

function containsAll(full: string[], part: string[]): boolean {
  if (part.length > full.length) return false;
  let from = 0;
  for (const p of part) {
    const at = full.indexOf(p, from);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

/** Drop overlapping mentions, keeping the longer one (the earlier one on a tie). */
export function dropOverlaps<T extends { start: number; end: number }>(mentions: T[]): T[] {
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const m of byLength) {
    if (kept.some((k) => k.start < m.end && m.start < k.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function linkMentions(
  text: string,
  tokens: Token[],
  found: RawMention[],
  stems: Restemmer,
): PersonMention[] {
  const mentions = dropOverlaps(found);
  const people: Person[] = [];
  // Word -> people whose full key holds it, so matching stays linear on long pages.
  const holding = new Map<string, Person[]>();
  const order = [...mentions].sort((a, b) => b.key.length - a.key.length || a.start - b.start);
  for (const m of order) {
    const core = m.key.filter((k) => !stems.isParticle(k));
    const pool = holding.get(core[core.length - 1] ?? m.key[m.key.length - 1]!) ?? [];
    const candidates = pool.filter((p) => containsAll(p.key, m.key) || (core.length > 0 && containsAll(p.key, core)));
    // Prefer the nearest person written before this mention; else any one that fits.
    let best: Person | undefined;
    let bestDist = Infinity;
    for (const p of candidates) {
      const first = p.mentions[0]!;
      const dist = first.start <= m.start ? m.start - first.start : 1e9 + first.start - m.start;
      if (dist < bestDist) {
        bestDist = dist;
        best = p;
      }
    }
    if (best) best.mentions.push(m);
    else {
      const person: Person = { key: m.key, mentions: [m] };
      people.push(person);
      for (const k of new Set(m.key)) {
        const list = holding.get(k);
        if (list) list.push(person);
        else holding.set(k, [person]);
      }
    }
  }

  // Later bare mentions of a known surname (or given name where the language allows it).
  // `alone`: the word may stand for the person by itself; else only with the rest of the name
  // after it ("Yasser Arafat" written again).
  const byWord = new Map<string, { p: Person; alone: boolean }>();
  for (const p of people) {
    const core = p.key.filter((k) => !stems.isParticle(k));
    if (core.length === 0 || !p.mentions.some((m) => m.anchor !== false)) continue;
    const last = core[core.length - 1]!;
    // A one-word name may stand alone even when an everyday word: the word was taken as a name.
    // ("al - Jihad" is two words: a later bare "Jihad" is the word.)
    if (!byWord.has(last)) byWord.set(last, { p, alone: !(p.key.length > 1 && stems.everyday?.(last)) });
    const given = core[0]!;
    const rule = stems.givenNameAlone;
    if (rule !== false && core.length > 1 && !byWord.has(given)) {
      byWord.set(given, { p, alone: (rule === true || rule(given)) && !stems.everyday?.(given) });
    }
  }
  // mentions are sorted and disjoint: walk them alongside the tokens.
  let next = 0;
  const covered = (s: number, e: number) => {
    while (next < mentions.length && mentions[next]!.end <= s) next++;
    const m = mentions[next];
    return m !== undefined && m.start < e;
  };
  const extra: RawMention[] = [];
  if (byWord.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word || covered(t.start, t.end)) continue;
      for (const r of stems.readings(t, tokens, i)) {
        const hit = byWord.get(r.key);
        if (!hit) continue;
        const p = hit.p;
        const m: RawMention = { start: t.start + r.skip, end: r.end ?? t.end, key: [r.key] };
        // "Yasser Arafat" written again where the detector missed it: one mention, not two.
        while (i + 1 < tokens.length && r.end === undefined && tokens[i + 1]!.word && /^ +$/.test(text.slice(m.end, tokens[i + 1]!.start))) {
          const next = stems.readings(tokens[i + 1]!, tokens, i + 1).find((x) => p.key.includes(x.key) && x.skip === 0);
          if (!next || covered(tokens[i + 1]!.start, tokens[i + 1]!.end)) break;
          m.key.push(next.key);
          m.end = next.end ?? tokens[i + 1]!.end;
          i++;
          if (next.end !== undefined) break;
        }
        if ((!hit.alone || stems.notAlone?.(r.key)) && m.key.length < 2) continue;
        p.mentions.push(m);
        extra.push(m);
        break;
      }
    }
  }

  const out: PersonMention[] = [];
  for (const p of people) {
    p.mentions.sort((a, b) => a.start - b.start);
    let full = p.mentions[0]!;
    for (const m of p.mentions) if (m.key.length > full.key.length) full = m;
    const name = text.slice(full.start, full.end);
    const role = p.mentions.find((m) => m.role)?.role;
    for (const m of p.mentions) {
      const mention: PersonMention = { start: m.start, end: m.end, text: text.slice(m.start, m.end), name };
      if (role) mention.role = role;
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
