/**
 * Message contracts, typed per direction. Content scripts answer the panel and background through
 * `tabs.sendMessage`; the content script tells the rest of the extension through `runtime`.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { GlossaryEntry } from '../core/glossary/schema';
import type { ItemKind } from '../core/panel-model';
import type { Annotation } from '../core/types';
import type { DetectAnswer } from './detect-wire';

export type PageStatus = 'ok' | 'not-article' | 'empty' | 'error' | 'pending';

export interface PageState {
  status: PageStatus;
  url: string;
  annotation?: Annotation;
  /** Short reason for status 'error'. */
  error?: string;
}

/**
 * What the content script announces after each run: no text, no spans, so announcing costs
 * nothing on a huge page. The badge needs the counts; an open panel then asks for the state.
 */
export interface PageNotice {
  status: PageStatus;
  url: string;
  /** Distinct people, claims, distinct terms. */
  count: number;
}

export interface ItemRef {
  kind: ItemKind;
  key: string;
}

/** Panel or background -> content script (sent to one tab). */
interface ToContent {
  getPageState(): PageState;
  focusItem(ref: ItemRef): boolean;
  toggleAllHighlights(): boolean;
  /** Move to the next (1) or previous (-1) shown highlight, optionally of one kind. */
  stepHighlight(step: { direction: 1 | -1; kind?: ItemKind }): ItemRef | null;
}

/** Content script -> background and panel (runtime broadcast). */
interface FromContent {
  pageStateChanged(notice: PageNotice): void;
  highlightClicked(ref: ItemRef): void;
}

/** Panel, options or content script -> background. */
interface ToBackground {
  /**
   * Nothing but a wake-up: sent as a page starts, so a background the browser has put to sleep
   * starts and loads its data while the page's body is being read. Carries no page data.
   */
  wake(): void;
  /** Detect people, claims and terms in an article's text (the background holds the data). */
  detect(request: { text: string; lang: string }): DetectAnswer;
  /** Run Gloss in a tab (the active one when no id is given). */
  annotateActiveTab(tabId: number | undefined): void;
  alwaysRunOn(host: string): boolean;
  /** Glossary entries by id, every language (the panel shows the reader's; the data stays in the background). */
  glossaryEntries(ids: string[]): GlossaryEntry[];
}

export const toContent = defineExtensionMessaging<ToContent>();
export const fromContent = defineExtensionMessaging<FromContent>();
export const toBackground = defineExtensionMessaging<ToBackground>();
