/** The "Sentence" row of an item's facts: where it stands in the article, in the article's language. */
import { useUi } from './ui-context';

export function SentenceFact({ sentence, articleLang }: { sentence: string; articleLang: string }) {
  const { t } = useUi();
  if (!sentence) return null;
  return (
    <>
      <dt>{t('claimSentence')}</dt>
      <dd>
        <blockquote lang={articleLang} dir="auto">
          {sentence}
        </blockquote>
      </dd>
    </>
  );
}
