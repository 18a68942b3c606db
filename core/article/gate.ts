/**
 * The cheap "is this an article?" gate, run before anything else so that home pages, search
 * results and apps cost one selector pass and a few textContent reads. Long blocks of prose count
 * by the square root of their extra length (many medium paragraphs or a few long ones both pass).
 */

/** Blocks shorter than this are not prose evidence (teasers, labels); Arabic paragraphs run short. */
const MIN_BLOCK_LEN = 60;
/** Sum of sqrt(len - MIN_BLOCK_LEN) needed: one 460-character paragraph, or four of 85. */
const MIN_SCORE = 20;
/** Everything the gate reads, in one selector. */
const GATE_SELECTOR = 'p, pre, blockquote, br, article, main, meta[property="og:type"]';
const PROSE_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE']);
/** Elements that declare the story, and how much text one needs to pass the gate alone. */
const WRAPPER_TAGS = new Set(['ARTICLE', 'MAIN']);
const MIN_WRAPPER_LEN = 500;
/** Page types that declare themselves articles lower the bar. */
const ARTICLE_TYPE = /article|news|blog|report|posting/i;

export function isProbablyArticle(doc: Document): boolean {
  // One selector pass over the document (the document, not body: broken markup can leave text
  // outside doc.body in linkedom); each tree scan costs more than reading the matches.
  const found = Array.from(doc.querySelectorAll(GATE_SELECTOR));
  let need = MIN_SCORE;
  for (const el of found) {
    if (el.tagName.toUpperCase() === 'META' && ARTICLE_TYPE.test(el.getAttribute('content') ?? '')) need = MIN_SCORE / 2;
  }
  let score = 0;
  const seen = new Set<Element>();
  const consider = (el: Element) => {
    if (seen.has(el)) return false;
    seen.add(el);
    const len = visibleLength(el.textContent ?? '', MIN_BLOCK_LEN);
    if (len >= MIN_BLOCK_LEN) score += Math.sqrt(len - MIN_BLOCK_LEN);
    return score >= need;
  };
  for (const el of found) if (PROSE_TAGS.has(el.tagName.toUpperCase()) && consider(el)) return true;
  // A story wrapper that says so, holding prose not set in <p> (text straight in <div>s).
  for (const el of found) {
    if (WRAPPER_TAGS.has(el.tagName.toUpperCase()) && visibleLength(el.textContent ?? '', MIN_WRAPPER_LEN) >= MIN_WRAPPER_LEN) return true;
  }
  // Text written as <div>…<br>…</div> has no paragraphs.
  for (const el of found) {
    const parent = el.parentElement;
    if (el.tagName.toUpperCase() === 'BR' && parent && parent.tagName.toUpperCase() === 'DIV' && consider(parent)) return true;
  }
  return false;
}

/**
 * Length with whitespace runs counted once. Strings too short to pass `min` even raw return
 * their raw length without a scan, so most of a page's paragraphs cost one property read.
 */
function visibleLength(s: string, min: number): number {
  if (s.length < min) return s.length;
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!ws) n++;
    else if (!space) n++;
    space = ws;
  }
  return n;
}
