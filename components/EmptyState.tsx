/**
 * Why the panel has nothing to show, and what the reader can do about it. `reason` is also the
 * test hook `[data-empty-state]`.
 */
import { useUi } from './ui-context';

export type EmptyReason = 'pending' | 'not-enabled' | 'not-article' | 'empty' | 'error' | 'no-page';

interface EmptyStateProps {
  reason: EmptyReason;
  /** Error detail for 'error'. */
  detail?: string;
  /** Host of the tab, when known: enables "Always run on <host>". */
  host?: string;
  onAnnotate?(): void;
  onAlwaysRun?(): void;
  /** 1 when nothing else on the panel is a top-level heading. */
  level?: 1 | 2;
}

const TEXT = {
  pending: ['emptyPendingTitle', 'emptyPendingBody'],
  'not-enabled': ['emptyNotEnabledTitle', 'emptyNotEnabledBody'],
  'not-article': ['emptyNotArticleTitle', 'emptyNotArticleBody'],
  empty: ['emptyNothingTitle', 'emptyNothingBody'],
  error: ['emptyErrorTitle', 'emptyErrorBody'],
  'no-page': ['emptyErrorTitle', 'emptyNoPage'],
} as const;

export function EmptyState({ reason, detail, host, onAnnotate, onAlwaysRun, level = 2 }: EmptyStateProps) {
  const { t } = useUi();
  const [title, body] = TEXT[reason];
  const canAnnotate = reason === 'not-enabled' || reason === 'not-article' || reason === 'error';
  return (
    <div class={`empty empty-${reason}`} data-empty-state={reason} role="status" aria-busy={reason === 'pending'}>
      {level === 1 ? <h1 class="empty-title">{t(title)}</h1> : <h2 class="empty-title">{t(title)}</h2>}
      <p class="empty-body">{t(body, detail ?? '')}</p>
      {canAnnotate && (
        <div class="actions">
          {canAnnotate && onAnnotate && (
            <button type="button" class="btn btn-primary" data-action="annotate" onClick={onAnnotate}>
              {t('annotateButton')}
            </button>
          )}
          {reason === 'not-enabled' && host && onAlwaysRun && (
            <button type="button" class="btn" data-action="always-run" onClick={onAlwaysRun}>
              {t('alwaysRunButton', host)}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
