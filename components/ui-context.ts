/**
 * The UI language travels through context rather than through every prop list: each component
 * reads `t` (strings) and `lang` (number formatting, plural rules) from here.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { makeTranslate, type Translate, type UiLang } from '../utils/i18n';

export interface Ui {
  lang: UiLang;
  t: Translate;
}

export const UiContext = createContext<Ui>({ lang: 'en', t: makeTranslate('en') });

export const useUi = (): Ui => useContext(UiContext);

export const uiFor = (lang: UiLang): Ui => ({ lang, t: makeTranslate(lang) });
