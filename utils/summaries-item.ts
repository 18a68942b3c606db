/** The one storage item for cached online summaries (see summaries.ts). */
import { storage } from '#imports';
import type { SummaryCache } from './summaries';

export const summariesItem = storage.defineItem<SummaryCache>('local:summaries', {
  fallback: {},
  version: 1,
});

/** The origin the optional permission covers; asked for only when the reader turns the option on. */
export const WIKIPEDIA_ORIGIN = 'https://*.wikipedia.org/*';
