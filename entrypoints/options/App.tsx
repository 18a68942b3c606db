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
import { OptionsForm } from '../../components/options/OptionsForm';
import { makeTranslate, resolveUiLang } from '../../utils/i18n';
import { toBackground } from '../../utils/messaging';
import { alwaysRunHostsItem, DEFAULT_SETTINGS, settingsItem, type Settings } from '../../utils/settings';

/** Online summaries are not built yet; the switch stays visible but disabled until they are. */
const ONLINE_SUMMARIES_AVAILABLE = false;
const STATUS_MS = 3000;

const originOf = (host: string) => `*://${host}/*`;

export function App() {
  const settings = useWatched<Settings>(settingsItem, DEFAULT_SETTINGS, normaliseSettings);
  const hosts = useWatched<string[]>(alwaysRunHostsItem, []);
  const lang = resolveUiLang(settings.uiLang, browser.i18n?.getUILanguage?.());
  const t = useMemo(() => makeTranslate(lang), [lang]);
  const theme = useResolvedTheme(settings.theme);
  const [status, setStatus] = useState<string>();
  useDocumentChrome(lang, theme, t('optionsTitle'));

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(undefined), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const onChange = async (patch: Partial<Settings>) => {
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
    />
  );
}
