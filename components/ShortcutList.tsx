/** The keyboard shortcuts, as bound in the browser (the reader may have changed them). */
import { useUi } from './ui-context';

export interface Shortcut {
  /** Manifest command name, e.g. "toggle-highlights". */
  name: string;
  /** The manifest description, shown for commands this component has no string for. */
  description?: string;
  /** "Alt+Shift+H", or "" when unbound. */
  shortcut: string;
}

interface ShortcutListProps {
  shortcuts: Shortcut[];
}

export function ShortcutList({ shortcuts }: ShortcutListProps) {
  const { t } = useUi();
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading" class="minor-heading">
        {t('shortcutsHeading')}
      </h2>
      <ul class="shortcut-list">
        {shortcuts.map((s) => (
          <li key={s.name} data-command={s.name}>
            <span>{s.name === 'toggle-highlights' ? t('shortcutToggle') : s.description || s.name}</span>{' '}
            {s.shortcut ? (
              <kbd dir="ltr">{s.shortcut}</kbd>
            ) : (
              <span class="muted">{t('shortcutUnset')}</span>
            )}
          </li>
        ))}
        <li>{t('shortcutItems')}</li>
      </ul>
      <p class="muted small">{t('shortcutChange')}</p>
    </section>
  );
}
