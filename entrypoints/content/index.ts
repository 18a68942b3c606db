import './style.css';
import { browser } from 'wxt/browser';
import { resolveUiLang } from '../../utils/i18n';
import { fromContent } from '../../utils/messaging';
import { newsMatchPatterns } from '../../utils/news-sites';
import { startGloss } from '../../utils/content/start-gloss';
import { HoverCards } from './hover-card';

/** Set on the isolated world's global so a second injection (toolbar click) does not run twice. */
const LOADED = Symbol.for('gloss.content.loaded');

export default defineContentScript({
  matches: newsMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    const startedAt = performance.now();
    const g = globalThis as Record<symbol, unknown>;
    if (g[LOADED]) return;
    g[LOADED] = true;
    ctx.onInvalidated(() => delete g[LOADED]);

    let cards: HoverCards | undefined;
    // Nothing else here: this task has just compiled and run the whole script (startGloss goes on
    // in later tasks, and reads and watches the settings for the session).
    startGloss(ctx, startedAt, {
      onSession: (session) => {
        cards = new HoverCards(ctx, {
          hitAt: (x, y) => session.hitAt(x, y),
          annotation: () => session.state.annotation,
          uiLang: () => resolveUiLang(session.settingsNow.uiLang, browser.i18n.getUILanguage()),
          openInPanel: (ref) => void fromContent.sendMessage('highlightClicked', ref).catch(() => undefined),
        });
      },
      onStepped: (item) => cards?.show(item),
    }).catch((e) => console.error('[gloss] could not start', e));
  },
});
