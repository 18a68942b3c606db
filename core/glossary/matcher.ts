/**
 * The glossary matcher: a trie over token keys (see normalise.ts), compiled once from the data,
 * then one left-to-right pass over the text's tokens. At each token the longest alias starting
 * there wins; the pass resumes after it, so matches never overlap and come out in text order.
 *
 * Speed: most tokens start nothing, so each token first passes a cheap filter (its ending for
 * Arabic, its lower-case form for Latin) before any proclitic or case variants are built.
 */
import type { TermMatch } from '../types';
import type { GlossaryEntry } from './schema';
import {
  ANY_CASE, CAPITAL, EXACT, Script, TokenReader, aliasSteps, arabicKeyHash, continuationKeys, gapOf, mayStartArabic,
  mayStartLatin, startReadings, type Token,
} from './normalise';

interface Node {
  /** Next tokens after a plain space (the usual case), by key. */
  next: Map<string, Node> | null;
  /** Next tokens after any other gap ("U.S. State": ". "), by gap + SEP + key. */
  nextAfterGap: Map<string, Node> | null;
  /** Entries whose alias ends here; several only for aliases shared on purpose. */
  ids: string[] | null;
}

const SEP = '\u0001';

export interface CompiledTrie {
  root: Map<string, Node>;
  /** Hashes of Arabic first keys (see mayStartArabic). */
  arabicHashes: Set<number>;
  /** Lower-case forms of Latin first keys, class character removed. */
  latinFirst: Set<string>;
  aliasCount: number;
}

function isLatinKey(key: string): boolean {
  const c = key[0];
  return c === EXACT || c === CAPITAL || c === ANY_CASE;
}

/** All aliases of all languages go in one trie: Arabic news quotes Latin names and vice versa. */
export function compileTrie(entries: readonly GlossaryEntry[]): CompiledTrie {
  const root = new Map<string, Node>();
  const arabicHashes = new Set<number>();
  const latinFirst = new Set<string>();
  let aliasCount = 0;
  for (const entry of entries) {
    for (const list of Object.values(entry.aliases)) {
      for (const alias of list ?? []) {
        const steps = aliasSteps(alias);
        if (steps.length === 0) continue;
        const first = steps[0]!.key;
        if (isLatinKey(first)) latinFirst.add(first.slice(1).toLowerCase());
        else arabicHashes.add(arabicKeyHash(first));
        let node: Node | undefined = root.get(first);
        if (!node) root.set(first, (node = { next: null, nextAfterGap: null, ids: null }));
        for (let k = 1; k < steps.length; k++) {
          const { key, gap } = steps[k]!;
          const map: Map<string, Node> = gap === ' ' ? (node.next ??= new Map()) : (node.nextAfterGap ??= new Map());
          const edge = gap === ' ' ? key : gap + SEP + key;
          let child: Node | undefined = map.get(edge);
          if (!child) map.set(edge, (child = { next: null, nextAfterGap: null, ids: null }));
          node = child;
        }
        node.ids ??= [];
        if (!node.ids.includes(entry.id)) {
          node.ids.push(entry.id);
          aliasCount++;
        }
      }
    }
  }
  return { root, arabicHashes, latinFirst, aliasCount };
}

function mayStart(trie: CompiledTrie, token: Token): boolean {
  return token.script === Script.Arabic ? mayStartArabic(token, trie.arabicHashes) : mayStartLatin(token, trie.latinFirst);
}

/** The child of `node` that `token` leads to, and whether the match must end there (a plural). */
function step(node: Node, token: Token, text: string): { child: Node; final: boolean } | undefined {
  if (!node.next && !node.nextAfterGap) return undefined;
  const gap = token.gap === ' ' ? ' ' : gapOf(token, text);
  const plain = gap === ' ';
  const map = plain ? node.next : node.nextAfterGap;
  if (!map) return undefined;
  const { keys, finalFrom } = continuationKeys(token);
  for (let i = 0; i < keys.length; i++) {
    const child = map.get(plain ? keys[i]! : gap + SEP + keys[i]!);
    if (child) return { child, final: i >= finalFrom };
  }
  return undefined;
}

/**
 * A short window over the token stream: the current token and whatever lookahead a match needs.
 * A ring buffer (power-of-two size, grown if an alias is ever longer), so advancing never resizes.
 */
class Lookahead {
  private buf: (Token | undefined)[] = new Array<Token | undefined>(16);
  private mask = 15;
  private head = 0;
  private size = 0;

  constructor(private readonly reader: TokenReader) {}

  /** The k-th token from the current one (0 = current). */
  at(k: number): Token | undefined {
    while (this.size <= k) {
      const t = this.reader.read();
      if (!t) return undefined;
      if (this.size === this.buf.length) this.grow();
      this.buf[(this.head + this.size) & this.mask] = t;
      this.size++;
    }
    return this.buf[(this.head + k) & this.mask];
  }

  advance(n: number): void {
    if (n >= this.size) {
      this.head = 0;
      this.size = 0;
    } else {
      this.head = (this.head + n) & this.mask;
      this.size -= n;
    }
  }

  private grow(): void {
    const bigger = new Array<Token | undefined>(this.buf.length * 2);
    for (let i = 0; i < this.size; i++) bigger[i] = this.buf[(this.head + i) & this.mask];
    this.buf = bigger;
    this.mask = bigger.length - 1;
    this.head = 0;
  }
}

interface RawMatch {
  start: number;
  end: number;
  /** Number of tokens the match covers. */
  tokens: number;
  ids: string[];
}

/** Longest alias starting at the current token, or undefined. */
function longestAt(trie: CompiledTrie, la: Lookahead, text: string): RawMatch | undefined {
  let best: RawMatch | undefined;
  const first = la.at(0)!;
  for (const reading of startReadings(first, text)) {
    let node = trie.root.get(reading.key);
    if (!node) continue;
    let count = node.ids ? 1 : 0;
    let ids = node.ids;
    let lastToken = first;
    for (let k = 1; !reading.final; k++) {
      const next = la.at(k);
      if (!next) break;
      const found = step(node, next, text);
      if (!found) break;
      node = found.child;
      if (node.ids) {
        count = k + 1;
        ids = node.ids;
        lastToken = next;
      }
      if (found.final) break;
    }
    // Longer wins; at equal length the earlier reading (less stripped, wider surface) stays.
    if (ids && count > 0 && (!best || count > best.tokens)) {
      best = { start: reading.start, end: lastToken.end, tokens: count, ids };
    }
  }
  return best;
}

/**
 * For an alias shared by several entries, prefer the entry the text also names unambiguously
 * ("ICC" next to "International Criminal Court"); otherwise the first entry that lists it.
 */
function resolveAmbiguous(raw: RawMatch[]): string[] {
  const named = new Set<string>();
  for (const m of raw) if (m.ids.length === 1) named.add(m.ids[0]!);
  return raw.map((m) => (m.ids.length === 1 ? m.ids[0]! : (m.ids.find((id) => named.has(id)) ?? m.ids[0]!)));
}

export function matchTokens(trie: CompiledTrie, text: string): TermMatch[] {
  const la = new Lookahead(new TokenReader(text));
  const raw: RawMatch[] = [];
  for (let t = la.at(0); t; t = la.at(0)) {
    const m = mayStart(trie, t) ? longestAt(trie, la, text) : undefined;
    if (m) raw.push(m);
    la.advance(m ? m.tokens : 1);
  }
  const ids = resolveAmbiguous(raw);
  return raw.map((m, k) => ({ id: ids[k]!, start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
}
