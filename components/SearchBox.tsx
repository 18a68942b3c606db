/** The filter box across all three sections. Escape clears it. */
import { useUi } from './ui-context';

interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const { t } = useUi();
  return (
    <div class="search" role="search">
      <input
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
        <button type="button" class="btn btn-small search-clear" onClick={() => onChange('')}>
          {t('searchClear')}
        </button>
      )}
    </div>
  );
}
