/**
 * Regression test: the fallback painter used to drop overlapping items by comparing each item
 * with every item kept so far, ~n² Range comparisons (26,000 items on a 1 MB text node: ~340
 * million; 225 items on a real page took 13 s in happy-dom). Found by the fuzz; the painter now
 * binary-searches the kept items (which never overlap each other) for a new item's neighbours:
 * O(n log n). This keeps it so, by counting comparisons rather than timing them.
 */
import { describe, expect, it } from 'vitest';
import { createPainter, type PaintedItem } from '../../../core/highlight/painter';
import { loadPage } from './harness';

const ITEMS = 300;

describe('fallback painter cost', () => {
  it(`paints ${ITEMS} items with O(n log n) Range comparisons`, async () => {
    const words = Array.from({ length: ITEMS }, (_, i) => `w${i}`);
    const page = loadPage(`<!doctype html><body><p>${words.join(' ')}</p></body>`, 'https://www.reuters.com/x');
    const text = page.doc.querySelector('p')!.firstChild as Text;
    const items: PaintedItem[] = [];
    let at = 0;
    for (const [i, w] of words.entries()) {
      const range = page.doc.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + w.length);
      items.push({ kind: i % 3 === 0 ? 'person' : i % 3 === 1 ? 'claim' : 'term', key: `k${i}`, range });
      at += w.length + 1;
    }
    const proto = Object.getPrototypeOf(items[0]!.range) as { compareBoundaryPoints: (...a: unknown[]) => number };
    const original = proto.compareBoundaryPoints;
    let calls = 0;
    proto.compareBoundaryPoints = function (this: unknown, ...a: unknown[]) {
      calls++;
      return original.apply(this, a);
    };
    try {
      createPainter(page.doc).paint(items, new Set(['person', 'claim', 'term']));
    } finally {
      proto.compareBoundaryPoints = original;
    }
    const marks = page.doc.querySelectorAll('gloss-mark').length;
    await page.close();
    expect(marks).toBe(ITEMS);
    // n log2 n with room: ~10,000 for 300 items, against ~45,000 for the pairwise check.
    expect(calls).toBeLessThan(ITEMS * Math.log2(ITEMS) * 4);
  });
});
