import { browser } from 'wxt/browser';
import { alwaysRunOn, injectIntoTab, syncAlwaysRunScripts } from '../utils/background/inject';
import { detectForTab, scheduleWarmUp } from '../utils/background/detect';
import { disabledHosts } from '../utils/background/disabled-hosts';
import { parseStepCommand } from '../utils/commands';
import { glossaryEntries, isGlossaryIds } from '../utils/background/glossary-service';
import { openPanel } from '../utils/background/side-panel';
import { fromContent, toBackground, toContent } from '../utils/messaging';
import { alwaysRunHostsItem, settingsItem } from '../utils/settings';
import { guarded, isDetectRequest, isHost, isItemRef, isNothing, isOptionalTabId, isPageNotice, NOTHING_DETECTED } from '../utils/validate-messages';

export default defineBackground(() => {
  // Toolbar button: open the panel (needs the click's user gesture, so first) and run Gloss here.
  browser.action.onClicked.addListener((tab) => {
    openPanel(tab.id, tab.windowId).catch((e) => console.warn('[gloss] panel', e));
    if (tab.id !== undefined) injectIntoTab(tab.id).catch((e) => console.warn('[gloss] inject', e));
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'toggle-highlights') {
      const settings = await settingsItem.getValue();
      await settingsItem.setValue({ ...settings, allVisible: !settings.allVisible });
    } else if (parseStepCommand(command)) {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await toContent.sendMessage('stepHighlight', parseStepCommand(command)!, tabId).catch(() => null);
    }
  });

  // Every message is checked for its sender and payload first (validate-messages.ts): invalid ones are ignored.
  toBackground.onMessage('annotateActiveTab', guarded('annotateActiveTab', 'extension-page', isOptionalTabId, async ({ data: tabId }) => {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await injectIntoTab(id);
  }, Promise.resolve()));
  toBackground.onMessage('alwaysRunOn', guarded('alwaysRunOn', 'extension-page', isHost, ({ data }) => alwaysRunOn(data), Promise.resolve(false)));
  toBackground.onMessage('wake', guarded('wake', 'content', isNothing, () => undefined, undefined));
  toBackground.onMessage('detect', guarded('detect', 'content', isDetectRequest, ({ data, sender }) => detectForTab(data, sender), Promise.resolve(NOTHING_DETECTED)));
  toBackground.onMessage('glossaryEntries', guarded('glossaryEntries', 'extension-page', isGlossaryIds, ({ data }) => glossaryEntries(data), []));

  fromContent.onMessage('highlightClicked', guarded('highlightClicked', 'content', isItemRef, async ({ sender }) => {
    await openPanel(sender.tab?.id, sender.tab?.windowId).catch(() => undefined);
  }, Promise.resolve()));
  fromContent.onMessage('pageStateChanged', guarded('pageStateChanged', 'content', isPageNotice, async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.action.setBadgeText({ tabId, text: data.count ? String(data.count) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#5e35b1' });
  }, Promise.resolve()));

  // After the listeners, so a message that woke the worker is not kept waiting behind it.
  setTimeout(() => disabledHosts().catch(() => undefined), 0); // read once now, not on the first page's request
  scheduleWarmUp();

  // The options page removes hosts (and their permissions): follow it.
  alwaysRunHostsItem.watch(() => void syncAlwaysRunScripts().catch(() => undefined));
  browser.runtime.onStartup?.addListener(() => void syncAlwaysRunScripts().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void syncAlwaysRunScripts().catch(() => undefined));
});
