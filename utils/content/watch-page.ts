/**
 * Notice when the page changes under an annotated article: content loaded later (infinite scroll,
 * "load more", live updates) and single-page-app navigation. Cheap filters first, so a page that
 * animates a ticker all day costs Gloss next to nothing.
 */
import type { ContentScriptContext } from '#imports';
import { FALLBACK_TAG } from '../../core/highlight/kinds';

/** Wait for a burst of mutations to settle before looking. */
const SETTLE_MS = 600;
/** Added text shorter than this is a widget, a counter or an ad label, not story text. */
const MIN_ADDED_CHARS = 80;
/** After a navigation, frameworks render the new article over a few frames. */
const NAVIGATION_SETTLE_MS = 900;

export interface PageWatchHandlers {
  /** New content may have been added to the article. */
  onContentAdded(): Promise<void>;
  /** The URL changed without a page load. */
  onNavigated(): Promise<void>;
}

function addsStoryText(records: MutationRecord[]): boolean {
  for (const r of records) {
    for (const node of r.addedNodes) {
      if (node.nodeType === 1 && (node as Element).tagName.toLowerCase() === FALLBACK_TAG) continue; // our own marks
      if ((node.textContent?.length ?? 0) >= MIN_ADDED_CHARS) return true;
    }
  }
  return false;
}

export function watchPage(ctx: ContentScriptContext, root: Node, handlers: PageWatchHandlers): void {
  let timer: number | undefined;
  // Where Gloss itself changes the DOM (the fallback painter), drop the records that caused.
  const quietly = (fn: () => Promise<void>) => () => {
    void fn().finally(() => observer.takeRecords());
  };
  const observer = new MutationObserver((records) => {
    if (!addsStoryText(records)) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(quietly(handlers.onContentAdded), SETTLE_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(quietly(handlers.onNavigated), NAVIGATION_SETTLE_MS);
  });
}
