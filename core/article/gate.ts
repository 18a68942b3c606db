/**
 * The cheap "is this an article?" gate, run before anything else so that home pages, search
 * results and apps cost a few querySelectorAll calls. Long blocks of prose count by the square
 * root of their extra length (many medium paragraphs or a few long ones both pass).
 */

/** Blocks shorter than this are not prose evidence (teasers, labels); Arabic paragraphs run short. */
const MIN_BLOCK_LEN = 80;
/** Sum of sqrt(len - MIN_BLOCK_LEN) needed: one 480-character paragraph, or four of 105. */
const MIN_SCORE = 20;
/** Elements that declare the story, and how much text one needs to pass the gate alone. */
const WRAPPERS = 'article, main, [role="main"], [itemprop="articleBody"]';
const MIN_WRAPPER_LEN = 500;
/** Page types that declare themselves articles lower the bar. */
const ARTICLE_TYPE = /article|news|blog|report|posting/i;

export function isProbablyArticle(doc: Document): boolean {
  // The document, not body: broken markup can leave the text outside doc.body (linkedom).
  const body = doc;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  const need = ARTICLE_TYPE.test(ogType) ? MIN_SCORE / 2 : MIN_SCORE;
  let score = 0;
  const seen = new Set<Element>();
  const consider = (el: Element) => {
    if (seen.has(el)) return false;
    seen.add(el);
    const len = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (len >= MIN_BLOCK_LEN) score += Math.sqrt(len - MIN_BLOCK_LEN);
    return score >= need;
  };
  for (const el of Array.from(body.querySelectorAll('p, pre, blockquote'))) if (consider(el)) return true;
  // A story wrapper that says so, holding prose not set in <p> (text straight in <div>s).
  for (const el of Array.from(body.querySelectorAll(WRAPPERS))) {
    if ((el.textContent ?? '').replace(/\s+/g, ' ').length >= MIN_WRAPPER_LEN) return true;
  }
  // Text written as <div>…<br>…</div> has no paragraphs.
  for (const br of Array.from(body.querySelectorAll('div > br'))) if (br.parentElement && consider(br.parentElement)) return true;
  return false;
}
