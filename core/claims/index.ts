import type { Claim } from '../types';

/** Numeric claims in `text`; dates, years, times, ordinals and identifiers are never claims. (Stub: issue 5.) */
export function detectClaims(_text: string, _lang: string): Claim[] {
  return [];
}
