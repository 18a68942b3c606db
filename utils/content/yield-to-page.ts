/**
 * Hand the thread back to the page (its input and rendering) and go on in a later task. Gloss's
 * work on a page is cut into tasks this way so that none of them comes near 50 ms.
 */
export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};
