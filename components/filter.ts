/**
 * The panel's search box: keeps the items whose visible text contains every word of the query.
 * Arabic is folded the way the detectors fold it (hamza forms, ta marbuta, diacritics), so
 * "اسرائيل" finds "إسرائيل"; Latin is compared case-insensitively.
 */
import type { ClaimItem, PanelModel, PersonItem, TermItem } from '../core/panel-model';
import { foldArabic } from '../core/text/arabic';

export function normaliseForSearch(text: string): string {
  return foldArabic(text.normalize('NFC')).toLowerCase();
}

const words = (query: string) => normaliseForSearch(query).split(/\s+/).filter(Boolean);

function matches(haystack: Array<string | undefined>, needles: string[]): boolean {
  const text = normaliseForSearch(haystack.filter(Boolean).join(' \u0000 '));
  return needles.every((w) => text.includes(w));
}

const personText = (p: PersonItem) => [p.name, p.role, p.first.text];
const claimText = (c: ClaimItem) => [c.claim.text, c.claim.unit, c.claim.source, c.claim.asOf, String(c.claim.value)];
const termText = (t: TermItem) => [t.title, t.note, t.first.text];

export function filterModel(model: PanelModel, query: string): PanelModel {
  const needles = words(query);
  if (needles.length === 0) return model;
  return {
    people: model.people.filter((p) => matches(personText(p), needles)),
    claims: model.claims.filter((c) => matches(claimText(c), needles)),
    terms: model.terms.filter((t) => matches(termText(t), needles)),
  };
}

export const modelSize = (m: PanelModel) => m.people.length + m.claims.length + m.terms.length;

/** Whether an item key is in the model, so a "focus this item" request can clear a hiding filter. */
export function hasKey(m: PanelModel, key: string): boolean {
  return m.people.some((p) => p.key === key) || m.claims.some((c) => c.key === key) || m.terms.some((t) => t.key === key);
}
