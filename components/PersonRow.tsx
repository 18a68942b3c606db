/** A person: name, the role the article gives, how often they are mentioned. */
import type { PersonItem } from '../core/panel-model';
import { plural } from '../utils/i18n';
import { Bidi } from './Bidi';
import { formatNumber } from './format';
import { ItemExtras, type RowExtras } from './ItemExtras';
import { ItemRow, type ItemRowProps } from './ItemRow';
import { UserNoteMark } from './UserNoteEditor';
import { SentenceFact } from './SentenceFact';
import { useUi } from './ui-context';

type RowState = Pick<ItemRowProps, 'expanded' | 'flash' | 'onActivate' | 'onToggleDetails'>;

export interface PersonRowProps extends RowState {
  item: PersonItem;
  articleLang: string;
  /** The sentence of the first mention. */
  sentence: string;
  /** The reader's note and the online summary, when the container offers them. */
  extras?: RowExtras;
}

export function PersonRow({ item, articleLang, sentence, extras, ...row }: PersonRowProps) {
  const { t, lang } = useUi();
  return (
    <ItemRow
      {...row}
      itemKey={item.key}
      kind="person"
      label={item.name}
      summary={
        <>
          <Bidi lang={articleLang} class="item-title">
            {item.name}
          </Bidi>
          {extras?.userNote && <UserNoteMark />}
          {item.role && (
            <Bidi lang={articleLang} class="item-sub">
              {item.role}
            </Bidi>
          )}
          <span class="item-meta">{plural(lang, 'mentions', item.mentions, formatNumber(item.mentions, lang))}</span>
        </>
      }
      details={
        <>
          <dl class="facts">
            {item.role && (
              <>
                <dt>{t('personRole')}</dt>
                <dd>
                  <Bidi lang={articleLang}>{item.role}</Bidi>
                </dd>
              </>
            )}
            <SentenceFact sentence={sentence} articleLang={articleLang} />
          </dl>
          {extras && <ItemExtras itemKey={item.key} label={item.name} extras={extras} />}
        </>
      }
    />
  );
}
