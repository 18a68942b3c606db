/**
 * How values read in the UI language: numbers through Intl, qualifiers and kinds through the
 * message catalogs. Pure, so the panel, the export and the tests format the same way.
 */
import type { ClaimItem } from '../core/panel-model';
import type { Claim, ClaimKind, Qualifier } from '../core/types';
import { translate, type MessageKey, type UiLang } from '../utils/i18n';

/** ISO 4217 codes are three capitals; anything else ("دولار", "km") is shown as written. */
const CURRENCY_CODE = /^[A-Z]{3}$/;
/** Units that mean "per cent" in either script. */
const PERCENT_UNITS = new Set(['%', '٪', 'percent', 'per cent', 'بالمئة', 'بالمائة', 'في المئة', 'في المائة']);
/** Enough precision for "2.5%" without printing floating-point noise. */
const MAX_FRACTION_DIGITS = 2;

export function formatNumber(value: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: MAX_FRACTION_DIGITS }).format(value);
}

function formatOne(value: number, claim: Claim, lang: UiLang): string {
  const unit = claim.unit?.trim();
  if (claim.kind === 'percent' || (unit && PERCENT_UNITS.has(unit))) {
    return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: MAX_FRACTION_DIGITS }).format(value / 100);
  }
  if (claim.kind === 'money' && unit && CURRENCY_CODE.test(unit)) {
    try {
      return new Intl.NumberFormat(lang, {
        style: 'currency',
        currency: unit,
        // Arabic's "US$" after the number reorders to "$US" under the bidi algorithm; the
        // currency's name ("دولار أمريكي") reads naturally and has no neutral symbol to move.
        currencyDisplay: lang === 'ar' ? 'name' : 'symbol',
        minimumFractionDigits: Number.isInteger(value) ? 0 : undefined,
        maximumFractionDigits: MAX_FRACTION_DIGITS,
      }).format(value);
    } catch {
      // An unknown code: fall through to the plain number, the unit is shown beside it.
    }
  }
  return formatNumber(value, lang);
}

/** The normalised value in the UI language: "5,580", "15%", "$2.5", "10–20". */
export function formatClaimValue(claim: Claim, lang: UiLang): string {
  const low = formatOne(claim.value, claim, lang);
  if (claim.valueMax === undefined || claim.valueMax === claim.value) return low;
  return `${low}–${formatOne(claim.valueMax, claim, lang)}`;
}

/** Whether the formatted value already carries the unit, so it is not repeated beside it. */
export function valueCarriesUnit(claim: Claim): boolean {
  const unit = claim.unit?.trim();
  return claim.kind === 'percent' || (!!unit && PERCENT_UNITS.has(unit)) || (claim.kind === 'money' && !!unit && CURRENCY_CODE.test(unit));
}

export function qualifierLabel(q: Qualifier, lang: UiLang): string {
  return translate(lang, `qualifier_${q.replace(/-/g, '_')}` as MessageKey);
}

export function kindLabel(k: ClaimKind, lang: UiLang): string {
  return translate(lang, `kind_${k}` as MessageKey);
}

/** What a claim counts, for grouping: the unit as written, else the kind. */
export function claimGroupLabel(claim: Claim, lang: UiLang): string {
  return claim.unit?.trim() || kindLabel(claim.kind, lang);
}

/** Claims grouped by what they count, groups in order of first appearance. */
export function groupClaims(items: readonly ClaimItem[], lang: UiLang): Array<{ label: string; items: ClaimItem[] }> {
  const groups = new Map<string, ClaimItem[]>();
  for (const item of items) {
    const label = claimGroupLabel(item.claim, lang);
    const list = groups.get(label);
    if (list) list.push(item);
    else groups.set(label, [item]);
  }
  return [...groups].map(([label, list]) => ({ label, items: list }));
}

/** "Arabic" / "العربية" for a BCP 47 tag; the tag itself when Intl does not know it. */
export function languageName(tag: string, lang: UiLang): string {
  if (!tag) return '';
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The text the "copy" button puts on the clipboard: the claim, its sentence, its source. */
export function claimCopyText(item: ClaimItem, lang: UiLang, url?: string): string {
  const c = item.claim;
  const lines = [`${c.text} (${formatClaimValue(c, lang)}${c.unit && !valueCarriesUnit(c) ? ` ${c.unit}` : ''})`];
  if (item.sentence && item.sentence !== c.text) lines.push(`“${item.sentence}”`);
  if (c.source) lines.push(`${translate(lang, 'claimSource')}: ${c.source}`);
  if (c.asOf) lines.push(`${translate(lang, 'claimAsOf')}: ${c.asOf}`);
  if (url) lines.push(url);
  return lines.join('\n');
}
