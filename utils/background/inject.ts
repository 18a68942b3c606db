/** Running Gloss on pages outside the built-in news list: on a toolbar click, or on hosts the reader chose. */
import { browser } from 'wxt/browser';
import { alwaysRunHostsItem } from '../settings';

/** Paths of the built content script, as WXT writes them. */
export const CONTENT_JS = '/content-scripts/content.js';
export const CONTENT_CSS = '/content-scripts/content.css';
const ALWAYS_RUN_SCRIPT_ID = 'gloss-always-run';

/** Inject into one tab (needs activeTab from a user gesture, or a host permission). */
export async function injectIntoTab(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
}

export const hostPattern = (host: string) => `*://${host}/*`;

/** A hostname a reader may pick: letters, digits, dots and dashes, nothing else. */
export function isValidHost(host: string): boolean {
  return /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$/i.test(host);
}

/** Register the content script on every "always run" host whose permission is still granted. */
export async function syncAlwaysRunScripts(): Promise<void> {
  const hosts = await alwaysRunHostsItem.getValue();
  const granted: string[] = [];
  for (const host of hosts) {
    if (await browser.permissions.contains({ origins: [hostPattern(host)] })) granted.push(host);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ALWAYS_RUN_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ALWAYS_RUN_SCRIPT_ID] });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: ALWAYS_RUN_SCRIPT_ID,
      matches: granted.map(hostPattern),
      js: [CONTENT_JS],
      css: [CONTENT_CSS],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** After the panel obtained the host permission: remember the host and run there from now on. */
export async function alwaysRunOn(host: string): Promise<boolean> {
  if (!isValidHost(host)) return false;
  if (!(await browser.permissions.contains({ origins: [hostPattern(host)] }))) return false;
  const hosts = await alwaysRunHostsItem.getValue();
  if (!hosts.includes(host)) await alwaysRunHostsItem.setValue([...hosts, host]);
  await syncAlwaysRunScripts();
  return true;
}
