/** The filter box across all three sections. Escape clears it. */
import { useRef } from 'preact/hooks';
import { useUi } from './ui-context';

interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const { t } = useUi();
  const input = useRef<HTMLInputElement>(null);
  // The clear button goes away once the box is empty: hand the focus back to the box rather
  // than let it fall to the top of the document, where a keyboard user would start over.
  const clear = () => {
    onChange('');
    input.current?.focus();
  };
  return (
    <div class="search" role="search">
      <input
        ref={input}
        type="search"
        class="search-input"
        data-search
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={value}
        dir="auto"
        onInput={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            onChange('');
          }
        }}
      />
      {value && (
        <button type="button" class="btn btn-small search-clear" onClick={clear}>
          {t('searchClear')}
        </button>
      )}
    </div>
  );
}
