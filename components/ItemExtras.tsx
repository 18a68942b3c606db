/**
 * What a person's or term's details add beyond the article: the reader's own note (kept across
 * pages) and, when the reader turned it on, a summary fetched from Wikipedia on request.
 */
import type { SummaryState } from '../utils/summaries';
import type { UserNote } from '../utils/user-notes';
import { OnlineSummary } from './OnlineSummary';
import { UserNoteEditor } from './UserNoteEditor';

export interface RowExtras {
  userNote?: UserNote;
  onSaveNote(text: string): void;
  onRemoveNote(): void;
  /** Present only when online summaries are on and there is a title to look up. */
  summary?: { state: SummaryState; title: string; onFetch(): void };
}

export function ItemExtras({ itemKey, label, extras }: { itemKey: string; label: string; extras: RowExtras }) {
  return (
    <div class="item-extras">
      <UserNoteEditor itemKey={itemKey} label={label} note={extras.userNote} onSave={extras.onSaveNote} onRemove={extras.onRemoveNote} />
      {extras.summary && <OnlineSummary state={extras.summary.state} title={extras.summary.title} onFetch={extras.summary.onFetch} />}
    </div>
  );
}
