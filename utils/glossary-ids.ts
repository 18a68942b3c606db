/**
 * The glossaryEntries message's payload check, apart from the service so the panel can share
 * the bound without importing (and bundling) the glossary data.
 */

/** A page shows a few dozen terms at most; refuse lists far beyond that. */
export const MAX_GLOSSARY_IDS = 500;
/** Glossary ids are short kebab-case words ("new-start"). */
const GLOSSARY_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** glossaryEntries' payload: a bounded list of well-formed ids. */
export function isGlossaryIds(x: unknown): x is string[] {
  return Array.isArray(x) && x.length <= MAX_GLOSSARY_IDS && x.every((id) => typeof id === 'string' && GLOSSARY_ID.test(id));
}
