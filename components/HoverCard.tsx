/**
 * The card Gloss shows over a highlight in the page (hover or keyboard): who, what number, or what
 * term, with a way to the panel item. Pure: the content script renders it into a shadow root.
 */
import type { ClaimItem, PersonItem, TermItem } from '../core/panel-model';
import { plural } from '../utils/i18n';
import { Bidi } from './Bidi';
import { formatClaimValue, formatNumber, qualifierLabel, valueCarriesUnit } from './format';
import { useUi } from './ui-context';

export type CardItem = { kind: 'person'; item: PersonItem } | { kind: 'claim'; item: ClaimItem } | { kind: 'term'; item: TermItem };

export interface HoverCardProps {
  card: CardItem;
  articleLang: string;
  onOpenInPanel(): void;
}

function PersonCard({ item, articleLang }: { item: PersonItem; articleLang: string }) {
  const { lang } = useUi();
  return (
    <>
      <Bidi lang={articleLang} class="card-title">
        {item.name}
      </Bidi>
      {item.role && (
        <Bidi lang={articleLang} class="card-sub">
          {item.role}
        </Bidi>
      )}
      <span class="card-meta">{plural(lang, 'mentions', item.mentions, formatNumber(item.mentions, lang))}</span>
    </>
  );
}

function ClaimCard({ item, articleLang }: { item: ClaimItem; articleLang: string }) {
  const { t, lang } = useUi();
  const { claim } = item;
  return (
    <>
      <span class="card-title">
        {claim.qualifier && <span class="card-chip">{qualifierLabel(claim.qualifier, lang)}</span>} <bdi>{formatClaimValue(claim, lang)}</bdi>{' '}
        {claim.unit && !valueCarriesUnit(claim) && <Bidi lang={articleLang}>{claim.unit}</Bidi>}
      </span>
      {claim.source && (
        <span class="card-sub">
          {t('claimSource')}: <Bidi lang={articleLang}>{claim.source}</Bidi>
        </span>
      )}
      {claim.asOf && (
        <span class="card-sub">
          {t('claimAsOf')}: <Bidi lang={articleLang}>{claim.asOf}</Bidi>
        </span>
      )}
    </>
  );
}

function TermCard({ item }: { item: TermItem }) {
  return (
    <>
      <bdi class="card-title">{item.title}</bdi>
      <p class="card-note" dir="auto">
        {item.note}
      </p>
    </>
  );
}

export function HoverCard({ card, articleLang, onOpenInPanel }: HoverCardProps) {
  const { t } = useUi();
  return (
    <div class={`card card-${card.kind}`} role="tooltip">
      <span class={`swatch swatch-${card.kind}`} aria-hidden="true" />
      <div class="card-body">
        {card.kind === 'person' && <PersonCard item={card.item} articleLang={articleLang} />}
        {card.kind === 'claim' && <ClaimCard item={card.item} articleLang={articleLang} />}
        {card.kind === 'term' && <TermCard item={card.item} />}
        <button type="button" class="card-open" onClick={onOpenInPanel}>
          {t('cardOpenInPanel')}
        </button>
      </div>
    </div>
  );
}
