import { describe, expect, it } from 'vitest';
import { buildPanelModel } from '../../../core/panel-model';
import { filterModel, hasKey, modelSize } from '../../../components/filter';
import { ANNOTATION } from './fixture';

const model = buildPanelModel(ANNOTATION);

describe('panel search', () => {
  it('keeps everything for an empty query', () => {
    expect(filterModel(model, '  ')).toBe(model);
  });

  it('matches Arabic with hamza and diacritics folded', () => {
    const r = filterModel(model, 'احمد');
    expect(r.people.map((p) => p.name)).toEqual(['أحمد سالم']);
    expect(r.claims).toHaveLength(0);
    expect(filterModel(model, 'الرَّدع').terms).toHaveLength(1);
  });

  it('matches Latin case-insensitively, across fields, all words required', () => {
    const r = filterModel(model, 'jane');
    expect(r.people.map((p) => p.name)).toEqual(['Jane Doe']);
    expect(r.claims.map((c) => c.claim.text)).toEqual(['15%']); // source "Jane Doe"
    expect(modelSize(filterModel(model, 'jane nothing-like-this'))).toBe(0);
    expect(filterModel(model, 'retaliation').terms).toHaveLength(1);
  });

  it('knows whether a key survived the filter', () => {
    const r = filterModel(model, 'jane');
    expect(hasKey(r, 'person:Jane Doe')).toBe(true);
    expect(hasKey(r, 'person:أحمد سالم')).toBe(false);
  });
});
