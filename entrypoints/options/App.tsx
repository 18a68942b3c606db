/**
 * The options page's container: settings and site lists from storage into the pure <OptionsForm>,
 * changes back to storage. Adding an "always run" host asks for that host's permission here,
 * inside the click, where the browser allows it.
 */
import { browser } from '#imports';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { normaliseSettings } from '../../components/hooks/settings-normalise';
import { useDocumentChrome } from '../../components/hooks/use-document-chrome';
import { useResolvedTheme } from '../../components/hooks/use-theme';
import { useWatched } from '../../components/hooks/use-watched';
import { importErrorMessage } from '../../components/options/import-message';
import { OptionsForm } from '../../components/options/OptionsForm';
import type { UserNotesMessage } from '../../components/options/UserNotesSection';
import { makeTranslate, resolveUiLang } from '../../utils/i18n';
import { toBackground } from '../../utils/messaging';
import { alwaysRunHostsItem, settingsItem } from '../../utils/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-defaults';
import { WIKIPEDIA_ORIGIN } from '../../utils/summaries-item';
import { MAX_IMPORT_BYTES, type UserNotes } from '../../utils/user-notes';
import { userNotesItem, userNotesStore } from '../../utils/user-notes-item';

/** Online summaries are built (issue 6): the switch is live, off by default. */
const ONLINE_SUMMARIES_AVAILABLE = true;
const STATUS_MS = 3000;

const originOf = (host: string) => `*://${host}/*`;

function download(name: string, mime: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const settings = useWatched<Settings>(settingsItem, DEFAULT_SETTINGS, normaliseSettings);
  const hosts = useWatched<string[]>(alwaysRunHostsItem, []);
  const lang = resolveUiLang(settings.uiLang, browser.i18n?.getUILanguage?.());
  const t = useMemo(() => makeTranslate(lang), [lang]);
  const theme = useResolvedTheme(settings.theme);
  const [status, setStatus] = useState<string>();
  const userNotes = useWatched<UserNotes>(userNotesItem, {});
  const [notesMessage, setNotesMessage] = useState<UserNotesMessage>();
  useDocumentChrome(lang, theme, t('optionsTitle'));

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(undefined), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const onChange = async (patch: Partial<Settings>) => {
    // Turning online summaries on asks for Wikipedia's origin first, inside the click (the
    // browser only grants it in a user gesture); turning them off gives the permission back.
    if (patch.onlineSummaries === true) {
      const granted = await browser.permissions.request({ origins: [WIKIPEDIA_ORIGIN] }).catch(() => false);
      if (!granted) {
        setStatus(t('optOnlineDenied'));
        return;
      }
    } else if (patch.onlineSummaries === false) {
      await browser.permissions.remove({ origins: [WIKIPEDIA_ORIGIN] }).catch(() => false);
    }
    const current = normaliseSettings(await settingsItem.getValue());
    await settingsItem.setValue({ ...current, ...patch });
    setStatus(t('optSaved'));
  };

  const onAddAlwaysRun = async (host: string) => {
    let granted = false;
    try {
      granted = await browser.permissions.request({ origins: [originOf(host)] });
    } catch {
      granted = false;
    }
    if (!granted) {
      setStatus(t('optHostDenied', host));
      return;
    }
    // The background records the host and registers the content script for it. Should it not
    // answer, record the host here so a granted permission is never lost from the list.
    const ok = await toBackground.sendMessage('alwaysRunOn', host).catch(() => undefined);
    if (ok === false) {
      setStatus(t('optHostDenied', host));
      return;
    }
    if (ok === undefined) {
      const list = (await alwaysRunHostsItem.getValue()) ?? [];
      if (!list.includes(host)) await alwaysRunHostsItem.setValue([...list, host]);
    }
    setStatus(t('optSaved'));
  };

  const onRemoveAlwaysRun = async (host: string) => {
    const list = (await alwaysRunHostsItem.getValue()) ?? [];
    await alwaysRunHostsItem.setValue(list.filter((h) => h !== host));
    await browser.permissions.remove({ origins: [originOf(host)] }).catch(() => false);
    setStatus(t('optSaved'));
  };

  const onExportNotes = async () => {
    const date = new Date().toISOString().slice(0, 10);
    download(`gloss-notes-${date}.json`, 'application/json', await userNotesStore.exportText());
  };

  const onImportNotes = async (file: File) => {
    setNotesMessage(undefined);
    if (file.size > MAX_IMPORT_BYTES) {
      setNotesMessage({ kind: 'error', text: importErrorMessage({ code: 'too-large' }, t, lang) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setNotesMessage({ kind: 'error', text: importErrorMessage({ code: 'read' }, t, lang) });
      return;
    }
    const result = await userNotesStore.importText(text);
    setNotesMessage(result.ok ? { kind: 'ok', text: t('optUserNotesImported', result.added) } : { kind: 'error', text: importErrorMessage(result.error, t, lang) });
  };

  return (
    <OptionsForm
      lang={lang}
      theme={theme}
      settings={settings}
      alwaysRunHosts={hosts}
      onlineSummariesAvailable={ONLINE_SUMMARIES_AVAILABLE}
      status={status}
      onChange={(patch) => void onChange(patch)}
      onAddAlwaysRun={(host) => void onAddAlwaysRun(host)}
      onRemoveAlwaysRun={(host) => void onRemoveAlwaysRun(host)}
      userNotes={{
        count: Object.keys(userNotes).length,
        message: notesMessage,
        onExport: () => void onExportNotes(),
        onImport: (file) => void onImportNotes(file),
      }}
    />
  );
}
