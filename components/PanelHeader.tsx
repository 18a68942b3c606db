/** The article's title and language at the top of the panel. */
import { Bidi } from './Bidi';
import { languageName } from './format';
import { useUi } from './ui-context';

interface PanelHeaderProps {
  title: string;
  articleLang: string;
}

export function PanelHeader({ title, articleLang }: PanelHeaderProps) {
  const { t, lang } = useUi();
  return (
    <header class="article-head">
      <p class="brand">{t('panelHeading')}</p>
      <h1 class="article-title" data-article-title>
        <Bidi lang={articleLang}>{title}</Bidi>
      </h1>
      {articleLang && (
        <p class="article-lang" data-article-lang={articleLang}>
          {t('articleLanguage', languageName(articleLang, lang))}
        </p>
      )}
    </header>
  );
}
