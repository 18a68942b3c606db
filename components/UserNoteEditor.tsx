/**
 * The reader's own note on a term or person, kept across pages: shown, edited, removed. The
 * container saves it (utils/user-notes.ts); this component only holds the draft while editing.
 */
import { useState } from 'preact/hooks';
import type { UserNote } from '../utils/user-notes';
import { MAX_NOTE_CHARS } from '../utils/user-notes';
import { domId } from './dom-id';
import { isolate } from './isolate';
import { useUi } from './ui-context';

export interface UserNoteEditorProps {
  /** The item's key, for ids. */
  itemKey: string;
  /** The term's title or person's name, for labels. */
  label: string;
  note?: UserNote;
  onSave(text: string): void;
  onRemove(): void;
}

export function UserNoteEditor({ itemKey, label, note, onSave, onRemove }: UserNoteEditorProps) {
  const { t } = useUi();
  const [draft, setDraft] = useState<string | undefined>();
  const fieldId = domId('user-note', itemKey);
  if (draft !== undefined) {
    return (
      <div class="user-note user-note-editing" data-user-note="editing">
        <label for={fieldId} class="minor-heading">
          {t('userNoteLabel', isolate(label))}
        </label>
        <textarea id={fieldId} data-user-note-input rows={3} dir="auto" maxLength={MAX_NOTE_CHARS} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <div class="user-note-actions">
          <button
            type="button"
            class="btn btn-small btn-primary"
            data-action="user-note-save"
            onClick={() => {
              onSave(draft);
              setDraft(undefined);
            }}
          >
            {t('userNoteSave')}
          </button>
          <button type="button" class="btn btn-small" data-action="user-note-cancel" onClick={() => setDraft(undefined)}>
            {t('userNoteCancel')}
          </button>
        </div>
      </div>
    );
  }
  if (!note) {
    return (
      <div class="user-note" data-user-note="none">
        <button type="button" class="btn btn-small" data-action="user-note-add" onClick={() => setDraft('')}>
          {t('userNoteAdd')}
        </button>
      </div>
    );
  }
  return (
    <div class="user-note" data-user-note="saved">
      <p class="minor-heading">{t('userNoteHeading')}</p>
      <p class="user-note-text" data-user-note-text dir="auto">
        {note.text}
      </p>
      <div class="user-note-actions">
        <button type="button" class="btn btn-small" data-action="user-note-edit" onClick={() => setDraft(note.text)}>
          {t('userNoteEdit')}
        </button>
        <button type="button" class="btn btn-small" data-action="user-note-remove" aria-label={t('userNoteRemoveLabel', label)} onClick={onRemove}>
          {t('userNoteRemove')}
        </button>
      </div>
    </div>
  );
}

/** The mark on a row whose term or person has a note of the reader's. */
export function UserNoteMark() {
  const { t } = useUi();
  return (
    <span class="user-note-mark" data-user-note-mark>
      <span aria-hidden="true">✎ </span>
      {t('userNoteMark')}
    </span>
  );
}
