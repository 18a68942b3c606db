import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createPainter, type PaintedItem } from '../../../core/highlight/painter';
import { TextIndex } from '../../../core/text/text-index';
import type { ItemKind } from '../../../core/panel-model';
import { installFakeHighlights } from './fake-highlights';

const ALL = new Set<ItemKind>(['person', 'claim', 'term']);

function page(html: string) {
  const window = new Window();
  window.document.write(`<!doctype html><html><body>${html}</body></html>`);
  return window;
}

function itemsFor(index: TextIndex, specs: [ItemKind, string][]): PaintedItem[] {
  return specs.map(([kind, text]) => {
    const start = index.text.indexOf(text);
    return { kind, key: `${kind}:${text}`, range: index.rangeOf(start, start + text.length) };
  });
}

describe('fallback painter (no Highlight API)', () => {
  it('wraps spans in gloss-mark elements and restores the exact DOM on clear', () => {
    const win = page('<p id="a">President <b>Vladimir Putin</b> said 700 missiles.</p><p>NATO met.</p>');
    const doc = win.document as unknown as Document;
    const before = doc.body.innerHTML;
    const textBefore = doc.body.textContent;
    const index = TextIndex.fromBlocks(Array.from(doc.querySelectorAll('p')));
    const painter = createPainter(doc);
    expect(painter.mode).toBe('fallback');
    painter.paint(itemsFor(index, [['person', 'Vladimir Putin'], ['claim', '700'], ['term', 'NATO']]), ALL);
    const marks = Array.from(doc.querySelectorAll('gloss-mark'));
    expect(marks.map((m) => [m.getAttribute('data-gloss-kind'), m.textContent])).toEqual([
      ['person', 'Vladimir Putin'],
      ['claim', '700'],
      ['term', 'NATO'],
    ]);
    expect(doc.body.textContent).toBe(textBefore);
    painter.setVisible(new Set(['claim']));
    expect(doc.querySelectorAll('gloss-mark[data-gloss-hidden]').length).toBe(2);
    painter.clear();
    expect(doc.querySelectorAll('gloss-mark').length).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('#a')!.childNodes.length).toBe(3); // text, <b>, text: nothing left split
  });

  it('wraps a span that crosses element boundaries and keeps people over overlapping terms', () => {
    const win = page('<p>The <i>Kremlin</i> spokesman Dmitry <span>Peskov</span> spoke.</p>');
    const doc = win.document as unknown as Document;
    const before = doc.body.innerHTML;
    const index = TextIndex.fromBlocks([doc.querySelector('p')!]);
    const painter = createPainter(doc);
    painter.paint(itemsFor(index, [['term', 'spokesman Dmitry'], ['person', 'Dmitry Peskov']]), ALL);
    const kinds = Array.from(doc.querySelectorAll('gloss-mark')).map((m) => m.getAttribute('data-gloss-kind'));
    expect(new Set(kinds)).toEqual(new Set(['person']));
    expect(Array.from(doc.querySelectorAll('gloss-mark')).map((m) => m.textContent).join('|')).toBe('Dmitry |Peskov');
    painter.clear();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('finds the painted item under a point', () => {
    const win = page('<p>Dmitry Peskov spoke.</p>');
    const doc = win.document as unknown as Document;
    const index = TextIndex.fromBlocks([doc.querySelector('p')!]);
    const painter = createPainter(doc);
    const items = itemsFor(index, [['person', 'Dmitry Peskov']]);
    painter.paint(items, ALL);
    const markText = doc.querySelector('gloss-mark')!.firstChild!;
    expect(painter.itemAt(markText, 3)?.key).toBe('person:Dmitry Peskov');
    const after = doc.querySelector('p')!.lastChild!;
    expect(painter.itemAt(after, 3)).toBeUndefined();
  });
});

describe('Highlight API painter', () => {
  it('registers one highlight per visible kind and never touches the DOM', () => {
    const win = page('<p>Dmitry Peskov said 700.</p>');
    const registry = installFakeHighlights(win);
    const doc = win.document as unknown as Document;
    const before = doc.body.innerHTML;
    const index = TextIndex.fromBlocks([doc.querySelector('p')!]);
    const painter = createPainter(doc);
    expect(painter.mode).toBe('highlight-api');
    painter.paint(itemsFor(index, [['person', 'Dmitry Peskov'], ['claim', '700']]), ALL);
    expect([...registry.keys()].sort()).toEqual(['gloss-claim', 'gloss-person']);
    expect(registry.get('gloss-person')!.ranges[0]!.toString()).toBe('Dmitry Peskov');
    painter.setVisible(new Set(['claim']));
    expect([...registry.keys()]).toEqual(['gloss-claim']);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });
});
