/**
 * The options page, as a pure component: current settings and site lists in, changes out. The
 * container (entrypoints/options/App.tsx) writes them to storage and asks for host permissions.
 */
import type { ItemKind } from '../../core/panel-model';
import type { Settings } from '../../utils/settings-defaults';
import { dirOf, type UiLang } from '../../utils/i18n';
import type { ThemeName } from '../../core/highlight/palette';
import { themeVars } from '../theme-style';
import { UiContext, uiFor } from '../ui-context';
import { ChoiceGroup } from './ChoiceGroup';
import { HostList } from './HostList';
import { UserNotesSection, type UserNotesMessage } from './UserNotesSection';

export interface OptionsFormProps {
  lang: UiLang;
  theme: ThemeName;
  settings: Settings;
  alwaysRunHosts: readonly string[];
  /** Whether online summaries exist in this build; until then the switch is shown disabled. */
  onlineSummariesAvailable: boolean;
  status?: string;
  onChange(patch: Partial<Settings>): void;
  onAddAlwaysRun(host: string): void;
  onRemoveAlwaysRun(host: string): void;
  /** The reader's notes on terms and people: shown with export and import when given. */
  userNotes?: {
    count: number;
    message?: UserNotesMessage;
    onExport(): void;
    onImport(file: File): void;
  };
}

const CATEGORIES: Array<{ kind: ItemKind; label: 'sectionPeople' | 'sectionClaims' | 'sectionTerms' }> = [
  { kind: 'person', label: 'sectionPeople' },
  { kind: 'claim', label: 'sectionClaims' },
  { kind: 'term', label: 'sectionTerms' },
];

export function OptionsForm(p: OptionsFormProps) {
  const ui = uiFor(p.lang);
  const { t } = ui;
  const s = p.settings;
  return (
    <UiContext.Provider value={ui}>
      <div class="gloss-root gloss-options" dir={dirOf(p.lang)} lang={p.lang} data-theme={p.theme} style={themeVars(s.palette, p.theme)}>
        <main class="options-main">
          <h1>{t('optionsTitle')}</h1>

          <section aria-labelledby="opt-categories">
            <h2 id="opt-categories">{t('optCategories')}</h2>
            {CATEGORIES.map(({ kind, label }) => (
              <label class="toggle" key={kind}>
                <input
                  type="checkbox"
                  data-option={`show-${kind}`}
                  checked={s.show[kind]}
                  onChange={(e) => p.onChange({ show: { ...s.show, [kind]: e.currentTarget.checked } })}
                />
                <span class={`swatch swatch-${kind}`} aria-hidden="true" />
                <span>{t(label)}</span>
              </label>
            ))}
            <label class="toggle">
              <input type="checkbox" data-option="terms-first-only" checked={s.termsFirstOnly} onChange={(e) => p.onChange({ termsFirstOnly: e.currentTarget.checked })} />
              <span>{t('optTermsFirstOnly')}</span>
            </label>
          </section>

          <section aria-labelledby="opt-display">
            <h2 id="opt-display">{t('optDisplay')}</h2>
            <ChoiceGroup
              name="uiLang"
              legend="optLanguage"
              value={s.uiLang}
              choices={[
                { value: 'auto', label: 'optLangAuto' },
                { value: 'ar', label: 'optLangAr', lang: 'ar' },
                { value: 'en', label: 'optLangEn', lang: 'en' },
              ]}
              onChange={(uiLang) => p.onChange({ uiLang })}
            />
            <ChoiceGroup
              name="theme"
              legend="optTheme"
              value={s.theme}
              choices={[
                { value: 'auto', label: 'optThemeAuto' },
                { value: 'light', label: 'optThemeLight' },
                { value: 'dark', label: 'optThemeDark' },
              ]}
              onChange={(theme) => p.onChange({ theme })}
            />
            <ChoiceGroup
              name="palette"
              legend="optPalette"
              value={s.palette}
              choices={[
                { value: 'default', label: 'optPaletteDefault' },
                { value: 'colorblind', label: 'optPaletteColorblind' },
              ]}
              onChange={(palette) => p.onChange({ palette })}
            />
            <p class="legend-preview" aria-hidden="true">
              <span class="chip chip-person">{t('sectionPeople')}</span> <span class="chip chip-claim">{t('sectionClaims')}</span>{' '}
              <span class="chip chip-term">{t('sectionTerms')}</span>
            </p>
          </section>

          <section aria-labelledby="opt-online">
            <h2 id="opt-online">{t('optOnline')}</h2>
            <label class={`toggle${p.onlineSummariesAvailable ? '' : ' toggle-disabled'}`}>
              <input
                type="checkbox"
                data-option="online-summaries"
                checked={s.onlineSummaries && p.onlineSummariesAvailable}
                disabled={!p.onlineSummariesAvailable}
                aria-describedby="opt-online-note"
                onChange={(e) => p.onChange({ onlineSummaries: e.currentTarget.checked })}
              />
              <span>{t('optOnlineLabel')}</span>
            </label>
            <p id="opt-online-note" class="muted small">
              {t('optOnlineNote')} {!p.onlineSummariesAvailable && <strong>{t('optOnlineUnavailable')}</strong>}
            </p>
          </section>

          {p.userNotes && <UserNotesSection {...p.userNotes} />}

          <section aria-labelledby="opt-sites">
            <h2 id="opt-sites">{t('optSites')}</h2>
            <HostList
              name="always-run"
              heading="optAlwaysRun"
              emptyText="optAlwaysRunEmpty"
              hosts={p.alwaysRunHosts}
              onAdd={p.onAddAlwaysRun}
              onRemove={p.onRemoveAlwaysRun}
            />
            <HostList
              name="disabled"
              heading="optDisabledHosts"
              emptyText="optDisabledEmpty"
              hosts={s.disabledHosts}
              onAdd={(host) => p.onChange({ disabledHosts: [...s.disabledHosts, host] })}
              onRemove={(host) => p.onChange({ disabledHosts: s.disabledHosts.filter((h) => h !== host) })}
            />
          </section>

          <p class="status" role="status" aria-live="polite" data-status>
            {p.status ?? ''}
          </p>
        </main>
      </div>
    </UiContext.Provider>
  );
}
