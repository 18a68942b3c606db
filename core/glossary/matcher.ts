/**
 * The glossary matcher: a trie over token keys (see normalise.ts), compiled once from the data,
 * then one left-to-right pass over the text's tokens. At each token the longest alias starting
 * there wins; the pass resumes after it, so matches never overlap and come out in text order.
 *
 * Speed: most tokens start nothing, so each token first passes a cheap filter (its ending for
 * Arabic, its lower-case form for Latin) before any proclitic or case variants are built.
 * Cold start: the trie is compiled per bucket (see ARABIC_BUCKET in normalise.ts) the first time a
 * token of that bucket is seen, so an English page compiles only the Latin aliases (the browser
 * stops the service worker when idle, so the first article after a pause pays for whatever is
 * compiled).
 */
import type { TermMatch } from '../types';
import type { GlossaryEntry } from './schema';
import {
  ANY_CASE, CAPITAL, EXACT, Script, TokenReader, aliasBucket, aliasTokenKey, arabicKeyHash, continuationKeys, gapOf,
  mayStartArabic, mayStartLatin, startReadings, tokenBucket, type Token,
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

/** The aliases of one bucket, in entry order, each with its entry's id. */
interface AliasBucket {
  aliases: string[];
  ids: string[];
}

/**
 * The trie of one bucket: its aliases, of any language (Arabic news quotes Latin names and vice
 * versa). Buckets share no root key, so matching a token against its own bucket's trie gives
 * what one trie over all aliases would.
 */
function compileTrie(bucket: AliasBucket): CompiledTrie {
  const trie: CompiledTrie = { root: new Map(), arabicHashes: new Set(), latinFirst: new Set(), aliasCount: 0 };
  for (let a = 0; a < bucket.aliases.length; a++) addAlias(trie, bucket.aliases[a]!, bucket.ids[a]!);
  return trie;
}

/** Every alias of every entry, by bucket; one pass, in entry order (which shared aliases rely on). */
function bucketAliases(entries: readonly GlossaryEntry[]): Map<number, AliasBucket> {
  const buckets = new Map<number, AliasBucket>();
  // Plain indexed loops: this runs once per cold start, mostly in the interpreter.
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    const lists = Object.values(entry.aliases);
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l];
      if (!list) continue;
      for (let a = 0; a < list.length; a++) {
        const alias = list[a]!;
        const b = aliasBucket(alias);
        if (b === undefined) continue; // no token: the check script reports it
        let bucket = buckets.get(b);
        if (!bucket) buckets.set(b, (bucket = { aliases: [], ids: [] }));
        bucket.aliases.push(alias);
        bucket.ids.push(entry.id);
      }
    }
  }
  return buckets;
}

/** Insert one alias, reading its tokens one at a time (each token's key, and the gap before it). */
function addAlias(trie: CompiledTrie, alias: string, id: string): void {
  const reader = new TokenReader(alias);
  const firstToken = reader.read();
  if (!firstToken) return;
  const first = aliasTokenKey(firstToken);
  if (isLatinKey(first)) trie.latinFirst.add(first.slice(1).toLowerCase());
  else trie.arabicHashes.add(arabicKeyHash(first));
  let node = trie.root.get(first);
  if (!node) trie.root.set(first, (node = { next: null, nextAfterGap: null, ids: null }));
  for (let t = reader.read(); t; t = reader.read()) {
    const key = aliasTokenKey(t);
    const gap = gapOf(t, alias);
    let child: Node | undefined;
    if (gap === ' ') {
      const map: Map<string, Node> = (node.next ??= new Map());
      child = map.get(key);
      if (!child) map.set(key, (child = { next: null, nextAfterGap: null, ids: null }));
    } else {
      const map: Map<string, Node> = (node.nextAfterGap ??= new Map());
      const edge = gap + SEP + key;
      child = map.get(edge);
      if (!child) map.set(edge, (child = { next: null, nextAfterGap: null, ids: null }));
    }
    node = child;
  }
  if (!node.ids) node.ids = [id];
  else if (node.ids.includes(id)) return;
  else node.ids.push(id);
  trie.aliasCount++;
}

const EMPTY_BUCKET: AliasBucket = { aliases: [], ids: [] };

/** A glossary's trie, one bucket at a time, each compiled on first use. */
export class BucketedTrie {
  private buckets: Map<number, AliasBucket> | undefined;
  private readonly compiled = new Map<number, CompiledTrie>();

  constructor(private readonly entries: readonly GlossaryEntry[]) {}

  /** The compiled trie of `bucket` (see tokenBucket). */
  bucket(bucket: number): CompiledTrie {
    let trie = this.compiled.get(bucket);
    if (!trie) {
      this.buckets ??= bucketAliases(this.entries);
      this.compiled.set(bucket, (trie = compileTrie(this.buckets.get(bucket) ?? EMPTY_BUCKET)));
    }
    return trie;
  }

  /** Buckets compiled so far (for tests of the lazy compile). */
  compiledBuckets(): number[] {
    return [...this.compiled.keys()];
  }
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

export function matchTokens(trie: BucketedTrie, text: string): TermMatch[] {
  const la = new Lookahead(new TokenReader(text));
  const raw: RawMatch[] = [];
  for (let t = la.at(0); t; t = la.at(0)) {
    const bucket = trie.bucket(tokenBucket(t));
    const m = mayStart(bucket, t) ? longestAt(bucket, la, text) : undefined;
    if (m) raw.push(m);
    la.advance(m ? m.tokens : 1);
  }
  const ids = resolveAmbiguous(raw);
  return raw.map((m, k) => ({ id: ids[k]!, start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
}
