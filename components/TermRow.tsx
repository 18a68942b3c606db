/** A glossary term: its title and note (the note in whatever language the annotation carries). */
import type { TermItem } from '../core/panel-model';
import { plural } from '../utils/i18n';
import { Bidi } from './Bidi';
import { formatNumber } from './format';
import { ItemRow, type ItemRowProps } from './ItemRow';
import { useUi } from './ui-context';

type RowState = Pick<ItemRowProps, 'expanded' | 'flash' | 'onActivate' | 'onToggleDetails'>;

export interface TermRowProps extends RowState {
  item: TermItem;
  articleLang: string;
  sentence: string;
}

export function TermRow({ item, articleLang, sentence, ...row }: TermRowProps) {
  const { t, lang } = useUi();
  return (
    <ItemRow
      {...row}
      itemKey={item.key}
      kind="term"
      label={item.title}
      summary={
        <>
          <Bidi class="item-title">{item.title}</Bidi>
          <span class="item-note" dir="auto">
            {item.note}
          </span>
        </>
      }
      details={
        <dl class="facts">
          <dt>{t('termOccurs')}</dt>
          <dd>{plural(lang, 'occurrences', item.occurrences, formatNumber(item.occurrences, lang))}</dd>
          {sentence && (
            <>
              <dt>{t('claimSentence')}</dt>
              <dd>
                <blockquote lang={articleLang} dir="auto">
                  {sentence}
                </blockquote>
              </dd>
            </>
          )}
        </dl>
      }
    />
  );
}
