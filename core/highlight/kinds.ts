import type { ItemKind } from '../panel-model';

export const HIGHLIGHT_KINDS: readonly ItemKind[] = ['person', 'claim', 'term'];

/** Names in CSS.highlights; part of the documented in-page interface. */
export const HIGHLIGHT_NAME: Record<ItemKind, string> = {
  person: 'gloss-person',
  claim: 'gloss-claim',
  term: 'gloss-term',
};

/** The short-lived highlight a panel click puts on the mention it scrolled to. */
export const FLASH_NAME = 'gloss-flash';

/** Custom element used where the Highlight API is missing; carries data-gloss-kind. */
export const FALLBACK_TAG = 'gloss-mark';
