/** An editable list of hosts: each with a remove button, plus a field to add one. */
import { useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { useUi } from '../ui-context';
import { normaliseHost } from './host';

interface HostListProps {
  /** Test hook and id prefix: "always-run" or "disabled". */
  name: string;
  heading: MessageKey;
  emptyText: MessageKey;
  hosts: readonly string[];
  onAdd(host: string): void;
  onRemove(host: string): void;
}

export function HostList({ name, heading, emptyText, hosts, onAdd, onRemove }: HostListProps) {
  const { t } = useUi();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const headingId = `hosts-${name}-heading`;
  const inputId = `hosts-${name}-input`;
  const errorId = `hosts-${name}-error`;

  const submit = (e: Event) => {
    e.preventDefault();
    const host = normaliseHost(draft);
    if (!host) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft('');
    if (!hosts.includes(host)) onAdd(host);
  };

  return (
    <section class="host-list" data-host-list={name} aria-labelledby={headingId}>
      <h3 id={headingId}>{t(heading)}</h3>
      {hosts.length === 0 ? (
        <p class="muted">{t(emptyText)}</p>
      ) : (
        <ul>
          {hosts.map((host) => (
            <li key={host} data-host={host}>
              <bdi dir="ltr">{host}</bdi>
              <button
                type="button"
                class="btn btn-small"
                aria-label={t('optRemoveLabel', host)}
                onClick={() => {
                  // The row goes away with its button: keep the keyboard focus in this list.
                  field.current?.focus();
                  onRemove(host);
                }}
              >
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="host-add" onSubmit={submit}>
        <label for={inputId}>{t('optHostInput')}</label>
        <input
          ref={field}
          id={inputId}
          type="text"
          dir="ltr"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          value={draft}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-small">
          {t('optAdd')}
        </button>
        {invalid && (
          <p id={errorId} class="error" role="alert">
            {t('optHostInvalid')}
          </p>
        )}
      </form>
    </section>
  );
}
