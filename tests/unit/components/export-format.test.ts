import { describe, expect, it } from 'vitest';
import { buildPanelModel } from '../../../core/panel-model';
import { escapeMarkdown, exportFileName, toExportJson, toMarkdown } from '../../../components/export-format';
import { ANNOTATION, ARTICLE_URL } from './fixture';

const model = buildPanelModel(ANNOTATION);

describe('Markdown export', () => {
  const md = toMarkdown(model, ANNOTATION, ARTICLE_URL, { notes: 'Check the budget figure.' });

  it('starts with the escaped title, URL and language', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# إطلاق صواريخ وميزانية \\[تجريبية\\]');
    expect(lines).toContain(`- URL: <${ARTICLE_URL}>`);
    expect(lines).toContain('- Language: Arabic (ar)');
  });

  it('lists people with roles and mention counts', () => {
    expect(md).toContain('## People (2)');
    expect(md).toContain('- **أحمد سالم** — المتحدث باسم الوزارة (2 mentions)');
    expect(md).toContain('- **Jane Doe** — الوزيرة (1 mention)');
  });

  it('lists claims with value, qualifier, source and sentence', () => {
    expect(md).toContain('## Numbers (3)');
    expect(md).toContain('- **5580 مليون دولار** — Value: $5,580,000,000; Kind: money; Qualifier: at most; Source: الوزارة');
    expect(md).toContain('  > وأكد سالم أن الميزانية بلغت بحد أقصى 5580 مليون دولار بحسب الوزارة.');
    expect(md).toContain('- **12 صاروخا** — Value: 12 صاروخ; Kind: count');
    expect(md).toContain('As of: مارس');
  });

  it('lists terms once with their note, then the reader’s notes', () => {
    expect(md).toContain('## Terms (1)');
    expect(md).toContain('- **الردع النووي** — Preventing attack by the threat of nuclear retaliation.');
    expect(md.trimEnd().endsWith('## Notes\n\nCheck the budget figure.')).toBe(true);
  });

  it('can be written with Arabic labels', () => {
    const ar = toMarkdown(model, ANNOTATION, ARTICLE_URL, { lang: 'ar' });
    expect(ar).toContain('## الأشخاص (2)');
    expect(ar).toContain('القيد: بحد أقصى');
    expect(ar).toContain('(إشارتان)');
    expect(ar).not.toContain('## ملاحظات');
  });

  it('escapes Markdown in article text', () => {
    expect(escapeMarkdown('a *b* [c]\n_d_')).toBe('a \\*b\\* \\[c\\] \\_d\\_');
  });
});

describe('JSON export', () => {
  it('keeps raw values and codes', () => {
    const json = toExportJson(model, ANNOTATION, ARTICLE_URL, 'n');
    expect(json.url).toBe(ARTICLE_URL);
    expect(json.people).toEqual([
      { name: 'أحمد سالم', role: 'المتحدث باسم الوزارة', mentions: 2 },
      { name: 'Jane Doe', role: 'الوزيرة', mentions: 1 },
    ]);
    expect(json.claims[1]).toMatchObject({ value: 5_580_000_000, unit: 'USD', kind: 'money', qualifier: 'at-most', source: 'الوزارة' });
    expect(json.claims[1]!.sentence).toContain('الميزانية');
    expect(json.terms).toEqual([{ id: 'nuclear-deterrence', title: 'الردع النووي', note: 'Preventing attack by the threat of nuclear retaliation.', occurrences: 2 }]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('names files after the title in any script', () => {
    expect(exportFileName('إطلاق صواريخ: [تجريبية]', 'md')).toBe('gloss-إطلاق-صواريخ-تجريبية.md');
    expect(exportFileName('???', 'json')).toBe('gloss-article.json');
  });
});
