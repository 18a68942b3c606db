/**
 * The page-highlight switches, one per category plus "all", each with its colour swatch (the
 * legend). Bound by the container to the settings item the content script also watches.
 */
import type { ItemKind } from '../core/panel-model';
import { useUi } from './ui-context';

export type ToggleName = ItemKind | 'all';

interface HighlightTogglesProps {
  show: Record<ItemKind, boolean>;
  allVisible: boolean;
  onToggle(name: ToggleName, on: boolean): void;
}

const CATEGORY_LABEL = { person: 'sectionPeople', claim: 'sectionClaims', term: 'sectionTerms' } as const;
const KINDS: ItemKind[] = ['person', 'claim', 'term'];

export function HighlightToggles({ show, allVisible, onToggle }: HighlightTogglesProps) {
  const { t } = useUi();
  return (
    <fieldset class="toggles">
      <legend>{t('togglesHeading')}</legend>
      <label class="toggle toggle-all">
        <input type="checkbox" data-toggle="all" checked={allVisible} onChange={(e) => onToggle('all', e.currentTarget.checked)} />
        <span>{t('toggleAll')}</span>
      </label>
      {KINDS.map((kind) => (
        <label class={`toggle${allVisible ? '' : ' toggle-muted'}`} key={kind}>
          <input type="checkbox" data-toggle={kind} checked={show[kind]} onChange={(e) => onToggle(kind, e.currentTarget.checked)} />
          <span class={`swatch swatch-${kind}`} aria-hidden="true" />
          <span>{t(CATEGORY_LABEL[kind])}</span>
        </label>
      ))}
    </fieldset>
  );
}
