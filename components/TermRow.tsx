/**
 * A glossary term: its title and note. With the full entry (asked of the background) they are in
 * the reader's UI language, with the other language and "read more" links in the details;
 * without it, in whatever language the annotation carries.
 */
import type { GlossaryEntry } from '../core/glossary/schema';
import type { TermItem } from '../core/panel-model';
import { plural } from '../utils/i18n';
import { Bidi } from './Bidi';
import { formatNumber } from './format';
import { ItemExtras, type RowExtras } from './ItemExtras';
import { ItemRow, type ItemRowProps } from './ItemRow';
import { TermNote } from './TermNote';
import { UserNoteMark } from './UserNoteEditor';
import { SentenceFact } from './SentenceFact';
import { useUi } from './ui-context';

type RowState = Pick<ItemRowProps, 'expanded' | 'flash' | 'onActivate' | 'onToggleDetails'>;

export interface TermRowProps extends RowState {
  item: TermItem;
  articleLang: string;
  sentence: string;
  /** The glossary entry, once the background sent it. */
  entry?: GlossaryEntry;
  extras?: RowExtras;
}

export function TermRow({ item, articleLang, sentence, entry, extras, ...row }: TermRowProps) {
  const { t, lang } = useUi();
  const title = entry?.title[lang] || item.title;
  const note = entry?.note[lang] || item.note;
  // Without the entry the title and note are the article's language, not necessarily the UI's.
  const textLang = entry?.note[lang] ? lang : articleLang || undefined;
  return (
    <ItemRow
      {...row}
      itemKey={item.key}
      kind="term"
      label={title}
      summary={
        <>
          <Bidi class="item-title" lang={textLang}>
            {title}
          </Bidi>
          {extras?.userNote && <UserNoteMark />}
          <span class="item-note" dir="auto" lang={textLang}>
            {note}
          </span>
        </>
      }
      details={
        <>
          {entry && <TermNote entry={entry} />}
          <dl class="facts">
            <dt>{t('termOccurs')}</dt>
            <dd>{plural(lang, 'occurrences', item.occurrences, formatNumber(item.occurrences, lang))}</dd>
            <SentenceFact sentence={sentence} articleLang={articleLang} />
          </dl>
          {extras && <ItemExtras itemKey={item.key} label={title} extras={extras} />}
        </>
      }
    />
  );
}
