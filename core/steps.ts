/**
 * Work written as a generator that yields between its stages, so one body of code serves Node
 * (run to the end at once) and the page (hand the thread back between stages once a stage has
 * run long, so the page's own input and rendering are never held up for long).
 */
export type Steps<T> = Generator<void, T, void>;

/** Run every stage now. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Run the stages, awaiting `pause` at a stage boundary once `budgetMs` have passed since the last
 * pause: a short page runs in one go, a huge one in several tasks.
 */
export async function runStepsSliced<T>(steps: Steps<T>, pause: () => Promise<void>, budgetMs: number): Promise<T> {
  let since = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - since >= budgetMs) {
      await pause();
      since = performance.now();
    }
  }
}
