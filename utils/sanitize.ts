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

/** Sanitised HTML string; never contains script, event handlers, links or styles. */
export function sanitizeHtml(dirty: string, win: Window = window): string {
  return purifierFor(win).sanitize(dirty, STRICT) as string;
}

/** Put sanitised HTML into an element (an extension page's own element, never the article page). */
export function setSanitizedHtml(el: Element, dirty: string): void {
  el.innerHTML = sanitizeHtml(dirty, el.ownerDocument.defaultView ?? window);
}
