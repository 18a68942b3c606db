/** Staged work (core/steps.ts): the same generator run at once in Node and sliced on a page. */
import { describe, expect, it } from 'vitest';
import { runSteps, runStepsSliced, type Steps } from '../../../core/steps';
import { readArticle, readArticleSteps } from '../../../core/read-article';
import { Window } from 'happy-dom';
import { buildPageModelSteps } from '../../../core/article/page-model';
import { TextIndex } from '../../../core/text/text-index';

function* stages(log: string[], busyMs: number): Steps<string> {
  let done = '';
  for (const name of ['a', 'b', 'c']) {
    const until = performance.now() + busyMs;
    while (performance.now() < until); // a stage that takes busyMs of the thread
    done += name;
    log.push(name);
    yield;
  }
  return done;
}

describe('runSteps', () => {
  it('runs every stage and returns the result', () => {
    expect(runSteps(stages([], 0))).toBe('abc');
  });
});

describe('runStepsSliced', () => {
  it('does not pause while the stages stay under the budget', async () => {
    let pauses = 0;
    const result = await runStepsSliced(stages([], 0), async () => void pauses++, 1000);
    expect(result).toBe('abc');
    expect(pauses).toBe(0);
  });

  it('hands the thread back between stages once one has run past the budget', async () => {
    const log: string[] = [];
    const result = await runStepsSliced(stages(log, 5), async () => void log.push('|'), 1);
    expect(result).toBe('abc');
    expect(log.join('')).toBe('a|b|c|');
  });
});

describe('readArticleSteps', () => {
  it('reads the same article as readArticle, sliced at every stage', async () => {
    const window = new Window({ url: 'https://news.example/story' });
    const para = 'The minister said the plan would cost about 800 million dollars over five years, officials said on Tuesday.';
    window.document.body.innerHTML = `<nav><a href="/">Home</a></nav><article><h1>Plan</h1>${`<p>${para}</p>`.repeat(6)}</article><footer>About us</footer>`;
    const doc = window.document as unknown as Document;
    let pauses = 0;
    const sliced = await runStepsSliced(readArticleSteps(doc), async () => void pauses++, 0);
    const whole = readArticle(doc);
    expect(sliced?.article.text).toBe(whole?.article.text);
    expect(sliced?.article.text).toContain('800 million');
    expect(sliced?.article.text).not.toContain('About us');
    expect(pauses).toBeGreaterThanOrEqual(3);
    await window.happyDOM.close();
  });
});

describe('walks in stages', () => {
  /** Stages of a generator run to the end (yields counted). */
  function stagesOf<T>(steps: Steps<T>): { value: T; stages: number } {
    let stages = 1;
    for (;;) {
      const next = steps.next();
      if (next.done) return { value: next.value, stages };
      stages++;
    }
  }

  it('splits the page model and the text index of a big page, by nodes and by text, with the same result', () => {
    const window = new Window({ url: 'https://news.example/long' });
    const sentence = 'Officials said the 40 ships and 700 soldiers would stay in the region for five more years. ';
    // Many small nodes, then a few huge text nodes: both must be split.
    const small = Array.from({ length: 3000 }, (_, i) => `<p>Line <b>${i}</b> of the list.</p>`).join('');
    const huge = `<p>${sentence.repeat(3000)}</p>`.repeat(3);
    window.document.body.innerHTML = `<article><h1>Long</h1>${small}${huge}</article>`;
    const doc = window.document as unknown as Document;
    const model = stagesOf(buildPageModelSteps(doc));
    expect(model.stages).toBeGreaterThan(5);
    // Whatever the stage boundaries, every unit is there once, in order (the headline, 3,000
    // lines, three long paragraphs).
    const units = model.value.units.map((u) => u.text);
    expect(units).toHaveLength(1 + 3000 + 3);
    expect(units.slice(0, 3)).toEqual(['Long', 'Line 0 of the list.', 'Line 1 of the list.']);
    expect(units[3000]).toBe('Line 2999 of the list.');
    expect(units[3001]).toBe(sentence.repeat(3000).trim());
    const index = stagesOf(TextIndex.fromBlocksSteps([doc.querySelector('article')!]));
    expect(index.stages).toBeGreaterThan(5);
    expect(index.value.text).toBe(units.join('\n'));
    void window.happyDOM.close();
  });
});
