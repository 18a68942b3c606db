import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, TextIndex } from '../../../core/text/text-index';

function doc(html: string): Document {
  // happy-dom rather than linkedom here: these tests need real Ranges.
  const window = new Window();
  window.document.write(`<!doctype html><html><body>${html}</body></html>`);
  return window.document as unknown as Document;
}

describe('TextIndex', () => {
  it('joins blocks, collapses whitespace and skips scripts and hidden nodes', () => {
    const d = doc('<p>  Hello   <b>big</b>\n world </p><p>Second<script>x()</script><span hidden>no</span> one</p>');
    const index = TextIndex.fromBlocks(Array.from(d.querySelectorAll('p')));
    expect(index.text).toBe(`Hello big world${BLOCK_SEPARATOR}Second one`);
  });

  it('maps a span back to a Range over the live text nodes', () => {
    const d = doc('<p>Dmitry <i>Peskov</i> said</p><p>وقال بيسكوف</p>');
    const index = TextIndex.fromBlocks(Array.from(d.querySelectorAll('p')));
    const start = index.text.indexOf('Dmitry');
    const range = index.rangeOf(start, start + 'Dmitry Peskov'.length);
    expect(range.toString()).toBe('Dmitry Peskov');
    const ar = index.text.indexOf('بيسكوف');
    expect(index.rangeOf(ar, ar + 6).toString()).toBe('بيسكوف');
  });

  it('maps every word back to its own characters, whatever whitespace runs sit between them', () => {
    // Single spaces (taken as they are), doubled spaces, tabs, no-break spaces, a space that ends
    // a node before a line break, and words split across nodes.
    const d = doc('<p>one two  three\tfour\u00a0five six <br> seven e<b>ight</b> nine </p>');
    const index = TextIndex.fromBlocks([d.querySelector('p')!]);
    expect(index.text).toBe('one two three four five six\nseven eight nine');
    for (const word of ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']) {
      const at = index.text.indexOf(word);
      expect(index.rangeOf(at, at + word.length).toString()).toBe(word);
    }
    const at = index.text.indexOf('five');
    expect(index.rangeOf(at - 5, at + 4).toString()).toBe('four\u00a0five');
  });

  it('puts a line break between block children so words never fuse', () => {
    const d = doc('<div><h2>Title</h2><p>Body</p>one<br>two</div>');
    const index = TextIndex.fromBlocks([d.querySelector('div')!]);
    expect(index.text).toBe('Title\nBody\none\ntwo');
  });

  it('leaves out what the skip predicate names', () => {
    const d = doc('<div><p>Keep this.</p><figure><figcaption>Caption</figcaption></figure><p class="ad">Buy</p></div>');
    const index = TextIndex.fromBlocks([d.querySelector('div')!], { skip: (el) => el.classList.contains('ad') || el.tagName === 'FIGURE' });
    expect(index.text).toBe('Keep this.');
  });

  it('throws rather than guessing on bad spans', () => {
    const d = doc('<p>One</p><p>Two</p>');
    const index = TextIndex.fromBlocks(Array.from(d.querySelectorAll('p')));
    expect(() => index.rangeOf(2, 1)).toThrow(RangeError);
    expect(() => index.rangeOf(0, 99)).toThrow(RangeError);
    expect(() => index.rangeOf(3, 5)).toThrow(RangeError); // starts on the block separator
    expect(index.rangeOf(0, 3).toString()).toBe('One');
  });

  it('tells without throwing whether a span maps, exactly when rangeOf would answer', () => {
    const d = doc('<p>One</p><p>Two</p>');
    const index = TextIndex.fromBlocks(Array.from(d.querySelectorAll('p')));
    const spans: [number, number][] = [[2, 1], [0, 99], [3, 5], [0, 4], [-1, 2], [0.5, 2], [0, 3], [5, 8], [1, 2]];
    for (const [start, end] of spans) {
      let ranged = true;
      try {
        index.rangeOf(start, end);
      } catch {
        ranged = false;
      }
      expect(index.maps(start, end), `[${start}, ${end})`).toBe(ranged);
    }
    expect(spans.filter(([s, e]) => index.maps(s, e))).toEqual([[0, 3], [5, 8], [1, 2]]);
  });

  it('handles an empty block list', () => {
    expect(TextIndex.fromBlocks([]).text).toBe('');
  });
});
