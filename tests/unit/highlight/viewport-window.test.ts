import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createPainter, type PaintedItem } from '../../../core/highlight/painter';
import { MARGIN_SCREENS, MAX_REGISTERED, stillCovers, windowAround, type Extent } from '../../../core/highlight/viewport-window';
import type { ItemKind } from '../../../core/panel-model';
import { installFakeHighlights } from './fake-highlights';

const VIEW = 900;
const LINE = 30;

/** Items one per line down a long page, scrolled to `scrollY`: extents in viewport coordinates. */
const lines = (scrollY: number): Extent => (i) => ({ top: i * LINE - scrollY, bottom: i * LINE + 20 - scrollY });

describe('viewport window', () => {
  it('holds exactly the items within the margin of the viewport, wherever it is scrolled', () => {
    const n = 20_000;
    for (const scrollY of [0, 150_000, n * LINE - VIEW]) {
      const extent = lines(scrollY);
      const { lo, hi } = windowAround(n, extent, VIEW);
      const inBand = (i: number) => extent(i)!.bottom >= -MARGIN_SCREENS * VIEW && extent(i)!.top <= VIEW + MARGIN_SCREENS * VIEW;
      expect(inBand(lo)).toBe(true);
      expect(inBand(hi - 1)).toBe(true);
      if (lo > 0) expect(inBand(lo - 1)).toBe(false);
      if (hi < n) expect(inBand(hi)).toBe(false);
      expect(hi - lo).toBeLessThanOrEqual(MAX_REGISTERED);
    }
  });

  it('reads few boxes to find it (binary search)', () => {
    let reads = 0;
    const base = lines(300_000);
    windowAround(20_000, (i) => (reads++, base(i)), VIEW);
    expect(reads).toBeLessThan(100);
  });

  it('keeps the window over a short scroll and asks for a new one after a long one', () => {
    const n = 20_000;
    const slice = windowAround(n, lines(150_000), VIEW);
    expect(stillCovers(slice, n, lines(150_000 + VIEW / 2), VIEW)).toBe(true);
    expect(stillCovers(slice, n, lines(150_000 + 2 * VIEW), VIEW)).toBe(false);
    expect(stillCovers(slice, n, lines(150_000 - 2 * VIEW), VIEW)).toBe(false);
  });

  it('caps a very dense stretch, keeping the viewport', () => {
    const dense: Extent = (i) => ({ top: i / 10, bottom: i / 10 + 5 }); // ten items per pixel row
    const { lo, hi } = windowAround(100_000, dense, VIEW);
    expect(hi - lo).toBe(MAX_REGISTERED);
    expect(lo).toBe(0);
  });
});

describe('Highlight API painter on a page with very many highlights', () => {
  it('registers only those near the viewport, follows a scroll, and keeps toggles and hit-testing', () => {
    const win = new Window({ height: VIEW });
    const n = 5_000;
    win.document.write(`<!doctype html><html><body>${'<p>line</p>'.repeat(n)}</body></html>`);
    const registry = installFakeHighlights(win);
    const doc = win.document as unknown as Document;
    const lineText = Array.from(doc.querySelectorAll('p'), (p) => p.firstChild!);
    let scrollY = 0;
    const items: PaintedItem[] = Array.from({ length: n }, (_, i) => {
      const range = doc.createRange();
      range.selectNodeContents(lineText[i]!);
      range.getBoundingClientRect = () => ({ top: i * LINE - scrollY, bottom: i * LINE + 20 - scrollY, width: 50, height: 20 }) as DOMRect;
      const kind: ItemKind = i % 2 ? 'claim' : 'person';
      return { kind, key: `k${i}`, range };
    });
    const painter = createPainter(doc);
    painter.paint(items.slice(0, 400), new Set(['person', 'claim']));
    painter.add(items.slice(400));
    const registered = () => [...registry.values()].flatMap((h) => h.ranges);
    const keysOf = (ranges: Range[]) => ranges.map((r) => items.findIndex((it) => it.range === r)).sort((a, b) => a - b);
    const band = Math.ceil(((1 + 2 * MARGIN_SCREENS) * VIEW) / LINE) + 2; // + the items cut by either edge
    expect(registered().length).toBeLessThanOrEqual(band);
    expect(keysOf(registered())[0]).toBe(0);

    // Scroll far down: what is now on screen gets registered, the top is dropped. (A scroll event
    // does not bubble from a scrolling element: the painter listens in the capture phase.)
    scrollY = 100_000;
    doc.body.dispatchEvent(new win.Event('scroll') as unknown as Event);
    const shown = keysOf(registered());
    const onScreen = Math.floor(scrollY / LINE);
    expect(shown).toContain(onScreen);
    expect(shown).not.toContain(0);
    expect(shown.length).toBeLessThanOrEqual(band);
    // A point on screen finds its item; the top of the page, no longer registered, finds none.
    expect(painter.itemAt(lineText[onScreen]!, 2)).toBe(items[onScreen]);
    expect(painter.itemAt(lineText[0]!, 2)).toBeUndefined();

    // Toggling a kind re-registers the window without it.
    painter.setVisible(new Set(['claim']));
    expect(registry.has('gloss-person')).toBe(false);
    expect(registry.get('gloss-claim')!.ranges.length).toBeGreaterThan(0);
    painter.setVisible(new Set());
    expect(registry.size).toBe(0);
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('follows scrolling only while the page has too many highlights to register at once', () => {
    const win = new Window({ height: VIEW });
    installFakeHighlights(win);
    const doc = win.document as unknown as Document;
    const listening = new Set<string>();
    const on = win.addEventListener.bind(win) as (...args: unknown[]) => void;
    const off = win.removeEventListener.bind(win) as (...args: unknown[]) => void;
    Object.assign(win, {
      addEventListener: (type: string, ...rest: unknown[]) => (listening.add(type), on(type, ...rest)),
      removeEventListener: (type: string, ...rest: unknown[]) => (listening.delete(type), off(type, ...rest)),
    });
    const items = (count: number): PaintedItem[] => Array.from({ length: count }, (_, i) => {
      const range = doc.createRange();
      range.getBoundingClientRect = () => ({ top: i * LINE, bottom: i * LINE + 20, width: 50, height: 20 }) as DOMRect;
      return { kind: 'claim', key: `k${i}`, range };
    });
    const painter = createPainter(doc);
    painter.paint(items(MAX_REGISTERED), new Set(['claim']));
    expect(listening.size).toBe(0);
    painter.add(items(1));
    expect([...listening].sort()).toEqual(['resize', 'scroll']);
    painter.paint(items(10), new Set(['claim']));
    expect(listening.size).toBe(0);
    painter.paint(items(2 * MAX_REGISTERED), new Set(['claim']));
    expect(listening.size).toBe(2);
    painter.clear();
    expect(listening.size).toBe(0);
  });
});
