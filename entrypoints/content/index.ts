import './style.css';
import { newsMatchPatterns } from '../../utils/news-sites';
import { startGloss } from '../../utils/content/start-gloss';

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
    startGloss(ctx, startedAt).catch((e) => console.error('[gloss] could not start', e));
  },
});
