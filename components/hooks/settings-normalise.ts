/**
 * Stored settings may predate a field (an older version, or written by hand): fill the gaps from
 * the defaults so the UI never reads `undefined`.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-defaults';

export function normaliseSettings(v: Partial<Settings> | null | undefined): Settings {
  const s = v ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    show: { ...DEFAULT_SETTINGS.show, ...(s.show ?? {}) },
    disabledHosts: Array.isArray(s.disabledHosts) ? s.disabledHosts : [],
  };
}
