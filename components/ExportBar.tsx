/** Download the reading notes as Markdown or JSON. */
import { useUi } from './ui-context';

export type ExportFormat = 'md' | 'json';

interface ExportBarProps {
  onExport(format: ExportFormat): void;
}

export function ExportBar({ onExport }: ExportBarProps) {
  const { t } = useUi();
  return (
    <div class="export" role="group" aria-labelledby="export-heading">
      <span id="export-heading" class="minor-heading">
        {t('exportHeading')}
      </span>
      <button type="button" class="btn btn-small" data-export="md" aria-label={t('exportMarkdownLabel')} onClick={() => onExport('md')}>
        {t('exportMarkdown')}
      </button>
      <button type="button" class="btn btn-small" data-export="json" aria-label={t('exportJsonLabel')} onClick={() => onExport('json')}>
        {t('exportJson')}
      </button>
    </div>
  );
}
