import { describe, expect, it } from 'vitest';
import { buildPanelModel } from '../../../core/panel-model';
import { claimCopyText, formatClaimValue, groupClaims, languageName, qualifierLabel } from '../../../components/format';
import { ANNOTATION } from './fixture';

describe('claim formatting', () => {
  it('formats values in the UI language', () => {
    expect(formatClaimValue({ start: 0, end: 4, text: '5580', value: 5580, kind: 'count' }, 'en')).toBe('5,580');
    expect(formatClaimValue({ start: 0, end: 3, text: '15%', value: 15, unit: '%', kind: 'percent' }, 'en')).toBe('15%');
    expect(formatClaimValue({ start: 0, end: 5, text: '10-20', value: 10, valueMax: 20, kind: 'range' }, 'en')).toBe('10–20');
    expect(formatClaimValue({ start: 0, end: 2, text: '$3', value: 3, unit: 'USD', kind: 'money' }, 'en')).toBe('$3');
    // Arabic formatting uses Arabic grouping and percent conventions, whatever the digits.
    expect(formatClaimValue({ start: 0, end: 4, text: '5580', value: 5580, kind: 'count' }, 'ar')).toBe(new Intl.NumberFormat('ar').format(5580));
  });

  it('localises qualifiers', () => {
    expect(qualifierLabel('at-most', 'ar')).toBe('بحد أقصى');
    expect(qualifierLabel('at-most', 'en')).toBe('at most');
    expect(qualifierLabel('more-than', 'en')).toBe('more than');
  });

  it('groups claims by what they count, in order of appearance', () => {
    const model = buildPanelModel(ANNOTATION);
    const groups = groupClaims(model.claims, 'en');
    expect(groups.map((g) => g.label)).toEqual(['صاروخ', 'USD', '%']);
    expect(groups[0]!.items).toHaveLength(1);
  });

  it('copies a claim with its sentence and source', () => {
    const model = buildPanelModel(ANNOTATION);
    const text = claimCopyText(model.claims[1]!, 'en', 'https://x.test/a');
    expect(text).toContain('5580 مليون دولار');
    expect(text).toContain('وأكد سالم أن الميزانية');
    expect(text).toContain('Source: الوزارة');
    expect(text.endsWith('https://x.test/a')).toBe(true);
  });

  it('names languages in the UI language', () => {
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('ar', 'ar')).toBe('العربية');
  });
});
