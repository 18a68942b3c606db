/**
 * Warm the detectors after the background starts: the made-up paragraphs in both languages, one
 * paragraph per task. Their first run builds each language's data and compiles the detectors'
 * code, which the reader's next article would pay for otherwise. A paragraph is a task of its own
 * so that a detect request that arrives meanwhile waits for one paragraph at most.
 */
import { WARM_UP_PARAGRAPHS } from './warm-up-texts';

/**
 * Rounds over all paragraphs. One: eight rounds did not make the background's detection of the
 * bench's pages faster (worker median 39.9 ms against 30.3 ms with one, 40 pages, noisy runs).
 */
export const WARM_UP_ROUNDS = 1;

type Annotate = (text: string, lang: string) => unknown;
type Schedule = (task: () => void) => void;

const nextTask: Schedule = (task) => void setTimeout(task, 0);

/** Both languages interleaved, `rounds` times over. */
export function warmUpSteps(rounds = WARM_UP_ROUNDS): Array<[text: string, lang: string]> {
  const steps: Array<[string, string]> = [];
  const { en, ar } = WARM_UP_PARAGRAPHS;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < Math.max(en.length, ar.length); i++) {
      if (en[i]) steps.push([en[i]!, 'en']);
      if (ar[i]) steps.push([ar[i]!, 'ar']);
    }
  }
  return steps;
}

/**
 * Run the warm-up in tasks of one paragraph. A failure stops it (logged once): the warm-up only
 * saves time, and the same failure would show on a real article with its own report.
 */
export function warmUpInTasks(annotate: Annotate, schedule: Schedule = nextTask, rounds = WARM_UP_ROUNDS): Promise<void> {
  const steps = warmUpSteps(rounds);
  return new Promise((resolve) => {
    let at = 0;
    const step = () => {
      if (at >= steps.length) return resolve();
      const [text, lang] = steps[at++]!;
      try {
        annotate(text, lang);
      } catch (e) {
        console.warn('[gloss] warm-up stopped', e);
        return resolve();
      }
      schedule(step);
    };
    schedule(step);
  });
}
