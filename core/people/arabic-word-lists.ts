/**
 * The two word lists an Arabic tagger model ships (TaggerModel.common and .names, read from its
 * own training text by scripts/lib/arabic-tagger-training.ts): the words it wrote often outside
 * names, and the words it wrote inside names. The tagger's features (arabic-features.ts), the
 * span clean-ups (arabic-tagger.ts, arabic-common-nouns.ts, arabic-hidden-names.ts) and the
 * linker's everyday words (arabic.ts) all read them through here.
 */
import { lessProclitic } from './arabic-words';
import type { TaggerModel } from './perceptron';

/** Word lists a model was trained with (TaggerModel.common and .names). */
export interface WordLists {
  common: Set<string>;
  names: Set<string>;
}
/** Word lists by model: split from the model's strings once. */
const LISTS = new WeakMap<TaggerModel, WordLists>();
export function wordLists(model: TaggerModel): WordLists | undefined {
  if (model.common === undefined) return undefined;
  let lists = LISTS.get(model);
  if (!lists) {
    lists = { common: new Set(model.common.split(' ')), names: new Set((model.names ?? '').split(' ')) };
    LISTS.set(model, lists);
  }
  return lists;
}

/** An everyday word: the training text wrote it often, and never inside a name. */
export function isEveryday(lists: WordLists, f: string): boolean {
  return lists.common.has(f) && !lists.names.has(f);
}

/** 1 ("gz") for a word the training text wrote inside a name, 2 ("gz1") after a proclitic, else 0. */
export function inNames(f: string, names: Set<string>): number {
  if (names.has(f)) return 1;
  const bare = lessProclitic(f);
  return bare !== undefined && names.has(bare) ? 2 : 0;
}
/**
 * 1 ("rare") for a word the training text did not write often, 2 ("rare1") for one it wrote
 * without the proclitic ("وشارون" is rare only if "شارون" is too), 0 for a common one.
 */
export function rarity(f: string, common: Set<string>): number {
  if (common.has(f)) return 0;
  const bare = lessProclitic(f);
  return bare !== undefined && common.has(bare) ? 2 : 1;
}
