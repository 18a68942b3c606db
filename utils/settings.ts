import { storage } from '#imports';

import { DEFAULT_SETTINGS, type Settings } from './settings-defaults';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Hosts the reader asked Gloss to always run on (each also granted as an optional permission). */
export const alwaysRunHostsItem = storage.defineItem<string[]>('sync:alwaysRunHosts', {
  fallback: [],
  version: 1,
});
