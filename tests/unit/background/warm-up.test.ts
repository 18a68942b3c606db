import { describe, expect, it, vi } from 'vitest';
import { annotateText } from '../../../core/annotate';
import { warmUpInTasks, warmUpSteps } from '../../../utils/background/warm-up';
import { WARM_UP_PARAGRAPHS } from '../../../utils/background/warm-up-texts';

/** A scheduler that queues tasks, so a test can run them one at a time like the event loop. */
function taskQueue() {
  const queue: Array<() => void> = [];
  return {
    schedule: (task: () => void) => void queue.push(task),
    runOne: () => queue.shift()?.(),
    get pending() {
      return queue.length;
    },
  };
}

describe('warm-up of the detectors', () => {
  it('runs every paragraph once, the two languages taking turns', () => {
    const steps = warmUpSteps();
    expect(steps).toHaveLength(WARM_UP_PARAGRAPHS.en.length + WARM_UP_PARAGRAPHS.ar.length);
    expect(steps.slice(0, 4).map(([, lang]) => lang)).toEqual(['en', 'ar', 'en', 'ar']);
    expect(new Set(steps.map(([text]) => text)).size).toBe(steps.length);
  });

  it('runs one paragraph per task, so a request arriving meanwhile waits for one paragraph only', async () => {
    const tasks = taskQueue();
    const seen: string[] = [];
    const done = warmUpInTasks((text) => seen.push(text), tasks.schedule);
    expect(seen).toHaveLength(0); // nothing in the caller's task
    tasks.runOne();
    expect(seen).toHaveLength(1);
    expect(tasks.pending).toBe(1);
    while (tasks.pending) tasks.runOne();
    await done;
    expect(seen).toEqual(warmUpSteps().map(([text]) => text));
  });

  it('stops at the first failure and reports it once', async () => {
    const tasks = taskQueue();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let calls = 0;
    const done = warmUpInTasks(() => {
      calls++;
      if (calls === 3) throw new Error('broken detector');
    }, tasks.schedule);
    while (tasks.pending) tasks.runOne();
    await done;
    expect(calls).toBe(3);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('reaches every detector: people, claims and glossary terms in both languages', () => {
    for (const lang of ['en', 'ar'] as const) {
      const found = annotateText(WARM_UP_PARAGRAPHS[lang].join('\n\n'), lang);
      expect(found.people.length, lang).toBeGreaterThanOrEqual(6);
      expect(found.claims.length, lang).toBeGreaterThanOrEqual(10);
      expect(new Set(found.terms.map((t) => t.id)).size, lang).toBeGreaterThanOrEqual(8);
    }
  });
});
