import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createPainter, type PaintedItem } from '../../../core/highlight/painter';
import { MARGIN_SCREENS, MAX_REGISTERED, stillCovers, windowAround, type Extent } from '../../../core/highlight/viewport-window';
import type { ItemKind } from '../../../core/panel-model';

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
    const win = new Window({ innerHeight: VIEW } as never);
    win.document.write('<!doctype html><html><body><p>x</p></body></html>');
    const registry = new Map<string, { ranges: Range[] }>();
    class FakeHighlight {
      ranges: Range[] = [];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
      add(range: Range) {
        this.ranges.push(range);
      }
    }
    Object.defineProperty(win, 'CSS', { value: { highlights: registry } });
    Object.defineProperty(win, 'Highlight', { value: FakeHighlight });
    Object.defineProperty(win, 'innerHeight', { value: VIEW });
    const doc = win.document as unknown as Document;
    let scrollY = 0;
    const n = 5_000;
    const items: PaintedItem[] = Array.from({ length: n }, (_, i) => {
      const range = doc.createRange();
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

    // Scroll far down: what is now on screen gets registered, the top is dropped.
    scrollY = 100_000;
    painter.refresh();
    const shown = keysOf(registered());
    const onScreen = Math.floor(scrollY / LINE);
    expect(shown).toContain(onScreen);
    expect(shown).not.toContain(0);
    expect(shown.length).toBeLessThanOrEqual(band);

    // Toggling a kind re-registers the window without it.
    painter.setVisible(new Set(['claim']));
    expect(registry.has('gloss-person')).toBe(false);
    expect(registry.get('gloss-claim')!.ranges.length).toBeGreaterThan(0);
    painter.setVisible(new Set());
    expect(registry.size).toBe(0);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});
