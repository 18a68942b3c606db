/**
 * A numeric claim: as written, the normalised value, what it counts, its qualifier, source and
 * "as of" in the summary; kind, sentence and a copy button in the details.
 */
import type { ClaimItem } from '../core/panel-model';
import { Bidi } from './Bidi';
import { formatClaimValue, kindLabel, qualifierLabel, valueCarriesUnit } from './format';
import { ItemRow, type ItemRowProps } from './ItemRow';
import { useUi } from './ui-context';

type RowState = Pick<ItemRowProps, 'expanded' | 'flash' | 'onActivate' | 'onToggleDetails'>;

export interface ClaimRowProps extends RowState {
  item: ClaimItem;
  articleLang: string;
  onCopy(item: ClaimItem): void;
}

export function ClaimRow({ item, articleLang, onCopy, ...row }: ClaimRowProps) {
  const { t, lang } = useUi();
  const c = item.claim;
  const value = formatClaimValue(c, lang);
  // "15%" normalises to "15%": saying it twice adds nothing (a qualifier still gets its line).
  const redundant = !c.qualifier && value === c.text.trim();
  return (
    <ItemRow
      {...row}
      itemKey={item.key}
      kind="claim"
      label={c.text}
      summary={
        <>
          <Bidi lang={articleLang} class="item-title">
            {c.text}
          </Bidi>
          {!redundant && (
          <span class="item-value">
            {c.qualifier && <span class="badge">{qualifierLabel(c.qualifier, lang)}</span>}{' '}
            <bdi class="num">{value}</bdi>
            {c.unit && !valueCarriesUnit(c) && (
              <>
                {' '}
                <Bidi lang={articleLang}>{c.unit}</Bidi>
              </>
            )}
          </span>
          )}
          {(c.source || c.asOf) && (
            <span class="item-meta">
              {c.source && (
                <span class="meta-pair">
                  {t('claimSource')}: <Bidi lang={articleLang}>{c.source}</Bidi>
                </span>
              )}
              {c.asOf && (
                <span class="meta-pair">
                  {t('claimAsOf')}: <Bidi lang={articleLang}>{c.asOf}</Bidi>
                </span>
              )}
            </span>
          )}
        </>
      }
      details={
        <>
          <dl class="facts">
            <dt>{t('claimKind')}</dt>
            <dd>{kindLabel(c.kind, lang)}</dd>
            {c.qualifier && (
              <>
                <dt>{t('claimQualifier')}</dt>
                <dd>{qualifierLabel(c.qualifier, lang)}</dd>
              </>
            )}
            {item.sentence && (
              <>
                <dt>{t('claimSentence')}</dt>
                <dd>
                  <blockquote lang={articleLang} dir="auto">
                    {item.sentence}
                  </blockquote>
                </dd>
              </>
            )}
          </dl>
          <button type="button" class="btn btn-small" data-copy={item.key} aria-label={t('copyLabel')} onClick={() => onCopy(item)}>
            {t('copy')}
          </button>
        </>
      }
    />
  );
}
