/**
 * The content script's life: annotate once the page is idle, answer the panel, follow settings,
 * and open the panel item when the reader clicks a highlight. Every listener goes through `ctx`,
 * so all of it stops when the extension reloads or is removed.
 */
import type { ContentScriptContext } from '#imports';
import { isProbablyArticle } from '../../core/article/gate';
import type { PaintedItem } from '../../core/highlight/painter';
import { fromContent, toBackground, toContent } from '../messaging';
import { fromWire } from '../detect-wire';
import { noticeOf } from '../page-notice';
import { settingsItem } from '../settings';
import { guarded, isItemRef, isNothing, isStepPayload } from '../validate-messages';
import { PageSession, readBody, startDetection, type Detector } from './page-session';
import { watchPage } from './watch-page';
import { yieldToPage } from './yield-to-page';

export const ANNOTATE_MEASURE = 'gloss:annotate';
/** Marked when a detect answer arrives; its detail is the background's milliseconds. */
export const DETECT_WORKER_MARK = 'gloss:detect-worker';

export interface GlossHooks {
  /** The session exists (before the first annotation): attach page UI to it (settingsNow follows storage). */
  onSession?(session: PageSession): void;
  /** A keyboard step moved to this highlight. */
  onStepped?(item: PaintedItem): void;
}

export async function startGloss(ctx: ContentScriptContext, startedAt: number, hooks: GlossHooks = {}): Promise<void> {
  // Detection runs in the background, where its data is loaded once for every tab: the page only
  // pays for finding the body and painting. The text stays inside the extension.
  const detect: Detector = (text, lang) =>
    toBackground.sendMessage('detect', { text, lang }).then((answer) => {
      // The background's share of the round trip, beside gloss:detect, for the bench.
      if (typeof answer.workerMs === 'number') performance.mark(DETECT_WORKER_MARK, { detail: answer.workerMs });
      return fromWire(answer);
    });
  // This runs in the task that compiled and ran the whole content script (tens of milliseconds on
  // a browser's first page): the settings, the article check and the reading each start in a task
  // of their own. The first use of an extension API in a page sets up its bindings, a cost of its own.
  await yieldToPage();
  if (ctx.isInvalid) return;
  const settingsRead = settingsItem.getValue();
  await yieldToPage();
  // The cheap article check, run once: on a page that passes, wake the background now (it may be
  // asleep), so its start and data load overlap our reading of the body.
  const article = isProbablyArticle(document);
  if (article) toBackground.sendMessage('wake', undefined).catch(() => undefined);
  await yieldToPage();
  // Find the body and ask for its detection while the settings travel: the text goes only to this
  // extension's background, which refuses a site the reader turned off (disabled-hosts.ts), and
  // nothing is shown before the settings allow it. A failure here is run()'s to report: it reads
  // again and turns errors into an 'error' state.
  // (readBody hands the thread back before a long text is sent: serialising it is a task's work.)
  const early = article ? await readBody(document, { gatePassed: true }).catch(() => undefined) : { read: null };
  if (early?.read && !ctx.isInvalid) early.detection = startDetection(detect, early.read);
  const settings = await settingsRead;
  // Setting up the session takes a task of its own.
  await yieldToPage();
  if (ctx.isInvalid) return;
  if (settings.disabledHosts.includes(location.hostname)) return;
  const session = new PageSession(document, settings, detect);
  ctx.onInvalidated(() => session.dispose());
  hooks.onSession?.(session);

  const removers = [
    // Only this extension may ask, with well-formed payloads (validate-messages.ts); anything else gets a no-op answer.
    toContent.onMessage('getPageState', guarded('getPageState', 'extension', isNothing, () => session.state, { status: 'pending', url: '' })),
    toContent.onMessage('focusItem', guarded('focusItem', 'extension', isItemRef, ({ data }) => session.focus(data), false)),
    toContent.onMessage('stepHighlight', guarded('stepHighlight', 'extension', isStepPayload, ({ data }) => {
      const ref = session.step(data.direction, data.kind);
      const range = ref && session.rangeOf(ref.key);
      if (ref && range) hooks.onStepped?.({ ...ref, range });
      return ref;
    }, null)),
    toContent.onMessage('toggleAllHighlights', guarded('toggleAllHighlights', 'extension', isNothing, async () => {
      const current = await settingsItem.getValue();
      await settingsItem.setValue({ ...current, allVisible: !current.allVisible });
      return !current.allVisible;
    }, Promise.resolve(false))),
  ];
  ctx.onInvalidated(() => removers.forEach((remove) => remove()));
  const unwatch = settingsItem.watch((next) => session.applySettings(next));
  ctx.onInvalidated(unwatch);

  ctx.addEventListener(document, 'click', (event) => {
    const e = event as MouseEvent;
    const ref = session.itemAtPoint(e.clientX, e.clientY);
    if (ref) fromContent.sendMessage('highlightClicked', ref).catch(() => undefined);
  });

  await session.run(early);
  if (ctx.isInvalid) return;
  afterPaint(() => {
    if (!ctx.isInvalid) performance.measure(ANNOTATE_MEASURE, { start: startedAt, end: performance.now() });
  });
  const announce = () => fromContent.sendMessage('pageStateChanged', noticeOf(session.state)).catch(() => undefined); // no panel open: fine
  void announce();
  watchPage(ctx, document.body ?? document.documentElement, {
    onContentAdded: async () => {
      if ((await session.update()) !== 'unchanged') void announce();
    },
    onNavigated: async () => {
      await session.run();
      void announce();
    },
  });
}

/** Run `fn` once the frame with the new highlights has been painted (or soon, in a hidden tab). */
function afterPaint(fn: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 1000);
}
