/**
 * The side panel's container: reads storage and the shown tab, sends messages, and hands
 * everything to the pure <Panel>. Nothing here draws; nothing in components/ talks to the browser.
 */
import { browser } from '#imports';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildPanelModel, type ClaimItem } from '../../core/panel-model';
import type { ExportFormat } from '../../components/ExportBar';
import { exportFileName, itemUserNotes, toExportJson, toMarkdown } from '../../components/export-format';
import { claimCopyText } from '../../components/format';
import type { ToggleName } from '../../components/HighlightToggles';
import { useDocumentChrome } from '../../components/hooks/use-document-chrome';
import { normaliseSettings } from '../../components/hooks/settings-normalise';
import { useResolvedTheme } from '../../components/hooks/use-theme';
import { useWatched } from '../../components/hooks/use-watched';
import { hostMatches, hostOfUrl } from '../../components/options/host';
import { Panel, type PanelView } from '../../components/Panel';
import type { Shortcut } from '../../components/ShortcutList';
import { makeTranslate, resolveUiLang } from '../../utils/i18n';
import { toBackground, toContent, type ItemRef } from '../../utils/messaging';
import { NEWS_DOMAINS } from '../../utils/news-sites';
import { alwaysRunHostsItem, settingsItem } from '../../utils/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-defaults';
import { useNotes } from './notes-store';
import { useGlossaryExtras } from './use-glossary-extras';
import { fixedTabFromLocation, usePageState, type PageLookup } from './use-page-state';

/** The manifest's default, shown until (or if) browser.commands says otherwise. */
const DEFAULT_SHORTCUTS: Shortcut[] = [{ name: 'toggle-highlights', shortcut: 'Alt+Shift+H' }];
/** Status messages ("Copied…") clear themselves after this long. */
const STATUS_MS = 4000;
/** After "Annotate this page", the content script normally reports itself; ask anyway after this. */
const ANNOTATE_RECHECK_MS = 1500;

const FIXED_TAB = fixedTabFromLocation(location.search);

function viewOf(lookup: PageLookup, url: string | undefined): PanelView {
  switch (lookup.kind) {
    case 'pending':
      return { kind: 'empty', reason: 'pending' };
    case 'no-tab':
      return { kind: 'empty', reason: 'no-page' };
    case 'missing':
      return { kind: 'empty', reason: url && !hostOfUrl(url) ? 'no-page' : 'not-enabled' };
    case 'state': {
      const { state } = lookup;
      if (state.status === 'ok' && state.annotation) return { kind: 'ok', annotation: state.annotation, url: state.url };
      if (state.status === 'ok' || state.status === 'empty') return { kind: 'empty', reason: 'empty' };
      if (state.status === 'error') return { kind: 'empty', reason: 'error', detail: state.error ?? '' };
      return { kind: 'empty', reason: state.status };
    }
  }
}

function download(name: string, mime: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function updateSettings(change: (s: Settings) => Settings) {
  await settingsItem.setValue(change(normaliseSettings(await settingsItem.getValue())));
}

export function App() {
  const settings = useWatched<Settings>(settingsItem, DEFAULT_SETTINGS, normaliseSettings);
  const alwaysRun = useWatched<string[]>(alwaysRunHostsItem, []);
  const lang = resolveUiLang(settings.uiLang, browser.i18n?.getUILanguage?.());
  const t = useMemo(() => makeTranslate(lang), [lang]);
  const theme = useResolvedTheme(settings.theme);
  const page = usePageState(FIXED_TAB);
  const stateUrl = page.lookup.kind === 'state' ? page.lookup.state.url : undefined;
  const url = stateUrl || page.tabUrl;
  const host = hostOfUrl(url);
  const view = viewOf(page.lookup, page.tabUrl);
  const [notes, setNotes] = useNotes(view.kind === 'ok' ? view.url : undefined);
  const glossaryExtras = useGlossaryExtras(view.kind === 'ok' ? view.annotation : undefined, settings.onlineSummaries, t);
  const [status, setStatus] = useState<string>();
  const [shortcuts, setShortcuts] = useState<Shortcut[]>(DEFAULT_SHORTCUTS);

  useDocumentChrome(lang, theme, view.kind === 'ok' ? `Gloss — ${view.annotation.article.title}` : 'Gloss');

  useEffect(() => {
    browser.commands
      ?.getAll?.()
      .then((all) => {
        const list = all.filter((c) => c.name && !c.name.startsWith('_')).map((c) => ({ name: c.name!, description: c.description, shortcut: c.shortcut ?? '' }));
        if (list.length) setShortcuts(list);
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(undefined), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const onFocusItem = (ref: ItemRef) => {
    if (page.tabId === undefined) return;
    toContent.sendMessage('focusItem', ref, page.tabId).catch(() => page.refresh());
  };

  const onToggle = (name: ToggleName, on: boolean) =>
    void updateSettings((s) =>
      name === 'all'
        ? { ...s, allVisible: on }
        : // Turning a category on while everything is hidden means "show me this": unhide.
          { ...s, show: { ...s.show, [name]: on }, allVisible: on ? true : s.allVisible },
    );

  const onAnnotate = async () => {
    try {
      // Off the news list, injecting needs this host's permission; ask inside the click (a
      // prompt only the first time), since a toolbar click's activeTab grant may be gone.
      if (host && !NEWS_DOMAINS.some((d) => hostMatches(host, d))) {
        const granted = await browser.permissions.request({ origins: [`*://${host}/*`] }).catch(() => false);
        if (!granted) {
          setStatus(t('alwaysRunDenied', host));
          return;
        }
      }
      await toBackground.sendMessage('annotateActiveTab', page.tabId);
      setTimeout(page.refresh, ANNOTATE_RECHECK_MS);
    } catch (e) {
      setStatus(t('annotateFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  // The permission request must be the first thing the click does: browsers only grant it
  // inside a user gesture, which a message to the background would lose.
  const onAlwaysRun = async () => {
    if (!host) return;
    let granted = false;
    try {
      granted = await browser.permissions.request({ origins: [`*://${host}/*`] });
    } catch {
      granted = false;
    }
    if (!granted) {
      setStatus(t('alwaysRunDenied', host));
      return;
    }
    try {
      const ok = await toBackground.sendMessage('alwaysRunOn', host);
      setStatus(t(ok ? 'alwaysRunDone' : 'alwaysRunDenied', host));
      // The registration covers the next page loads; annotate the page already open as well.
      if (ok && view.kind === 'empty') await toBackground.sendMessage('annotateActiveTab', page.tabId);
      setTimeout(page.refresh, ANNOTATE_RECHECK_MS);
    } catch (e) {
      setStatus(t('annotateFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  const onCopy = async (item: ClaimItem) => {
    try {
      await navigator.clipboard.writeText(claimCopyText(item, lang, url));
      setStatus(t('copyDone'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  const onExport = (format: ExportFormat) => {
    if (view.kind !== 'ok') return;
    const model = buildPanelModel(view.annotation);
    const title = view.annotation.article.title;
    const userNotes = itemUserNotes(model, glossaryExtras.userNotes ?? {});
    if (format === 'md') download(exportFileName(title, 'md'), 'text/markdown;charset=utf-8', toMarkdown(model, view.annotation, view.url, { lang, notes, userNotes }));
    else download(exportFileName(title, 'json'), 'application/json', JSON.stringify(toExportJson(model, view.annotation, view.url, notes, userNotes), null, 2));
  };

  const onNews = !!host && NEWS_DOMAINS.some((d) => hostMatches(host, d));

  return (
    <Panel
      // A new page starts with a clear search and closed items.
      key={view.kind === 'ok' ? view.url : 'no-article'}
      lang={lang}
      theme={theme}
      palette={settings.palette}
      view={view}
      host={host}
      offerAlwaysRun={!!host && !onNews && !alwaysRun.includes(host)}
      show={settings.show}
      allVisible={settings.allVisible}
      shortcuts={shortcuts}
      focusRequest={page.focusRequest}
      notes={notes}
      status={status}
      onNotesChange={setNotes}
      onFocusItem={onFocusItem}
      onToggle={onToggle}
      onAnnotate={() => void onAnnotate()}
      onAlwaysRun={() => void onAlwaysRun()}
      onCopy={(item) => void onCopy(item)}
      onExport={onExport}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      {...glossaryExtras}
    />
  );
}
