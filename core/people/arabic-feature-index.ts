/**
 * The Arabic tagger's form features as ids of a model's WeightTable (see arabic-form-features.ts):
 * looked up in an index of the model by template and value (a new word's prefixes and suffixes
 * by walking its letters), or, before the index exists, by building each feature string.
 */
import type { Kind } from './arabic-words';
import {
  HEAD_AT,
  HEADS,
  PREFIX_HEADS,
  shapeCode,
  shapeCodeOf,
  SLOT,
  SUFFIX_HEADS,
  TextWriter,
  WORD_HEADS,
  type FormWriter,
} from './arabic-form-features';
import { rowOf, type WeightRow, type WeightTable } from './perceptron';

/** The two word-pair features: the word before and this one, this one and the word after. */
export const PAIR_HEADS = ['f-1f=', 'ff+1='];

/** A letter trie over prefixes (or reversed suffixes): the ids of the values ending at a node. */
class TrieNode {
  next: Map<number, TrieNode> | null = null;
  /** By the head's SLOT in its family (-1: the model lacks it); null if no value ends here. */
  ids: Int32Array | null = null;
}
/** Nodes a writer keeps per walk, to start with (the longest prefix or suffix feature has four letters). */
const MAX_DEPTH = 4;

/**
 * A model's form features by how their values are taken from a word, and word pairs by their two
 * words, built in one pass over its feature names. A new word's prefixes and suffixes are then
 * found by walking its letters, with no slice built and hashed per feature.
 */
export interface FeatureIndex {
  /**
   * The model's features by number (the order the model lists them): the structures below hold
   * these numbers, and a feature's WeightTable id is handed out when a text first uses it, so
   * the table stays small and the weights a text reads sit close together.
   */
  rows: WeightRow[];
  /** Number -> WeightTable id (-1: not used yet). */
  tableIds: Int32Array;
  /** Whole-word values -> numbers by SLOT among WORD_HEADS. */
  words: Map<string, Int32Array>;
  prefixes: TrieNode;
  suffixes: TrieNode;
  /** By head ("al", "wa", "nsh"); -1 elsewhere. */
  flags: Int32Array;
  /** "len=0" ... "len=9". */
  lengths: Int32Array;
  /** By shapeCode. */
  shapes: Map<number, number>;
  /** "cl=" by kind. */
  clitics: Map<string, number>;
  /** By pair head: left word -> right word -> number. */
  pairs: Array<Map<string, Map<string, number>>>;
}
/** The WeightTable id of feature number `n` (-1 for none). */
export function tableId(index: FeatureIndex, table: WeightTable, n: number | undefined): number {
  if (n === undefined || n < 0) return -1;
  let id = index.tableIds[n]!;
  if (id < 0) index.tableIds[n] = id = table.idOfRow(index.rows[n]!);
  return id;
}
const INDEXES = new WeakMap<WeightTable, FeatureIndex>();
/** Tables that have scored a text already. */
const INDEXED_TEXTS = new WeakSet<WeightTable>();
/**
 * The table's index from its model's second text on (undefined on the first, whose ids are then
 * found by building each feature string): a worker stopped when idle starts cold often, and
 * listing 17,000 features costs more than one text's strings.
 */
export function indexFromSecondText(table: WeightTable): FeatureIndex | undefined {
  const index = INDEXED_TEXTS.has(table) ? featureIndex(table) : undefined;
  INDEXED_TEXTS.add(table);
  return index;
}
const MAX_LENGTH_VALUE = 9;
function featureIndex(table: WeightTable): FeatureIndex {
  let index = INDEXES.get(table);
  if (index) return index;
  index = {
    rows: [],
    tableIds: new Int32Array(0),
    words: new Map(),
    prefixes: new TrieNode(),
    suffixes: new TrieNode(),
    flags: new Int32Array(HEADS.length).fill(-1),
    lengths: new Int32Array(MAX_LENGTH_VALUE + 1).fill(-1),
    shapes: new Map(),
    clitics: new Map(),
    pairs: PAIR_HEADS.map(() => new Map()),
  };
  const { rows } = index;
  for (const f in table.model.weights) {
    const row = rowOf(table.model, f);
    if (!row) continue;
    const id = rows.length;
    rows.push(row);
    const eq = f.indexOf('=');
    const head = eq < 0 ? f : f.slice(0, eq + 1);
    const t = HEAD_AT.get(head);
    if (t !== undefined) {
      indexForm(index, t, eq < 0 ? '' : f.slice(eq + 1), id);
      continue;
    }
    const p = PAIR_HEADS.indexOf(head);
    if (p < 0) continue;
    // Every split at a "|" is indexed, so a word holding "|" still finds its pair.
    const byLeft = index.pairs[p]!;
    for (let bar = f.indexOf('|', head.length); bar >= 0; bar = f.indexOf('|', bar + 1)) {
      const left = f.slice(head.length, bar);
      let byRight = byLeft.get(left);
      if (!byRight) byLeft.set(left, (byRight = new Map()));
      byRight.set(f.slice(bar + 1), id);
    }
  }
  index.tableIds = new Int32Array(rows.length).fill(-1);
  INDEXES.set(table, index);
  return index;
}
/** Files one form feature (head + value, feature number `id`) where IndexWriter looks for it. */
function indexForm(index: FeatureIndex, t: number, value: string, id: number): void {
  const head = HEADS[t]!;
  if (head === 'len=') {
    if (/^[0-9]$/.test(value)) index.lengths[Number(value)] = id;
  } else if (head === 'vs=') {
    const code = shapeCodeOf(value);
    if (code >= 0) index.shapes.set(code, id);
  } else if (head === 'cl=') {
    index.clitics.set(value, id);
  } else if (head === 'al' || head === 'wa' || head === 'nsh') {
    index.flags[t] = id;
  } else if (WORD_HEADS.includes(head)) {
    let ids = index.words.get(value);
    if (!ids) index.words.set(value, (ids = new Int32Array(WORD_HEADS.length).fill(-1)));
    ids[SLOT[t]!] = id;
  } else {
    const suffix = SUFFIX_HEADS.includes(head);
    let node = suffix ? index.suffixes : index.prefixes;
    for (let k = 0; k < value.length; k++) {
      const code = value.charCodeAt(suffix ? value.length - 1 - k : k);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = new TrieNode()));
      node = child;
    }
    node.ids ??= new Int32Array((suffix ? SUFFIX_HEADS : PREFIX_HEADS).length).fill(-1);
    node.ids[SLOT[t]!] = id;
  }
}

/** A form's ids as IdSink.formIds writes them (missing ones kept as -1 only for the parts). */
export class IdList {
  list = new Int32Array(64);
  length = 0;
  keepMissing = false;
  add(id: number): void {
    if (id >= 0 || this.keepMissing) this.list[this.length++] = id;
  }
  none(): void {
    this.list[this.length++] = -1;
  }
}
/** Ids by building each feature string (a model's first text, before its index exists). */
export class StringIdWriter extends TextWriter {
  constructor(
    private table: WeightTable,
    private out: IdList,
  ) {
    super();
  }
  protected text(f: string): void {
    this.out.add(this.table.idOf(f));
  }
  none(): void {
    this.out.none();
  }
}
/**
 * A walk down one trie, letter by letter from the start of a word (prefixes) or from its end
 * (suffixes). It keeps the last word walked and the nodes along it by depth (null past its end),
 * so a word's 1-, 2-, 3- and 4-letter features walk its letters once.
 */
class TrieWalk {
  private word = '';
  /** How far the walk of `word` has gone (-1: nothing walked yet). */
  private depth = -1;
  private path: Array<TrieNode | null> = new Array<TrieNode | null>(MAX_DEPTH + 1).fill(null);
  constructor(
    private root: TrieNode,
    private fromEnd: boolean,
  ) {}
  /** The node of s's first (or last) `depth` letters. */
  node(s: string, depth: number): TrieNode | null {
    const path = this.path;
    if (this.word !== s || this.depth < 0) {
      this.word = s;
      this.depth = 0;
      path[0] = this.root;
    }
    for (let k = this.depth; k < depth; k++) path[k + 1] = path[k]?.next?.get(s.charCodeAt(this.fromEnd ? s.length - 1 - k : k)) ?? null;
    if (depth > this.depth) this.depth = depth;
    return path[depth]!;
  }
}

/** Ids from the FeatureIndex. */
export class IndexWriter implements FormWriter {
  private prefixes: TrieWalk;
  private suffixes: TrieWalk;
  constructor(
    private index: FeatureIndex,
    private table: WeightTable,
    private out: IdList,
  ) {
    this.prefixes = new TrieWalk(index.prefixes, false);
    this.suffixes = new TrieWalk(index.suffixes, true);
  }
  /** Adds feature number n's id. */
  private add(n: number | undefined): void {
    this.out.add(tableId(this.index, this.table, n));
  }
  word(head: number, value: string): void {
    this.add(this.index.words.get(value)?.[SLOT[head]!]);
  }
  prefix(head: number, s: string, k: number): void {
    const ids = this.prefixes.node(s, Math.min(k, s.length))?.ids;
    this.add(ids ? ids[SLOT[head]!]! : -1);
  }
  suffix(head: number, s: string, k: number): void {
    const ids = this.suffixes.node(s, Math.min(k, s.length))?.ids;
    this.add(ids ? ids[SLOT[head]!]! : -1);
  }
  flag(head: number): void {
    this.add(this.index.flags[head]!);
  }
  length(n: number): void {
    this.add(n >= 0 && n <= MAX_LENGTH_VALUE ? this.index.lengths[n]! : -1);
  }
  shape(b: string): void {
    this.add(this.index.shapes.get(shapeCode(b)));
  }
  clitic(kind: Kind): void {
    this.add(this.index.clitics.get(kind));
  }
  none(): void {
    this.out.none();
  }
}
