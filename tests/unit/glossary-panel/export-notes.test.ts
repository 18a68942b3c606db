import { describe, expect, it } from 'vitest';
import { buildPanelModel } from '../../../core/panel-model';
import { itemUserNotes, toExportJson, toMarkdown } from '../../../components/export-format';
import { personNoteKey, type UserNotes } from '../../../utils/user-notes';
import { ANNOTATION, ARTICLE_URL } from '../components/fixture';

const model = buildPanelModel(ANNOTATION);
const NOTES: UserNotes = {
  [personNoteKey('Jane Doe')]: { text: 'Minister *since*\n2023', label: 'Jane Doe', updatedAt: 1 },
  'term:nuclear-deterrence': { text: 'See my essay', label: 'Nuclear deterrence', updatedAt: 1 },
  'term:nato': { text: 'Not in this article', label: 'NATO', updatedAt: 1 },
};

describe('user notes in the export', () => {
  it("picks the notes on this article's people and terms, in panel order", () => {
    expect(itemUserNotes(model, NOTES)).toEqual([
      { key: 'person:jane doe', label: 'Jane Doe', text: 'Minister *since*\n2023' },
      { key: 'term:nuclear-deterrence', label: 'الردع النووي', text: 'See my essay' },
    ]);
    expect(itemUserNotes(model, {})).toEqual([]);
  });

  it('adds a Markdown section only when there are notes', () => {
    const userNotes = itemUserNotes(model, NOTES);
    const md = toMarkdown(model, ANNOTATION, ARTICLE_URL, { lang: 'en', userNotes });
    expect(md).toContain('## Your notes on terms and people\n\n- **Jane Doe** — Minister *since* 2023\n- **الردع النووي** — See my essay\n');
    expect(toMarkdown(model, ANNOTATION, ARTICLE_URL, { lang: 'en' })).not.toContain('Your notes on terms');
    expect(toMarkdown(model, ANNOTATION, ARTICLE_URL, { lang: 'ar', userNotes })).toContain('## ملاحظاتك على المصطلحات والأشخاص');
  });

  it('lists them in the JSON export', () => {
    const json = toExportJson(model, ANNOTATION, ARTICLE_URL, '', itemUserNotes(model, NOTES));
    expect(json.userNotes.map((n) => n.key)).toEqual(['person:jane doe', 'term:nuclear-deterrence']);
    expect(toExportJson(model, ANNOTATION, ARTICLE_URL).userNotes).toEqual([]);
  });
});
