/**
 * A plain-text page (a saved .txt) as HTML: one <p> per blank-line-separated paragraph, single
 * line breaks kept as <br>, and the probable headline marked <h1> (and <title>) so the article
 * finder treats it like a page's headline.
 */

/** The headline is among the first few paragraphs ... */
const HEADLINE_WITHIN = 4;
/** ... a single line of at least this many words (shorter lines are section labels) ... */
const HEADLINE_MIN_WORDS = 5;
const HEADLINE_MAX_LEN = 250;
/** ... that does not end like a sentence (captions and body paragraphs do). */
const ENDS_SENTENCE = /[.!?؟。！？…]["'”’»)\]]*$/;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function probableHeadline(paragraphs: readonly string[]): number {
  for (let i = 0; i < Math.min(HEADLINE_WITHIN, paragraphs.length); i++) {
    const p = paragraphs[i]!;
    if (p.includes('\n') || p.length > HEADLINE_MAX_LEN || ENDS_SENTENCE.test(p)) continue;
    if (p.split(/\s+/).length >= HEADLINE_MIN_WORDS) return i;
  }
  return -1;
}

export function plainTextToHtml(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00A0]*\n/).map((p) => p.trim()).filter(Boolean);
  const headline = probableHeadline(paragraphs);
  const body = paragraphs
    .map((p, i) => {
      const inner = p.split('\n').map((line) => escape(line.trim())).join('<br>');
      return i === headline ? `<h1>${inner}</h1>` : `<p>${inner}</p>`;
    })
    .join('\n');
  const title = headline >= 0 ? `<title>${escape(paragraphs[headline]!)}</title>` : '';
  // Whoever hands us a text file says it is an article: declare it, so the gate is lenient.
  return `<!doctype html><html><head><meta charset="utf-8"><meta property="og:type" content="article">${title}</head><body>${body}</body></html>`;
}
