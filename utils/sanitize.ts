/**
 * The one place Gloss turns a string into HTML. Everything from a page or from the network is
 * text, except the optional online summaries' HTML, which goes through DOMPurify with a strict
 * allow-list: inline formatting only, no attributes but lang/dir, no links, no media, no styles.
 */
import DOMPurify, { type Config } from 'dompurify';

const STRICT: Config = {
  ALLOWED_TAGS: ['b', 'strong', 'i', 'em', 'p', 'br', 'span', 'sub', 'sup', 'bdi'],
  ALLOWED_ATTR: ['lang', 'dir'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
};

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<Window, Purifier>();

function purifierFor(win: Window): Purifier {
  let p = purifiers.get(win);
  if (!p) {
    p = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    purifiers.set(win, p);
  }
  return p;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Sanitised HTML string; never contains script, event handlers, links or styles. Fails closed:
 * where DOMPurify cannot work in `win` (it would hand the input back untouched), the input is
 * escaped and shown as text.
 */
export function sanitizeHtml(dirty: string, win: Window = window): string {
  const purifier = purifierFor(win);
  if (!purifier.isSupported) return escapeText(dirty);
  return purifier.sanitize(dirty, STRICT) as string;
}

/** Put sanitised HTML into an element (an extension page's own element, never the article page). */
export function setSanitizedHtml(el: Element, dirty: string): void {
  el.innerHTML = sanitizeHtml(dirty, el.ownerDocument.defaultView ?? window);
}
