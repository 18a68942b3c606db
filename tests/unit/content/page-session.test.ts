import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../core/annotate';
import type { TextAnnotations } from '../../../core/types';
import { PAINT_CHUNK, PageSession, type Detector } from '../../../utils/content/page-session';
import { DEFAULT_SETTINGS } from '../../../utils/settings-defaults';
import { installFakeHighlights } from '../highlight/fake-highlights';

/** In the extension the background detects; here the same core runs in-process. */
const detect: Detector = async (text, lang) => annotateText(text, lang);

const PARA = [
  'President Emmanuel Macron said on Tuesday that France would send up to 700 more soldiers to the region, according to the defence ministry.',
  'The plan, which NATO allies discussed in Brussels, would cost about $800 million over five years, officials said after the meeting ended.',
  'Macron told reporters that the decision was not aimed at any one country and that talks with partners would continue through the summer.',
];

function articlePage(paragraphs: string[]) {
  const window = new Window({ url: 'https://www.reuters.com/world/europe/france-troops' });
  window.document.write(
    `<!doctype html><html lang="en"><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>France to send troops</h1><div class="body">${paragraphs
      .map((p) => `<p>${p}</p>`)
      .join('')}</div></article></main><footer>© Example</footer></body></html>`,
  );
  return window.document as unknown as Document;
}

describe('PageSession', () => {
  it('annotates the article and paints it (fallback marks here: happy-dom has no Highlight API)', async () => {
    const doc = articlePage(PARA);
    const session = new PageSession(doc, DEFAULT_SETTINGS, detect);
    const state = await session.run();
    expect(state.status).toBe('ok');
    expect(state.annotation!.article.text).toContain('President Emmanuel Macron');
    expect(doc.querySelectorAll('gloss-mark').length).toBeGreaterThan(0);
    expect(doc.querySelector('nav gloss-mark, footer gloss-mark')).toBeNull();
    session.dispose();
    expect(doc.querySelectorAll('gloss-mark').length).toBe(0);
  });

  it('annotates only the added text when paragraphs are appended, and reruns when text changes in the middle', async () => {
    const doc = articlePage(PARA);
    const session = new PageSession(doc, DEFAULT_SETTINGS, detect);
    const first = (await session.run()).annotation!;
    expect(await session.update()).toBe('unchanged');
    const p = doc.createElement('p');
    p.textContent = 'Later, Macron said a further 1,200 troops could follow if the situation worsened, according to his office.';
    doc.querySelector('.body')!.appendChild(p);
    expect(await session.update()).toBe('extended');
    const next = session.state.annotation!;
    expect(next.article.text.startsWith(first.article.text)).toBe(true);
    expect(next.claims.length).toBeGreaterThan(first.claims.length);
    for (const s of [...next.people, ...next.claims, ...next.terms]) expect(next.article.text.slice(s.start, s.end)).toBe(s.text);
    const lateMacron = next.people.filter((m) => m.start > first.article.text.length);
    expect(lateMacron.map((m) => m.name)).toEqual(lateMacron.map(() => first.people.find((m) => m.text.includes('Macron'))!.name));

    const first2 = doc.querySelector('.body p')!;
    first2.parentNode!.insertBefore(doc.createElement('p'), first2).textContent =
      'A new opening paragraph was inserted by the live blog, with 30 percent more words than a short line would have.';
    expect(await session.update()).toBe('rerun');
    expect(session.state.annotation!.article.text.startsWith('A new opening paragraph')).toBe(true);
    session.dispose();
  });
});

describe('PageSession on a long page (Highlight API)', () => {
  it('paints a chunk per task and ends with every highlight registered', async () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Officials said ${i + 10} ships and ${i + 20} planes and ${i + 30} tanks and ${i + 40} drones and ${i + 50} boats were seen.`);
    const doc = articlePage(paragraphs);
    const win = doc.defaultView!;
    const registry = installFakeHighlights(win);
    const sizes: number[] = [];
    // A detector that reports every number as a claim, without the real data.
    const numbers: Detector = async (text) => {
      const claims = [...text.matchAll(/\d+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], value: Number(m[0]), kind: 'count' as const }));
      return { people: [], claims, terms: [] } satisfies TextAnnotations;
    };
    // Each time the session yields to the page, note how much is painted so far.
    const g = globalThis as { scheduler?: unknown };
    const saved = g.scheduler;
    g.scheduler = { yield: async () => void sizes.push(registry.get('gloss-claim')?.ranges.length ?? 0) };
    const session = new PageSession(doc, DEFAULT_SETTINGS, numbers);
    try {
      await session.run();
    } finally {
      g.scheduler = saved;
    }
    const total = registry.get('gloss-claim')!.ranges.length;
    expect(total).toBe(600);
    // Yields while reading (on a slow machine reading can pass READ_SLICE_MS) come before any paint.
    expect(sizes.filter((n) => n > 0)).toEqual([PAINT_CHUNK]); // 600 highlights: one chunk, a yield, the rest
    expect(registry.get('gloss-claim')!.ranges.map((r) => r.toString()).slice(0, 3)).toEqual(['10', '20', '30']);
    session.dispose();
    expect(registry.size).toBe(0);
  });
});
