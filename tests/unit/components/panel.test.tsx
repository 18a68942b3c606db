import { beforeAll, describe, expect, it } from 'vitest';
import type { PanelProps } from '../../../components/Panel';
import { ANNOTATION, ARTICLE_URL } from './fixture';
import { panelProps } from './panel-props';
import { check, click, installDom, mount, rerender, typeInto } from './dom';

installDom();
// Imported after the DOM exists: Preact reads `document` lazily, but keep the order explicit.
const { Panel } = await import('../../../components/Panel');

function props(over: Partial<PanelProps> = {}): PanelProps {
  return panelProps({ shortcuts: [{ name: 'toggle-highlights', shortcut: 'Alt+Shift+H' }], ...over });
}

const keys = (root: Element, section: string) =>
  [...root.querySelectorAll(`[data-section="${section}"] [data-item-key]`)].map((e) => (e as HTMLElement).dataset.itemKey);

describe('side panel', () => {
  beforeAll(() => {
    document.documentElement.lang = 'en';
  });

  it('shows the article title, language and three sections with counts and stable keys', () => {
    const root = mount(<Panel {...props()} />);
    expect(root.querySelector('[data-article-title]')?.textContent).toBe(ANNOTATION.article.title);
    expect(root.querySelector('[data-article-lang]')?.textContent).toBe('Language: Arabic');
    expect(keys(root, 'people')).toEqual(['person:أحمد سالم', 'person:Jane Doe']);
    expect(keys(root, 'claims')).toEqual([`claim:${ANNOTATION.claims[0]!.start}`, `claim:${ANNOTATION.claims[1]!.start}`, `claim:${ANNOTATION.claims[2]!.start}`]);
    expect(keys(root, 'terms')).toEqual(['term:nuclear-deterrence']);
    expect(root.querySelector('[data-section="people"] h2')?.textContent).toContain('People (2)');
    const section = root.querySelector('[data-section="claims"]')!;
    expect(section.tagName).toBe('SECTION');
    expect(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent).toContain('Numbers');
  });

  it('shows role, mentions, value, qualifier and source in the items, names isolated with <bdi>', () => {
    const root = mount(<Panel {...props()} />);
    const person = root.querySelector('[data-item-key="person:أحمد سالم"]')!;
    expect(person.textContent).toContain('المتحدث باسم الوزارة');
    expect(person.textContent).toContain('2 mentions');
    expect(person.querySelector('bdi')?.textContent).toBe('أحمد سالم');
    const money = root.querySelector(`[data-item-key="claim:${ANNOTATION.claims[1]!.start}"]`)!;
    expect(money.textContent).toContain('at most');
    expect(money.textContent).toContain('$5,580,000,000');
    expect(money.textContent).toContain('Source: الوزارة');
    const groups = [...root.querySelectorAll('[data-section="claims"] .group-heading')].map((h) => h.textContent);
    expect(groups).toEqual(['صاروخ', 'USD', '%']);
  });

  it('asks the page to focus an item on click and opens its details', () => {
    const p = props();
    const root = mount(<Panel {...p} />);
    const item = root.querySelector<HTMLElement>('[data-item-key="person:Jane Doe"]')!;
    expect(item.tagName).toBe('BUTTON');
    click(item);
    expect(p.onFocusItem).toHaveBeenCalledWith({ kind: 'person', key: 'person:Jane Doe' });
    expect(item.dataset.expanded).toBe('true');
    const disclose = item.parentElement!.querySelector('[aria-expanded]')!;
    expect(disclose.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(disclose.getAttribute('aria-controls')!)?.hidden).toBe(false);
    click(disclose);
    expect(disclose.getAttribute('aria-expanded')).toBe('false');
  });

  it('binds the toggles and reports changes', () => {
    const p = props({ show: { person: true, claim: false, term: true } });
    const root = mount(<Panel {...p} />);
    const claim = root.querySelector<HTMLInputElement>('input[type=checkbox][data-toggle="claim"]')!;
    expect(claim.checked).toBe(false);
    check(claim, true);
    expect(p.onToggle).toHaveBeenCalledWith('claim', true);
    check(root.querySelector('input[data-toggle="all"]'), false);
    expect(p.onToggle).toHaveBeenCalledWith('all', false);
    expect(root.querySelector('kbd')?.textContent).toBe('Alt+Shift+H');
  });

  it('filters across sections and says when nothing matches', () => {
    const root = mount(<Panel {...props()} />);
    const box = root.querySelector('input[type=search]')!;
    typeInto(box, 'jane');
    expect(keys(root, 'people')).toEqual(['person:Jane Doe']);
    expect(keys(root, 'terms')).toEqual([]);
    expect(root.querySelector('[data-section="people"] h2')?.textContent).toContain('(1/2)');
    typeInto(box, 'zzzz');
    expect(root.querySelector('.no-match')?.textContent).toBe('Nothing matches “zzzz”.');
  });

  it('mirrors itself in Arabic and labels in Arabic', () => {
    const root = mount(<Panel {...props({ lang: 'ar' })} />);
    const panel = root.querySelector('.gloss-panel')!;
    expect(panel.getAttribute('dir')).toBe('rtl');
    expect(panel.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('[data-section="people"] h2')?.textContent).toContain('الأشخاص');
    expect(root.querySelector('[data-item-key="person:أحمد سالم"]')?.textContent).toContain('إشارتان');
    expect(root.querySelector(`[data-item-key="claim:${ANNOTATION.claims[1]!.start}"]`)?.textContent).toContain('بحد أقصى');
  });

  it('sets the palette colours as CSS variables for the swatches', () => {
    const root = mount(<Panel {...props({ theme: 'dark', palette: 'colorblind' })} />);
    const panel = root.querySelector<HTMLElement>('.gloss-panel')!;
    expect(panel.dataset.theme).toBe('dark');
    expect(panel.style.getPropertyValue('--hl-claim')).toBe('#0072b2');
  });

  it('opens, focuses and flashes the item a page highlight asks for, clearing a hiding filter', () => {
    const p = props();
    const root = mount(<Panel {...p} />);
    typeInto(root.querySelector('input[type=search]'), 'jane');
    const key = 'term:nuclear-deterrence';
    rerender(root, <Panel {...p} focusRequest={{ key, seq: 1 }} />);
    const item = root.querySelector<HTMLElement>(`[data-item-key="${key}"]`)!;
    expect(item).toBeTruthy();
    expect(document.activeElement).toBe(item);
    expect(item.dataset.expanded).toBe('true');
    expect(item.closest('li')?.classList.contains('item-flash')).toBe(true);
    expect((root.querySelector('input[type=search]') as HTMLInputElement).value).toBe('');
  });

  it('copies and exports through callbacks', () => {
    const p = props();
    const root = mount(<Panel {...p} />);
    click(root.querySelector(`[data-copy="claim:${ANNOTATION.claims[1]!.start}"]`));
    expect(p.onCopy).toHaveBeenCalledWith(expect.objectContaining({ key: `claim:${ANNOTATION.claims[1]!.start}` }));
    click(root.querySelector('[data-export="md"]'));
    click(root.querySelector('[data-export="json"]'));
    expect(p.onExport).toHaveBeenNthCalledWith(1, 'md');
    expect(p.onExport).toHaveBeenNthCalledWith(2, 'json');
  });
});

describe('side panel empty states', () => {
  it('offers to annotate and to always run when the site is not enabled', () => {
    const p = props({ view: { kind: 'empty', reason: 'not-enabled' }, host: 'blog.example.org' });
    const root = mount(<Panel {...p} />);
    const empty = root.querySelector('[data-empty-state="not-enabled"]')!;
    expect(empty.textContent).toContain('not running');
    click(empty.querySelector('[data-action="annotate"]'));
    expect(p.onAnnotate).toHaveBeenCalled();
    const always = empty.querySelector('[data-action="always-run"]')!;
    expect(always.textContent).toBe('Always run on blog.example.org');
    click(always);
    expect(p.onAlwaysRun).toHaveBeenCalled();
  });

  it('says why for each reason', () => {
    for (const [reason, words] of [
      ['not-article', 'does not look like an article'],
      ['pending', 'Reading the article'],
      ['error', 'Details: boom'],
    ] as const) {
      const root = mount(<Panel {...props({ view: { kind: 'empty', reason, detail: 'boom' } })} />);
      expect(root.querySelector(`[data-empty-state="${reason}"]`)?.textContent).toContain(words);
    }
  });

  it('reports "nothing detected" for an article with no items', () => {
    const bare = { ...ANNOTATION, people: [], claims: [], terms: [] };
    const root = mount(<Panel {...props({ view: { kind: 'ok', annotation: bare, url: ARTICLE_URL } })} />);
    expect(root.querySelector('[data-article-title]')).toBeTruthy();
    expect(root.querySelector('[data-empty-state="empty"]')).toBeTruthy();
    expect(root.querySelector('[data-section]')).toBeNull();
  });
});

describe('side panel keyboard', () => {
  it('moves between items with the arrow keys', async () => {
    const { act } = await import('preact/test-utils');
    const root = mount(<Panel {...props()} />);
    const items = [...root.querySelectorAll<HTMLElement>('[data-item-key]')];
    items[0]!.focus();
    act(() => {
      items[0]!.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }) as unknown as Event);
    });
    expect(document.activeElement).toBe(items[1]);
    act(() => {
      items[1]!.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }) as unknown as Event);
    });
    expect(document.activeElement).toBe(items[0]);
  });
});

describe('side panel focus requests', () => {
  it('serves each request once, not again when the annotation is refreshed', () => {
    const p = props();
    const root = mount(<Panel {...p} focusRequest={{ key: 'person:Jane Doe', seq: 7 }} />);
    expect((document.activeElement as HTMLElement).dataset.itemKey).toBe('person:Jane Doe');
    (root.querySelector('input[type=search]') as HTMLElement).focus();
    const refreshed = { ...ANNOTATION, people: [...ANNOTATION.people] };
    rerender(root, <Panel {...p} view={{ kind: 'ok', annotation: refreshed, url: ARTICLE_URL }} focusRequest={{ key: 'person:Jane Doe', seq: 7 }} />);
    expect((document.activeElement as HTMLElement).tagName).toBe('INPUT');
  });
});
