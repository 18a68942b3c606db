/**
 * The side panel, as a pure component: everything it shows comes in as props, everything the
 * reader does goes out as callbacks. The container (entrypoints/sidepanel/App.tsx) wires these to
 * messaging and storage; the unit tests render it in happy-dom.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildPanelModel, sentenceAround, type ClaimItem, type ItemKind } from '../core/panel-model';
import type { Annotation } from '../core/types';
import type { ItemRef } from '../utils/messaging';
import { dirOf, translate, type UiLang } from '../utils/i18n';
import { ClaimGroups } from './ClaimGroups';
import { ClaimRow } from './ClaimRow';
import { EmptyState, type EmptyReason } from './EmptyState';
import { ExportBar, type ExportFormat } from './ExportBar';
import { filterModel, hasKey, modelSize } from './filter';
import { HighlightToggles, type ToggleName } from './HighlightToggles';
import { ItemSection } from './ItemSection';
import { NotesBox } from './NotesBox';
import type { PaletteName, ThemeName } from '../core/highlight/palette';
import { PanelHeader } from './PanelHeader';
import { PersonRow } from './PersonRow';
import { personExtras, termExtras, type GlossaryPanelProps } from './row-extras';
import { SearchBox } from './SearchBox';
import { ShortcutList, type Shortcut } from './ShortcutList';
import { TermRow } from './TermRow';
import { themeVars } from './theme-style';
import { UiContext, uiFor } from './ui-context';

/** How long an item stays highlighted after a click on its highlight in the page. */
export const FLASH_MS = 1600;

export type PanelView =
  | { kind: 'empty'; reason: EmptyReason; detail?: string }
  | { kind: 'ok'; annotation: Annotation; url: string };

export interface PanelProps extends GlossaryPanelProps {
  lang: UiLang;
  theme: ThemeName;
  palette: PaletteName;
  view: PanelView;
  /** Host of the shown tab, when known. */
  host?: string;
  /** Offer "Always run on <host>" in the article view (the site is not on any list yet). */
  offerAlwaysRun?: boolean;
  show: Record<ItemKind, boolean>;
  allVisible: boolean;
  shortcuts: Shortcut[];
  /** Set by a click on a highlight in the page; a new `seq` asks again for the same key. */
  focusRequest?: { key: string; seq: number };
  notes: string;
  /** A short message for the live region ("Copied…"). */
  status?: string;
  onNotesChange(notes: string): void;
  onFocusItem(ref: ItemRef): void;
  onToggle(name: ToggleName, on: boolean): void;
  onAnnotate(): void;
  onAlwaysRun(): void;
  onCopy(item: ClaimItem): void;
  onExport(format: ExportFormat): void;
  onOpenOptions(): void;
}

/** Up/Down move between list items (the items are many; Tab also reaches every control). */
function moveBetweenItems(e: KeyboardEvent, root: HTMLElement | null) {
  if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const target = e.target as HTMLElement | null;
  if (!root || !target?.dataset?.itemKey) return;
  const items = [...root.querySelectorAll<HTMLElement>('[data-item-key]')];
  const next = items[items.indexOf(target) + (e.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  e.preventDefault();
  next.focus();
  next.scrollIntoView?.({ block: 'nearest' });
}

const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function Panel(props: PanelProps) {
  const { lang, view } = props;
  const ui = useMemo(() => uiFor(lang), [lang]);
  const annotation = view.kind === 'ok' ? view.annotation : undefined;
  const model = useMemo(() => (annotation ? buildPanelModel(annotation) : undefined), [annotation]);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [flashKey, setFlashKey] = useState<string | undefined>();
  const [pendingFocus, setPendingFocus] = useState<string | undefined>();
  const rootRef = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => (model ? filterModel(model, query) : undefined), [model, query]);

  const expand = (key: string, open = true) =>
    setExpanded((prev) => {
      if (prev.has(key) === open) return prev;
      const next = new Set(prev);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });

  // A click on a highlight in the page: make sure the item is listed, open it, then focus it.
  // Each request is served once: a later re-annotation must not pull the reader back to it.
  const servedSeq = useRef<number | undefined>();
  useEffect(() => {
    const req = props.focusRequest;
    if (!req || !model || !hasKey(model, req.key) || servedSeq.current === req.seq) return;
    servedSeq.current = req.seq;
    if (shown && !hasKey(shown, req.key)) setQuery('');
    expand(req.key, true);
    setPendingFocus(req.key);
  }, [props.focusRequest?.seq, model]);

  useLayoutEffect(() => {
    if (!pendingFocus) return;
    const el = [...(rootRef.current?.querySelectorAll<HTMLElement>('[data-item-key]') ?? [])].find((e) => e.dataset.itemKey === pendingFocus);
    if (!el) return;
    el.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
    setFlashKey(pendingFocus);
    setPendingFocus(undefined);
  }, [pendingFocus, shown]);

  useEffect(() => {
    if (!flashKey) return;
    const timer = setTimeout(() => setFlashKey(undefined), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashKey]);

  const rowState = (kind: ItemKind, key: string) => ({
    expanded: expanded.has(key),
    flash: flashKey === key,
    onActivate: () => {
      expand(key, true);
      props.onFocusItem({ kind, key });
    },
    onToggleDetails: () => expand(key, !expanded.has(key)),
  });

  const articleLang = annotation?.article.lang ?? '';
  const text = annotation?.article.text ?? '';

  return (
    <UiContext.Provider value={ui}>
      <div
        ref={rootRef}
        class="gloss-root gloss-panel"
        dir={dirOf(lang)}
        lang={lang}
        data-theme={props.theme}
        data-palette={props.palette}
        style={themeVars(props.palette, props.theme)}
        onKeyDown={(e) => moveBetweenItems(e, rootRef.current)}
      >
        {view.kind === 'empty' || !model || !shown || !annotation ? (
          <main class="panel-main">
            <EmptyState
              reason={view.kind === 'empty' ? view.reason : 'pending'}
              detail={view.kind === 'empty' ? view.detail : undefined}
              host={props.host}
              onAnnotate={props.onAnnotate}
              onAlwaysRun={props.onAlwaysRun}
              level={1}
            />
          </main>
        ) : modelSize(model) === 0 ? (
          <main class="panel-main">
            <PanelHeader title={annotation.article.title} articleLang={articleLang} />
            <EmptyState reason="empty" />
          </main>
        ) : (
          <main class="panel-main">
            <PanelHeader title={annotation.article.title} articleLang={articleLang} />
            <HighlightToggles show={props.show} allVisible={props.allVisible} onToggle={props.onToggle} />
            <SearchBox value={query} onChange={setQuery} />
            {query && modelSize(shown) === 0 && (
              <p class="no-match" role="status">
                {translate(lang, 'searchNoMatch', query)}
              </p>
            )}
            <ItemSection name="people" shown={shown.people.length} total={model.people.length}>
              {shown.people.map((item) => (
                <PersonRow
                  key={item.key}
                  item={item}
                  articleLang={articleLang}
                  sentence={sentenceAround(text, item.first.start, item.first.end)}
                  extras={personExtras(props, item, articleLang)}
                  {...rowState('person', item.key)}
                />
              ))}
            </ItemSection>
            <ItemSection name="claims" shown={shown.claims.length} total={model.claims.length} grouped>
              <ClaimGroups
                items={shown.claims}
                articleLang={articleLang}
                renderItem={(item) => <ClaimRow key={item.key} item={item} articleLang={articleLang} onCopy={props.onCopy} {...rowState('claim', item.key)} />}
              />
            </ItemSection>
            <ItemSection name="terms" shown={shown.terms.length} total={model.terms.length}>
              {shown.terms.map((item) => (
                <TermRow
                  key={item.key}
                  item={item}
                  articleLang={articleLang}
                  sentence={sentenceAround(text, item.first.start, item.first.end)}
                  entry={props.glossary?.[item.id]}
                  extras={termExtras(props, item, props.glossary?.[item.id], articleLang)}
                  {...rowState('term', item.key)}
                />
              ))}
            </ItemSection>
            <NotesBox value={props.notes} onChange={props.onNotesChange} />
            <ExportBar onExport={props.onExport} />
          </main>
        )}
        <footer class="panel-foot">
          {view.kind === 'ok' && props.offerAlwaysRun && props.host && (
            <button type="button" class="btn" data-action="always-run" onClick={props.onAlwaysRun}>
              {ui.t('alwaysRunButton', props.host)}
            </button>
          )}
          <ShortcutList shortcuts={props.shortcuts} />
          <button type="button" class="btn btn-link" data-action="options" onClick={props.onOpenOptions}>
            {ui.t('openOptions')}
          </button>
          <p class="status" role="status" aria-live="polite" data-status>
            {props.status ?? ''}
          </p>
        </footer>
      </div>
    </UiContext.Provider>
  );
}
