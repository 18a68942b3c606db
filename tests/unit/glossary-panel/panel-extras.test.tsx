import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../../core/glossary/schema';
import type { PanelProps } from '../../../components/Panel';
import { personNoteKey, type UserNotes } from '../../../utils/user-notes';
import type { SummaryState } from '../../../utils/summaries';
import { click, installDom, mount, typeInto } from '../components/dom';
import { panelProps } from '../components/panel-props';
import { HOSTILE } from './recorded-summaries';

installDom();
const { Panel } = await import('../../../components/Panel');

const DETERRENCE: GlossaryEntry = {
  id: 'nuclear-deterrence',
  category: 'military',
  title: { ar: 'الردع النووي', en: 'Nuclear deterrence' },
  aliases: { ar: ['الردع النووي'], en: ['nuclear deterrence'] },
  note: { ar: 'منع الهجوم بالتهديد بردّ نووي.', en: 'Preventing attack by the threat of nuclear retaliation.' },
  wikipedia: { ar: 'ردع نووي', en: 'Nuclear deterrence' },
};

function props(over: Partial<PanelProps> = {}): PanelProps {
  return panelProps({
    glossary: { 'nuclear-deterrence': DETERRENCE },
    userNotes: {},
    onSaveUserNote: vi.fn(),
    onRemoveUserNote: vi.fn(),
    ...over,
  });
}

const row = (root: Element, key: string) => root.querySelector(`[data-item-row="${key}"]`)!;
const open = (root: Element, key: string) => click(row(root, key).querySelector('.item-disclose'));

describe('glossary notes in the UI language', () => {
  beforeAll(() => {
    document.documentElement.lang = 'en';
  });

  it('shows the English title and note in the English panel, Arabic one click away', () => {
    const root = mount(<Panel {...props()} />);
    const term = row(root, 'term:nuclear-deterrence');
    expect(term.querySelector('.item-title')?.textContent).toBe('Nuclear deterrence');
    expect(term.querySelector('.item-note')?.textContent).toBe(DETERRENCE.note.en);
    expect(term.querySelector('.item-note')?.getAttribute('lang')).toBe('en');
    open(root, 'term:nuclear-deterrence');
    const toggle = term.querySelector('[data-action="other-lang-note"]')!;
    expect(toggle.textContent).toBe('Show the note in Arabic');
    expect(term.querySelector('[data-other-note]')).toBeNull();
    click(toggle);
    const other = term.querySelector('[data-other-note]')!;
    expect(other.textContent).toContain(DETERRENCE.note.ar);
    expect(other.getAttribute('lang')).toBe('ar');
    expect(other.getAttribute('dir')).toBe('rtl');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the Arabic note in the Arabic panel, with English one click away', () => {
    const root = mount(<Panel {...props({ lang: 'ar' })} />);
    const term = row(root, 'term:nuclear-deterrence');
    expect(term.querySelector('.item-note')?.textContent).toBe(DETERRENCE.note.ar);
    open(root, 'term:nuclear-deterrence');
    click(term.querySelector('[data-action="other-lang-note"]'));
    const other = term.querySelector('[data-other-note]')!;
    expect(other.textContent).toContain(DETERRENCE.note.en);
    expect(other.getAttribute('dir')).toBe('ltr');
  });

  it('links "read more" to Wikipedia in each language that has a title, safely', () => {
    const root = mount(<Panel {...props()} />);
    const links = [...row(root, 'term:nuclear-deterrence').querySelectorAll<HTMLAnchorElement>('[data-read-more] a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`https://ar.wikipedia.org/wiki/${encodeURIComponent('ردع_نووي')}`, 'https://en.wikipedia.org/wiki/Nuclear_deterrence']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    const onlyEn = mount(<Panel {...props({ glossary: { 'nuclear-deterrence': { ...DETERRENCE, wikipedia: { en: 'Deterrence theory' } } } })} />);
    expect([...onlyEn.querySelectorAll('[data-read-more] a')].map((a) => a.getAttribute('data-wiki-lang'))).toEqual(['en']);
  });

  it('falls back to the annotation while the entry is not there yet', () => {
    const root = mount(<Panel {...props({ glossary: {} })} />);
    const term = row(root, 'term:nuclear-deterrence');
    expect(term.querySelector('.item-title')?.textContent).toBe('الردع النووي');
    expect(term.querySelector('[data-term-note]')).toBeNull();
  });
});

describe("the reader's own notes", () => {
  const janeKey = personNoteKey('Jane Doe');

  it('adds a note to a person, saved under the folded name key', () => {
    const p = props();
    const root = mount(<Panel {...p} />);
    open(root, 'person:Jane Doe');
    const r = row(root, 'person:Jane Doe');
    expect(r.querySelector('[data-user-note-mark]')).toBeNull();
    click(r.querySelector('[data-action="user-note-add"]'));
    typeInto(r.querySelector('[data-user-note-input]'), 'Met her at the 2024 summit');
    click(r.querySelector('[data-action="user-note-save"]'));
    expect(p.onSaveUserNote).toHaveBeenCalledWith('person:jane doe', 'Jane Doe', 'Met her at the 2024 summit');
  });

  it('shows a saved note with a mark on the row, and edits or removes it', () => {
    const notes: UserNotes = { [janeKey]: { text: 'Minister since 2023', label: 'Jane Doe', updatedAt: 1 }, 'term:nuclear-deterrence': { text: 'See my essay', label: 'Nuclear deterrence', updatedAt: 1 } };
    const p = props({ userNotes: notes });
    const root = mount(<Panel {...p} />);
    const jane = row(root, 'person:Jane Doe');
    expect(jane.querySelector('[data-item-key] [data-user-note-mark]')?.textContent).toContain('Has your note');
    expect(row(root, 'term:nuclear-deterrence').querySelector('[data-user-note-mark]')).not.toBeNull();
    expect(row(root, 'person:أحمد سالم').querySelector('[data-user-note-mark]')).toBeNull();
    open(root, 'person:Jane Doe');
    expect(jane.querySelector('[data-user-note-text]')?.textContent).toBe('Minister since 2023');
    click(jane.querySelector('[data-action="user-note-edit"]'));
    expect((jane.querySelector('[data-user-note-input]') as HTMLTextAreaElement).value).toBe('Minister since 2023');
    typeInto(jane.querySelector('[data-user-note-input]'), 'Edited');
    click(jane.querySelector('[data-action="user-note-save"]'));
    expect(p.onSaveUserNote).toHaveBeenCalledWith(janeKey, 'Jane Doe', 'Edited');
    click(jane.querySelector('[data-action="user-note-remove"]'));
    expect(p.onRemoveUserNote).toHaveBeenCalledWith(janeKey);
  });

  it('labels the editor in Arabic in the Arabic panel', () => {
    const root = mount(<Panel {...props({ lang: 'ar' })} />);
    open(root, 'person:Jane Doe');
    expect(row(root, 'person:Jane Doe').querySelector('[data-action="user-note-add"]')?.textContent).toBe('أضف ملاحظتك');
  });
});

describe('online summaries in the panel', () => {
  it('offers nothing while the option is off', () => {
    const root = mount(<Panel {...props({ onRequestSummary: vi.fn() })} />);
    expect(root.querySelector('[data-action="fetch-summary"]')).toBeNull();
  });

  it('asks for a person by name and a term by its Wikipedia title, in the article language', () => {
    const p = props({ onlineSummaries: true, onRequestSummary: vi.fn() });
    const root = mount(<Panel {...p} />);
    const jane = row(root, 'person:Jane Doe').querySelector('[data-action="fetch-summary"]')!;
    // The name is isolated (FSI…PDI) so an Arabic name does not reorder the English sentence.
    expect(jane.textContent).toBe('Fetch summary online (Wikipedia): \u2068Jane Doe\u2069');
    click(jane);
    expect(p.onRequestSummary).toHaveBeenCalledWith('person:Jane Doe', { lang: 'ar', title: 'Jane Doe' });
    click(row(root, 'term:nuclear-deterrence').querySelector('[data-action="fetch-summary"]'));
    expect(p.onRequestSummary).toHaveBeenCalledWith('term:nuclear-deterrence', { lang: 'ar', title: 'ردع نووي' });
  });

  it('shows a fetched summary with its source link, loading and missing states', () => {
    const summaries: Record<string, SummaryState> = {
      'person:Jane Doe': {
        status: 'ok',
        summary: { title: 'Jane Doe', extract: 'A minister.', html: '<p><b>Jane Doe</b> is a minister.</p>', url: 'https://ar.wikipedia.org/wiki/Jane_Doe', lang: 'ar', dir: 'rtl' },
      },
      'person:أحمد سالم': { status: 'loading' },
      'term:nuclear-deterrence': { status: 'missing' },
    };
    const root = mount(<Panel {...props({ onlineSummaries: true, onRequestSummary: vi.fn(), summaries })} />);
    const jane = row(root, 'person:Jane Doe');
    const extract = jane.querySelector('[data-summary-extract]')!;
    expect(extract.querySelector('b')?.textContent).toBe('Jane Doe');
    expect(extract.getAttribute('dir')).toBe('rtl');
    const link = jane.querySelector<HTMLAnchorElement>('[data-summary-link]')!;
    expect(link.getAttribute('href')).toBe('https://ar.wikipedia.org/wiki/Jane_Doe');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(jane.querySelector('[data-online-summary="ok"] .minor-heading')?.textContent).toBe('Summary fetched online from Wikipedia');
    expect(row(root, 'person:أحمد سالم').querySelector('[data-online-summary="loading"]')).not.toBeNull();
    expect(row(root, 'term:nuclear-deterrence').querySelector('[data-online-summary="missing"]')?.textContent).toContain('ردع نووي');
  });

  it('never puts hostile HTML in the panel, even from a tampered cache', () => {
    const w = window as unknown as { __pwned?: number };
    const summaries: Record<string, SummaryState> = {
      'person:Jane Doe': { status: 'ok', summary: { title: 'Evil', extract: HOSTILE.extract, html: HOSTILE.extract_html, url: 'https://en.wikipedia.org/wiki/Evil', lang: 'en', dir: 'ltr' } },
    };
    const root = mount(<Panel {...props({ onlineSummaries: true, onRequestSummary: vi.fn(), summaries })} />);
    const box = row(root, 'person:Jane Doe').querySelector('[data-online-summary]')!;
    expect(box.querySelector('script, img, iframe, svg, a[href^="javascript"], form, object, embed, link, style, [onclick], [onerror]')).toBeNull();
    expect(box.querySelector('[data-summary-extract]')?.textContent).toBe('Plain words only.');
    expect(w.__pwned).toBeUndefined();
  });

  it('shows an error with a retry button', () => {
    const p = props({ onlineSummaries: true, onRequestSummary: vi.fn(), summaries: { 'person:Jane Doe': { status: 'error', message: 'HTTP 503' } } });
    const root = mount(<Panel {...p} />);
    const jane = row(root, 'person:Jane Doe');
    expect(jane.querySelector('[role="alert"]')?.textContent).toBe('Could not fetch the summary: HTTP 503');
    click(jane.querySelector('[data-action="fetch-summary"]'));
    expect(p.onRequestSummary).toHaveBeenCalledTimes(1);
  });
});
