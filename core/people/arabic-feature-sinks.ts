/**
 * Where the Arabic tagger's feature walk (arabic-features.ts, walkFeatures) writes each token's
 * features: as strings (StringSink, what training reads) or as ids of a model's WeightTable
 * (IdSink, what detection scores). A word form's own features are written once per form and
 * kept in its memo (FormMemo), as strings or as ids of the table last scored with.
 */
import type { Analysis } from './arabic-tagger';
import type { FormMemo } from './arabic-features';
import { IdList, indexFromSecondText, IndexWriter, PAIR_HEADS, StringIdWriter, tableId, type FeatureIndex } from './arabic-feature-index';
import { FORM_PARTS, StringWriter, writeNextShape, writeOwn, writeParts, type FormStrings, type FormWriter } from './arabic-form-features';
import type { FeatureIds, WeightTable } from './perceptron';

/**
 * A feature string built once (constants, the joined ones of arabic-features.ts), with its id in the model last
 * scored with: IdSink then skips the lookup.
 */
export interface Feat {
  text: string;
  table?: WeightTable;
  id?: number;
}
export const feat = (text: string): Feat => ({ text });

/** Where walkFeatures writes a token's features, in order. */
export interface FeatureSink {
  begin(i: number): void;
  /** A feature built once and reused: constants, joined parts, the rules' tags. */
  add(f: Feat): void;
  /** Token i's class feature `cls` ("k=unknown"), then its own form features. */
  own(i: number, cls: Feat): void;
  /** One of token i's FORM_PARTS, by index. */
  form(i: number, part: number): void;
  /** The shape of token i as the next word. */
  nextShape(i: number): void;
  /** A word pair: the words before and at the token (head 0), at and after it (head 1). */
  pair(head: number, left: string, right: string): void;
  end(i: number): void;
}

/** Features as strings; feats[i][1] is the class feature. */
export class StringSink implements FeatureSink {
  out: string[][];
  private f: string[] = [];
  private writer = new StringWriter();
  constructor(
    private a: Analysis,
    private memo: FormMemo[],
  ) {
    this.out = new Array<string[]>(a.tokens.length).fill(NONE);
  }
  private strings(i: number): FormStrings {
    const m = this.memo[i]!;
    if (m.strings) return m.strings;
    const w = this.a.words[i]!;
    const { writer } = this;
    writeOwn(w, m.open, m.inVocab, this.a.kinds[i]!, writer);
    const own = writer.take() as string[];
    writeParts(w, m.open, m.inVocab, writer);
    const parts = writer.take();
    writeNextShape(w, m.open, writer);
    m.strings = { own, parts, nextShape: writer.take() as string[] };
    return m.strings;
  }
  begin(): void {
    this.f = [];
  }
  add(f: Feat): void {
    this.f.push(f.text);
  }
  own(i: number, cls: Feat): void {
    this.f.push(cls.text, ...this.strings(i).own);
  }
  form(i: number, part: number): void {
    // The walk asks only for parts the word has (a word-list or shape part of a listed or open
    // word), so this pushes no undefined.
    this.f.push(this.strings(i).parts[part]!);
  }
  nextShape(i: number): void {
    this.f.push(...this.strings(i).nextShape);
  }
  pair(head: number, left: string, right: string): void {
    this.f.push(`${PAIR_HEADS[head]}${left}|${right}`);
  }
  end(i: number): void {
    this.out[i] = this.f;
  }
}
const NONE: string[] = [];

/** Features as ids, all tokens in one flat array (features the model lacks left out). */
export class IdSink implements FeatureSink {
  private ids: Int32Array;
  private length = 0;
  private start: Int32Array;
  /** Each token's class feature ("k=unknown"). */
  private kinds: string[];
  /** Undefined on a model's first text: pair strings are then built and looked up per token. */
  private index: FeatureIndex | undefined;
  private writer: FormWriter;
  private list = new IdList();
  /** The token being written. */
  private at = 0;
  constructor(
    private a: Analysis,
    private memo: FormMemo[],
    private table: WeightTable,
  ) {
    const n = a.tokens.length;
    this.ids = new Int32Array(Math.max(64, n * ID_ROOM_PER_TOKEN));
    this.start = new Int32Array(n + 1);
    this.kinds = new Array<string>(n).fill('');
    this.index = indexFromSecondText(table);
    this.writer = this.index ? new IndexWriter(this.index, table, this.list) : new StringIdWriter(table, this.list);
  }
  private push(id: number | undefined): void {
    if (id === undefined || id < 0) return;
    if (this.length === this.ids.length) this.grow();
    this.ids[this.length++] = id;
  }
  private grow(): void {
    const grown = new Int32Array(this.ids.length * 2);
    grown.set(this.ids);
    this.ids = grown;
  }
  /**
   * Token i's form ids: [own count, next-shape count, the FORM_PARTS ids (-1: missing), own ids,
   * next-shape ids], worked out once per form and model.
   */
  private formIds(i: number): Int32Array {
    const m = this.memo[i]!;
    if (m.table === this.table) return m.ids!;
    const w = this.a.words[i]!;
    const { writer, list } = this;
    list.length = 2;
    list.keepMissing = true;
    writeParts(w, m.open, m.inVocab, writer);
    list.keepMissing = false;
    writeOwn(w, m.open, m.inVocab, this.a.kinds[i]!, writer);
    const own = list.length - 2 - FORM_PARTS;
    writeNextShape(w, m.open, writer);
    list.list[0] = own;
    list.list[1] = list.length - 2 - FORM_PARTS - own;
    m.ids = list.list.slice(0, list.length);
    m.table = this.table;
    return m.ids;
  }
  private copy(list: Int32Array, from: number, count: number): void {
    while (this.length + count > this.ids.length) this.grow();
    const { ids } = this;
    for (let k = 0; k < count; k++) ids[this.length + k] = list[from + k]!;
    this.length += count;
  }
  begin(i: number): void {
    this.at = i;
    this.start[i] = this.length;
  }
  add(f: Feat): void {
    if (f.table !== this.table) {
      f.table = this.table;
      f.id = this.table.idOf(f.text);
    }
    this.push(f.id);
  }
  own(i: number, cls: Feat): void {
    this.kinds[this.at] = cls.text;
    this.add(cls);
    const ids = this.formIds(i);
    this.copy(ids, 2 + FORM_PARTS, ids[0]!);
  }
  form(i: number, part: number): void {
    this.push(this.formIds(i)[2 + part]);
  }
  nextShape(i: number): void {
    const ids = this.formIds(i);
    this.copy(ids, 2 + FORM_PARTS + ids[0]!, ids[1]!);
  }
  pair(head: number, left: string, right: string): void {
    if (this.index) this.push(tableId(this.index, this.table, this.index.pairs[head]!.get(left)?.get(right)));
    else this.push(this.table.idOf(`${PAIR_HEADS[head]}${left}|${right}`));
  }
  end(i: number): void {
    this.start[i + 1] = this.length;
  }
  result(): FeatureIds {
    // Skipped tokens never begin: carry the running end over them so their ranges are empty.
    for (let i = 1; i < this.start.length; i++) if (this.start[i]! < this.start[i - 1]!) this.start[i] = this.start[i - 1]!;
    return { ids: this.ids.subarray(0, this.length), start: this.start, kinds: this.kinds };
  }
}
/** Starting room in the id array per token (most tokens have 25 to 35 features). */
const ID_ROOM_PER_TOKEN = 32;
