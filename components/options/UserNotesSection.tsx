/**
 * The reader's notes on terms and people, as a whole: how many, export to a JSON file, import
 * one. The container reads the file and validates it (utils/user-notes.ts); a failed import
 * shows its reason here and has changed nothing.
 */
import { useUi } from '../ui-context';
import { formatNumber } from '../format';

export interface UserNotesMessage {
  kind: 'ok' | 'error';
  text: string;
}

export interface UserNotesSectionProps {
  count: number;
  message?: UserNotesMessage;
  onExport(): void;
  onImport(file: File): void;
}

export function UserNotesSection({ count, message, onExport, onImport }: UserNotesSectionProps) {
  const { t, lang } = useUi();
  return (
    <section aria-labelledby="opt-user-notes" data-user-notes-section>
      <h2 id="opt-user-notes">{t('optUserNotes')}</h2>
      <p data-user-notes-count>{t('optUserNotesCount', formatNumber(count, lang))}</p>
      <div class="user-notes-actions">
        <button type="button" class="btn" data-action="user-notes-export" onClick={onExport}>
          {t('optUserNotesExport')}
        </button>
        <label for="user-notes-import">{t('optUserNotesImport')}</label>
        <input
          id="user-notes-import"
          type="file"
          accept="application/json,.json"
          data-action="user-notes-import"
          aria-describedby="user-notes-hint"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Clear the field so choosing the same file again (after fixing it) imports again.
            input.value = '';
            if (file) onImport(file);
          }}
        />
      </div>
      <p id="user-notes-hint" class="muted small">
        {t('optUserNotesHint')}
      </p>
      {message && (
        <p class={message.kind === 'error' ? 'error' : 'muted'} role={message.kind === 'error' ? 'alert' : 'status'} data-user-notes-message={message.kind}>
          {message.text}
        </p>
      )}
    </section>
  );
}
