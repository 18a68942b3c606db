/**
 * The panel's glossary extras (issue 6) as props, and how each person and term row gets its
 * share: the reader's note under its cross-page key, and the online summary's title to look up.
 */
import type { GlossaryEntry } from '../core/glossary/schema';
import type { PersonItem, TermItem } from '../core/panel-model';
import { wikiLang, type SummaryRequest, type SummaryState } from '../utils/summaries';
import { personNoteKey, termNoteKey, type UserNotes } from '../utils/user-notes';
import type { RowExtras } from './ItemExtras';

export interface GlossaryPanelProps {
  /** Glossary entries of the terms shown, by id (from the background). */
  glossary?: Readonly<Record<string, GlossaryEntry>>;
  /** The reader's notes on terms and people, by note key (utils/user-notes.ts). */
  userNotes?: Readonly<UserNotes>;
  onSaveUserNote?(noteKey: string, label: string, text: string): void;
  onRemoveUserNote?(noteKey: string): void;
  /** The reader turned online summaries on (options page). */
  onlineSummaries?: boolean;
  /** Summary states by item key. */
  summaries?: Readonly<Record<string, SummaryState>>;
  onRequestSummary?(itemKey: string, request: SummaryRequest): void;
}

const IDLE: SummaryState = { status: 'idle' };

function extrasFor(p: GlossaryPanelProps, itemKey: string, noteKey: string, label: string, request: SummaryRequest | undefined): RowExtras | undefined {
  const { onSaveUserNote, onRemoveUserNote } = p;
  if (!onSaveUserNote || !onRemoveUserNote) return undefined;
  return {
    userNote: p.userNotes?.[noteKey],
    onSaveNote: (text) => onSaveUserNote(noteKey, label, text),
    onRemoveNote: () => onRemoveUserNote(noteKey),
    summary:
      p.onlineSummaries && request && p.onRequestSummary
        ? { state: p.summaries?.[itemKey] ?? IDLE, title: request.title, onFetch: () => p.onRequestSummary!(itemKey, request) }
        : undefined,
  };
}

/** A person is looked up under their name as the article writes it, in the article's Wikipedia. */
export function personSummaryRequest(item: PersonItem, articleLang: string): SummaryRequest | undefined {
  const lang = wikiLang(articleLang);
  return lang ? { lang, title: item.name } : undefined;
}

/** A term under its Wikipedia title in the article's language, else its title there. */
export function termSummaryRequest(item: TermItem, entry: GlossaryEntry | undefined, articleLang: string): SummaryRequest | undefined {
  const lang = wikiLang(articleLang);
  const title = lang ? (entry?.wikipedia?.[lang] ?? entry?.title[lang] ?? item.title) : undefined;
  return lang && title ? { lang, title } : undefined;
}

export function personExtras(p: GlossaryPanelProps, item: PersonItem, articleLang: string): RowExtras | undefined {
  return extrasFor(p, item.key, personNoteKey(item.name), item.name, personSummaryRequest(item, articleLang));
}

export function termExtras(p: GlossaryPanelProps, item: TermItem, entry: GlossaryEntry | undefined, articleLang: string): RowExtras | undefined {
  // Labelled in English when known: the label names the note in exports and lists, whatever the page.
  const label = entry?.title.en || item.title;
  return extrasFor(p, item.key, termNoteKey(item.id), label, termSummaryRequest(item, entry, articleLang));
}
