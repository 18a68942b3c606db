/**
 * One of the three sections (People / Numbers / Terms): a labelled <section> with its count and
 * a list, or a line saying there is nothing (or nothing matching the search).
 */
import type { ComponentChildren } from 'preact';
import type { ItemKind } from '../core/panel-model';
import { formatNumber } from './format';
import { useUi } from './ui-context';

export type SectionName = 'people' | 'claims' | 'terms';

export const SECTION_KIND: Record<SectionName, ItemKind> = { people: 'person', claims: 'claim', terms: 'term' };
const HEADING = { people: 'sectionPeople', claims: 'sectionClaims', terms: 'sectionTerms' } as const;

interface ItemSectionProps {
  name: SectionName;
  /** Items shown (after the search filter) and items in the article. */
  shown: number;
  total: number;
  /** The <li> rows, or grouped lists for Numbers. */
  children: ComponentChildren;
  /** When true, children are full lists (grouped); otherwise they are wrapped in one <ul>. */
  grouped?: boolean;
}

export function ItemSection({ name, shown, total, children, grouped }: ItemSectionProps) {
  const { t, lang } = useUi();
  const headingId = `section-${name}`;
  const count = shown === total ? formatNumber(total, lang) : `${formatNumber(shown, lang)}/${formatNumber(total, lang)}`;
  return (
    <section class={`section section-${name}`} data-section={name} aria-labelledby={headingId}>
      <h2 id={headingId} class="section-heading">
        <span class={`swatch swatch-${SECTION_KIND[name]}`} aria-hidden="true" />
        <span>{t(HEADING[name])}</span> <span class="count" data-count={shown}>({count})</span>
      </h2>
      {shown === 0 ? (
        <p class="section-none">{t('sectionNone')}</p>
      ) : grouped ? (
        children
      ) : (
        <ul class="items">{children}</ul>
      )}
    </section>
  );
}
