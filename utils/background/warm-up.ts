/**
 * Warm the detectors after the background starts: one paragraph per task, a few rounds over the
 * made-up paragraphs in both languages. V8 optimises a function only after it has run a while;
 * without this, the reader's first articles after a wake-up run the detectors' code in its slow
 * first tiers. A paragraph is a task of its own so that a detect request that arrives meanwhile
 * waits for one paragraph at most, not for the whole warm-up.
 */
import { WARM_UP_PARAGRAPHS } from './warm-up-texts';

/** Rounds over all paragraphs: enough for the hot paths to reach V8's optimising tiers. */
export const WARM_UP_ROUNDS = 8;

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
