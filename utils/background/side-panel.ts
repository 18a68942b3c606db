/** Opening the panel: Chrome's side panel, Firefox's sidebar. Must run inside a user gesture. */
import { browser } from 'wxt/browser';

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface SidebarApi {
  open(): Promise<void>;
}

export async function openPanel(tabId: number | undefined, windowId: number | undefined): Promise<void> {
  const b = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (b.sidePanel && tabId !== undefined) await b.sidePanel.open({ tabId, windowId });
  else if (b.sidePanel && windowId !== undefined) await b.sidePanel.open({ windowId });
  else if (b.sidebarAction) await b.sidebarAction.open();
}
