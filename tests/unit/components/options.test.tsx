import { describe, expect, it, vi } from 'vitest';
import type { OptionsFormProps } from '../../../components/options/OptionsForm';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings-defaults';
import { check, click, installDom, mount, typeInto } from './dom';

installDom();
const { OptionsForm } = await import('../../../components/options/OptionsForm');

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, disabledHosts: ['aljazeera.net'] };

function props(over: Partial<OptionsFormProps> = {}): OptionsFormProps {
  return {
    lang: 'en',
    theme: 'light',
    settings: SETTINGS,
    alwaysRunHosts: ['blog.example.org'],
    onlineSummariesAvailable: false,
    onChange: vi.fn(),
    onAddAlwaysRun: vi.fn(),
    onRemoveAlwaysRun: vi.fn(),
    ...over,
  };
}

describe('options page', () => {
  it('reports category and first-occurrence changes as patches', () => {
    const p = props();
    const root = mount(<OptionsForm {...p} />);
    check(root.querySelector('[data-option="show-term"]'), false);
    expect(p.onChange).toHaveBeenCalledWith({ show: { person: true, claim: true, term: false } });
    check(root.querySelector('[data-option="terms-first-only"]'), false);
    expect(p.onChange).toHaveBeenCalledWith({ termsFirstOnly: false });
  });

  it('offers language, theme and palette as radio groups', () => {
    const p = props();
    const root = mount(<OptionsForm {...p} />);
    expect(root.querySelector<HTMLInputElement>('input[name="uiLang"][value="auto"]')!.checked).toBe(true);
    click(root.querySelector('input[name="uiLang"][value="ar"]'));
    expect(p.onChange).toHaveBeenCalledWith({ uiLang: 'ar' });
    click(root.querySelector('input[name="theme"][value="dark"]'));
    expect(p.onChange).toHaveBeenCalledWith({ theme: 'dark' });
    click(root.querySelector('input[name="palette"][value="colorblind"]'));
    expect(p.onChange).toHaveBeenCalledWith({ palette: 'colorblind' });
  });

  it('shows online summaries off and disabled, with a note, until they exist', () => {
    const root = mount(<OptionsForm {...props({ settings: { ...SETTINGS, onlineSummaries: true } })} />);
    const box = root.querySelector<HTMLInputElement>('[data-option="online-summaries"]')!;
    expect(box.disabled).toBe(true);
    expect(box.checked).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toContain('Not available');
  });

  it('lists always-run hosts with remove buttons and adds valid hosts only', () => {
    const p = props();
    const root = mount(<OptionsForm {...p} />);
    const list = root.querySelector('[data-host-list="always-run"]')!;
    click(list.querySelector('[data-host="blog.example.org"] button'));
    expect(p.onRemoveAlwaysRun).toHaveBeenCalledWith('blog.example.org');

    const input = list.querySelector('input')!;
    typeInto(input, 'not a host');
    click(list.querySelector('button[type=submit]'));
    expect(p.onAddAlwaysRun).not.toHaveBeenCalled();
    expect(list.querySelector('[role=alert]')?.textContent).toContain('example.com');
    expect(input.getAttribute('aria-invalid')).toBe('true');

    typeInto(input, 'https://News.Example.com/a/b');
    click(list.querySelector('button[type=submit]'));
    expect(p.onAddAlwaysRun).toHaveBeenCalledWith('news.example.com');
    expect(list.querySelector('[role=alert]')).toBeNull();
  });

  it('edits the per-site off list through settings', () => {
    const p = props();
    const root = mount(<OptionsForm {...p} />);
    const list = root.querySelector('[data-host-list="disabled"]')!;
    typeInto(list.querySelector('input'), 'cnn.com');
    click(list.querySelector('button[type=submit]'));
    expect(p.onChange).toHaveBeenCalledWith({ disabledHosts: ['aljazeera.net', 'cnn.com'] });
    click(list.querySelector('[data-host="aljazeera.net"] button'));
    expect(p.onChange).toHaveBeenCalledWith({ disabledHosts: [] });
  });

  it('is mirrored and translated in Arabic', () => {
    const root = mount(<OptionsForm {...props({ lang: 'ar' })} />);
    const top = root.querySelector('.gloss-options')!;
    expect(top.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('h1')?.textContent).toBe('إعدادات Gloss');
  });
});
