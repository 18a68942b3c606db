/** Numbers grouped by what they count ("صاروخ", "%", "USD"), each group a small labelled list. */
import type { ComponentChildren } from 'preact';
import type { ClaimItem } from '../core/panel-model';
import { Bidi } from './Bidi';
import { domId } from './dom-id';
import { groupClaims } from './format';
import { useUi } from './ui-context';

interface ClaimGroupsProps {
  items: ClaimItem[];
  articleLang: string;
  renderItem(item: ClaimItem): ComponentChildren;
}

export function ClaimGroups({ items, articleLang, renderItem }: ClaimGroupsProps) {
  const { lang } = useUi();
  const groups = groupClaims(items, lang);
  return (
    <>
      {groups.map((g) => {
        const id = domId('group', g.label);
        return (
          <div class="claim-group" key={g.label} role="group" aria-labelledby={id}>
            <h3 id={id} class="group-heading">
              <Bidi lang={articleLang}>{g.label}</Bidi>
            </h3>
            <ul class="items">{g.items.map(renderItem)}</ul>
          </div>
        );
      })}
    </>
  );
}
