/**
 * The panel asks the background for glossary entries by id: the data set lives in the background
 * bundle only (loaded once there), so the panel gets just the entries of the terms it shows,
 * with notes and titles in every language, to switch languages without a page re-annotation.
 *
 * No WXT or browser imports: Node tests call these directly.
 */
import { loadGlossary, type Glossary, type GlossaryEntry } from '../../core/glossary';
import { isGlossaryIds } from '../glossary-ids';

export { isGlossaryIds, MAX_GLOSSARY_IDS } from '../glossary-ids';

/** The entries for `ids`, once each, in the order asked; unknown ids and bad input give nothing. */
export function glossaryEntries(ids: unknown, glossary: Glossary = loadGlossary()): GlossaryEntry[] {
  if (!isGlossaryIds(ids)) return [];
  const out: GlossaryEntry[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const entry = glossary.entry(id);
    if (entry) out.push(entry);
  }
  return out;
}
