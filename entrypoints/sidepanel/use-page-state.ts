/**
 * Which tab the panel shows and what its content script says about it.
 *
 * The tab is `?tab=<id>` when given (the e2e tests open the panel as a page that way), else the
 * active tab of the panel's window, followed as the reader switches tabs. The state is asked for
 * with `getPageState` and then pushed by the content script (`pageStateChanged`); when no content
 * script answers, the page is one Gloss is not enabled on.
 */
import { browser } from '#imports';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { fromContent, toContent, type PageState } from '../../utils/messaging';
import { guarded, isItemRef, isPageNotice, isPageState } from '../../utils/validate-messages';

export { fixedTabFromLocation } from './tab-param';

/** A page that just finished loading may not have its content script listening yet. */
const RETRY_AFTER_MS = 800;

export type PageLookup =
  | { kind: 'pending' }
  | { kind: 'no-tab' }
  | { kind: 'missing' }
  | { kind: 'state'; state: PageState };

export interface PageStateHook {
  tabId?: number;
  tabUrl?: string;
  lookup: PageLookup;
  /** Bumped on each click on a highlight in the shown tab. */
  focusRequest?: { key: string; seq: number };
  refresh(): void;
}

export function usePageState(fixedTab: number | undefined): PageStateHook {
  const [tabId, setTabId] = useState<number | undefined>(fixedTab);
  const [tabUrl, setTabUrl] = useState<string | undefined>();
  const [lookup, setLookup] = useState<PageLookup>({ kind: 'pending' });
  const [focusRequest, setFocusRequest] = useState<{ key: string; seq: number }>();
  const current = useRef<number | undefined>(fixedTab);

  const ask = useCallback(async (id: number, retries = 1): Promise<void> => {
    try {
      const state: unknown = await toContent.sendMessage('getPageState', undefined, id);
      // The answer is the page's content script: check its shape before drawing it.
      if (!isPageState(state)) throw new Error('malformed page state');
      if (current.current === id) setLookup({ kind: 'state', state });
    } catch {
      if (current.current !== id) return;
      if (retries > 0) {
        await new Promise((r) => setTimeout(r, RETRY_AFTER_MS));
        if (current.current === id) return ask(id, retries - 1);
        return;
      }
      setLookup((prev) => (prev.kind === 'state' ? prev : { kind: 'missing' }));
    }
  }, []);

  const show = useCallback(
    async (id: number) => {
      if (current.current !== id) setFocusRequest(undefined);
      current.current = id;
      setTabId(id);
      try {
        setTabUrl((await browser.tabs.get(id)).url);
      } catch {
        setTabUrl(undefined);
      }
      await ask(id);
    },
    [ask],
  );

  // Pick the tab, and follow the active tab when no tab was fixed.
  useEffect(() => {
    if (fixedTab !== undefined) {
      void show(fixedTab);
      return;
    }
    const pickActive = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) {
        current.current = undefined;
        setLookup({ kind: 'no-tab' });
        return;
      }
      if (tab.id !== current.current) setLookup({ kind: 'pending' });
      await show(tab.id);
    };
    void pickActive();
    const onActivated = () => void pickActive();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixedTab, show]);

  // The shown tab navigated: its old content script is gone; ask again once the page is loaded.
  useEffect(() => {
    const onUpdated = (id: number, info: { status?: string; url?: string }) => {
      if (id !== current.current) return;
      if (info.url) setTabUrl(info.url);
      if (info.status === 'loading' && info.url) setLookup({ kind: 'pending' });
      if (info.status === 'complete') void ask(id);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [ask]);

  // Pushed by the content script of the shown tab.
  useEffect(() => {
    let seq = 0;
    // Checked for sender (a content script of this extension, in a tab) and shape first.
    // The notice carries no annotation (cheap for the page to send): ask the tab for its state.
    const offState = fromContent.onMessage('pageStateChanged', guarded('pageStateChanged', 'content', isPageNotice, ({ sender }) => {
      const id = sender.tab?.id;
      if (id !== undefined && id === current.current) void ask(id);
    }, undefined));
    const offClick = fromContent.onMessage('highlightClicked', guarded('highlightClicked', 'content', isItemRef, ({ data, sender }) => {
      if (sender.tab?.id === current.current) setFocusRequest({ key: data.key, seq: ++seq });
    }, undefined));
    return () => {
      offState();
      offClick();
    };
  }, [ask]);

  const refresh = useCallback(() => {
    if (current.current !== undefined) void ask(current.current);
  }, [ask]);

  return { tabId, tabUrl, lookup, focusRequest, refresh };
}
