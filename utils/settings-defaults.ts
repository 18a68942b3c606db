/** Settings shape and defaults, free of WXT imports so Node tests and the core can read them. */
export interface Settings {
  /** Highlights shown per category. */
  show: { person: boolean; claim: boolean; term: boolean };
  /** The one switch the keyboard shortcut flips. */
  allVisible: boolean;
  /** Highlight only the first occurrence of each glossary term. */
  termsFirstOnly: boolean;
  uiLang: 'auto' | 'ar' | 'en';
  theme: 'auto' | 'light' | 'dark';
  palette: 'default' | 'colorblind';
  /** Off by default: fetching summaries from Wikipedia sends a term (never article text) out. */
  onlineSummaries: boolean;
  /** Hosts the reader turned Gloss off on, even though they are on the built-in list. */
  disabledHosts: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  show: { person: true, claim: true, term: true },
  allVisible: true,
  termsFirstOnly: true,
  uiLang: 'auto',
  theme: 'auto',
  palette: 'default',
  onlineSummaries: false,
  disabledHosts: [],
};
