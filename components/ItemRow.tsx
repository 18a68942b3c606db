/**
 * One entry of a panel list. The main button (the stable test hook `[data-item-key]`) shows the
 * item on the page; a separate disclosure button opens the details, so neither action hides the
 * other and no button is nested in another.
 */
import type { ComponentChildren } from 'preact';
import type { ItemKind } from '../core/panel-model';
import { domId } from './dom-id';
import { useUi } from './ui-context';

export interface ItemRowProps {
  itemKey: string;
  kind: ItemKind;
  /** Plain-text name of the item, for the disclosure button's label. */
  label: string;
  expanded: boolean;
  /** Briefly highlighted after a click on its highlight in the page. */
  flash: boolean;
  summary: ComponentChildren;
  details: ComponentChildren;
  onActivate(): void;
  onToggleDetails(): void;
}

export function ItemRow(p: ItemRowProps) {
  const { t } = useUi();
  const detailsId = domId('details', p.itemKey);
  return (
    <li class={`item item-${p.kind}${p.flash ? ' item-flash' : ''}${p.expanded ? ' item-open' : ''}`} data-item-row={p.itemKey}>
      <div class="item-head">
        <button
          type="button"
          class="item-main"
          data-item-key={p.itemKey}
          data-kind={p.kind}
          data-expanded={p.expanded ? 'true' : 'false'}
          title={t('itemShowOnPage')}
          onClick={p.onActivate}
        >
          <span class={`swatch swatch-${p.kind}`} aria-hidden="true" />
          <span class="item-summary">{p.summary}</span>
        </button>
        <button
          type="button"
          class="item-disclose"
          aria-expanded={p.expanded}
          aria-controls={detailsId}
          aria-label={t(p.expanded ? 'itemDetailsHide' : 'itemDetailsShow', p.label)}
          onClick={p.onToggleDetails}
        >
          <span class="chevron" aria-hidden="true" />
        </button>
      </div>
      <div id={detailsId} class="item-details" hidden={!p.expanded}>
        {p.details}
      </div>
    </li>
  );
}
