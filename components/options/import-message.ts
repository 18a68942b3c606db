/** A user-notes import's outcome as one sentence in the UI language (pure, tested). */
import type { Translate } from '../../utils/i18n';
import { MAX_NOTES, type ImportError } from '../../utils/user-notes';
import { formatNumber } from '../format';
import type { UiLang } from '../../utils/i18n';

export function importErrorMessage(error: ImportError | { code: 'read' }, t: Translate, lang: UiLang): string {
  switch (error.code) {
    case 'read':
      return t('importErrRead');
    case 'not-json':
      return t('importErrNotJson');
    case 'too-large':
      return t('importErrTooLarge');
    case 'wrong-format':
      return t('importErrFormat');
    case 'wrong-version':
      return t('importErrVersion', error.version);
    case 'too-many':
      return t('importErrTooMany', formatNumber(error.count, lang), formatNumber(MAX_NOTES, lang));
    case 'bad-note':
      return t('importErrBadNote', error.key);
  }
}
