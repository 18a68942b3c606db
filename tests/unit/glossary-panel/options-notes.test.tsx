import { describe, expect, it, vi } from 'vitest';
import type { OptionsFormProps } from '../../../components/options/OptionsForm';
import { importErrorMessage } from '../../../components/options/import-message';
import { makeTranslate } from '../../../utils/i18n';
import type { Settings } from '../../../utils/settings-defaults';
import { check, installDom, mount } from '../components/dom';
import { act } from 'preact/test-utils';

installDom();
const { OptionsForm } = await import('../../../components/options/OptionsForm');

const SETTINGS: Settings = {
  show: { person: true, claim: true, term: true },
  allVisible: true,
  termsFirstOnly: true,
  uiLang: 'auto',
  theme: 'auto',
  palette: 'default',
  onlineSummaries: false,
  disabledHosts: [],
};

function props(over: Partial<OptionsFormProps> = {}): OptionsFormProps {
  return {
    lang: 'en',
    theme: 'light',
    settings: SETTINGS,
    alwaysRunHosts: [],
    onlineSummariesAvailable: true,
    onChange: vi.fn(),
    onAddAlwaysRun: vi.fn(),
    onRemoveAlwaysRun: vi.fn(),
    userNotes: { count: 3, onExport: vi.fn(), onImport: vi.fn() },
    ...over,
  };
}

describe('options: online summaries', () => {
  it('is an enabled, clearly labelled switch, off by default, that reports changes', () => {
    const p = props();
    const root = mount(<OptionsForm {...p} />);
    const box = root.querySelector<HTMLInputElement>('[data-option="online-summaries"]')!;
    expect(box.disabled).toBe(false);
    expect(box.checked).toBe(false);
    expect(box.closest('label')?.textContent).toContain('Fetch summary online');
    expect(root.querySelector('#opt-online-note')?.textContent).toContain('never the article');
    check(box, true);
    expect(p.onChange).toHaveBeenCalledWith({ onlineSummaries: true });
  });
});

describe('options: your notes', () => {
  it('shows the count and exports on click', () => {
    const p = props();
    const root = mount(<OptionsForm {...p} />);
    expect(root.querySelector('[data-user-notes-count]')?.textContent).toBe('Notes saved: 3');
    (root.querySelector('[data-action="user-notes-export"]') as HTMLButtonElement).click();
    expect(p.userNotes!.onExport).toHaveBeenCalled();
  });

  it('passes a chosen file out and clears the field', () => {
    const p = props();
    const root = mount(<OptionsForm {...p} />);
    const input = root.querySelector<HTMLInputElement>('[data-action="user-notes-import"]')!;
    expect(input.type).toBe('file');
    expect(document.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Import notes (JSON)');
    const file = new window.File(['{}'], 'notes.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => {
      input.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
    });
    expect(p.userNotes!.onImport).toHaveBeenCalledWith(file);
  });

  it('shows an import error as an alert, in Arabic too', () => {
    const text = importErrorMessage({ code: 'wrong-version', version: '7' }, makeTranslate('ar'), 'ar');
    const root = mount(<OptionsForm {...props({ lang: 'ar', userNotes: { count: 0, onExport: vi.fn(), onImport: vi.fn(), message: { kind: 'error', text } } })} />);
    const msg = root.querySelector('[data-user-notes-message="error"]')!;
    expect(msg.getAttribute('role')).toBe('alert');
    expect(msg.textContent).toBe('إصدار ملف الملاحظات غير مدعوم (7). لم يتغير شيء.');
    expect(root.querySelector('[data-user-notes-section] h2')?.textContent).toBe('ملاحظاتك على المصطلحات والأشخاص');
  });

  it('has a clear message for every kind of import error, each saying nothing changed', () => {
    const t = makeTranslate('en');
    const codes = [
      { code: 'read' },
      { code: 'not-json' },
      { code: 'too-large' },
      { code: 'wrong-format' },
      { code: 'wrong-version', version: '2' },
      { code: 'too-many', count: 12000 },
      { code: 'bad-note', key: 'place:cairo' },
    ] as const;
    for (const e of codes) expect(importErrorMessage(e, t, 'en')).toMatch(/Nothing was changed\.$/);
    expect(importErrorMessage({ code: 'too-many', count: 12000 }, t, 'en')).toBe('Too many notes (12,000; at most 10,000). Nothing was changed.');
    expect(importErrorMessage({ code: 'bad-note', key: 'place:cairo' }, t, 'en')).toContain('"place:cairo"');
  });

  it('leaves the section out when the container offers none', () => {
    const root = mount(<OptionsForm {...props({ userNotes: undefined })} />);
    expect(root.querySelector('[data-user-notes-section]')).toBeNull();
  });
});
