/**
 * The hosts where the reader turned Gloss off, as the background sees them. A content script asks
 * for detection before its own copy of the settings has arrived (so the storage read is off the
 * critical path); the background is where such a host's text is refused.
 */
import { settingsItem } from '../settings';

let current: Promise<ReadonlySet<string>> | null = null;
let watching = false;

export function disabledHosts(): Promise<ReadonlySet<string>> {
  if (!watching) {
    watching = true;
    settingsItem.watch((next) => {
      current = Promise.resolve(new Set(next?.disabledHosts ?? []));
    });
  }
  if (!current) {
    const loading = settingsItem.getValue().then((s) => new Set(s.disabledHosts));
    current = loading;
    // A failed read is tried again on the next request rather than remembered.
    loading.catch(() => {
      if (current === loading) current = null;
    });
  }
  return current;
}

/** The host name of a sender's page URL, or '' when there is none. */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
