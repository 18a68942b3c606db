/**
 * An online summary from Wikipedia, on request: clearly labelled as fetched from the network,
 * shown only when the reader turned the option on. The HTML was sanitised when fetched and is
 * set again through the sanitiser here (the only way HTML enters the panel).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeHtml, setSanitizedHtml } from '../utils/sanitize';
import { isInertHtml, type SummaryState } from '../utils/summaries';
import { isolate } from './isolate';

/** The only links a summary may carry: an article page on a Wikipedia of some language. */
const WIKIPEDIA_PAGE = /^https:\/\/[a-z][a-z-]{1,11}\.wikipedia\.org\/wiki\/[^\s"'<>]+$/;
import { useUi } from './ui-context';

export interface OnlineSummaryProps {
  state: SummaryState;
  /** The title that would be looked up, shown on the button so the reader knows what is sent. */
  title: string;
  onFetch(): void;
}

function SummaryHtml({ html, text, lang, dir }: { html: string; text: string; lang: string; dir: 'rtl' | 'ltr' }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Sanitised again here (the cache is storage anyone with the profile could edit), and only
    // set when the result is inert; otherwise the plain-text extract is shown.
    if (isInertHtml(sanitizeHtml(html, el.ownerDocument.defaultView ?? window))) setSanitizedHtml(el, html);
    else el.textContent = text;
  }, [html, text]);
  return <div ref={ref} class="summary-extract" data-summary-extract lang={lang} dir={dir} />;
}

export function OnlineSummary({ state, title, onFetch }: OnlineSummaryProps) {
  const { t } = useUi();
  if (state.status === 'idle' || state.status === 'error') {
    return (
      <div class="online-summary" data-online-summary={state.status}>
        <button type="button" class="btn btn-small" data-action="fetch-summary" onClick={onFetch}>
          {t('summaryFetch', isolate(title))}
        </button>
        {state.status === 'error' && (
          <p class="error small" role="alert">
            {t('summaryError', state.message)}
          </p>
        )}
      </div>
    );
  }
  if (state.status === 'loading') {
    return (
      <p class="online-summary muted small" data-online-summary="loading" role="status">
        {t('summaryLoading')}
      </p>
    );
  }
  if (state.status === 'missing') {
    return (
      <p class="online-summary muted small" data-online-summary="missing" role="status">
        {t('summaryMissing', isolate(title))}
      </p>
    );
  }
  const s = state.summary;
  // A cached summary is data like any other: link only to Wikipedia over https.
  const href = WIKIPEDIA_PAGE.test(s.url) ? s.url : undefined;
  return (
    <div class="online-summary" data-online-summary="ok">
      <p class="minor-heading">{t('summaryHeading')}</p>
      {s.html ? (
        <SummaryHtml html={s.html} text={s.extract} lang={s.lang} dir={s.dir} />
      ) : (
        <p class="summary-extract" data-summary-extract lang={s.lang} dir={s.dir}>
          {s.extract}
        </p>
      )}
      {href && (
        <p class="small">
          <a href={href} target="_blank" rel="noopener noreferrer" data-summary-link>
            {t('summarySource', isolate(s.title))}
          </a>
        </p>
      )}
    </div>
  );
}
