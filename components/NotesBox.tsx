/** The reader's own notes on the article (saved by the container, included in the export). */
import { useUi } from './ui-context';

interface NotesBoxProps {
  value: string;
  onChange(value: string): void;
}

export function NotesBox({ value, onChange }: NotesBoxProps) {
  const { t } = useUi();
  return (
    <div class="notes">
      <label for="reader-notes" class="minor-heading">
        {t('notesLabel')}
      </label>
      <textarea id="reader-notes" data-notes rows={3} dir="auto" value={value} aria-describedby="reader-notes-hint" onInput={(e) => onChange(e.currentTarget.value)} />
      <p id="reader-notes-hint" class="muted small">
        {t('notesHint')}
      </p>
    </div>
  );
}
