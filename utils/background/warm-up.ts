/**
 * Warm the detectors after the background starts: the made-up paragraphs in both languages, one
 * paragraph per task. Their first run builds each language's data and compiles the detectors'
 * code, which the reader's next article would pay for otherwise. A paragraph is a task of its own
 * so that a detect request that arrives meanwhile waits for one paragraph at most. (Eight rounds
 * over the paragraphs instead of one did not make the bench's detection faster: worker median
 * 39.9 ms against 30.3 ms, 40 pages.)
 */
import { WARM_UP_PARAGRAPHS } from './warm-up-texts';

type Annotate = (text: string, lang: string) => unknown;
type Schedule = (task: () => void) => void;

const nextTask: Schedule = (task) => void setTimeout(task, 0);

/** The paragraphs with their language, the two languages taking turns. */
export function warmUpSteps(): Array<[text: string, lang: string]> {
  const { en, ar } = WARM_UP_PARAGRAPHS;
  const steps: Array<[string, string]> = [];
  for (let i = 0; i < Math.max(en.length, ar.length); i++) {
    if (en[i]) steps.push([en[i]!, 'en']);
    if (ar[i]) steps.push([ar[i]!, 'ar']);
  }
  return steps;
}

/**
 * Run the warm-up in tasks of one paragraph. A failure stops it (logged once): the warm-up only
 * saves time, and the same failure would show on a real article with its own report.
 */
export function warmUpInTasks(annotate: Annotate, schedule: Schedule = nextTask): Promise<void> {
  const steps = warmUpSteps();
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
