/**
 * The reader's own notes on terms and people, across pages: one note per term (`term:<id>`) or
 * per person (`person:<folded name>`), shown wherever that term or person appears again.
 *
 * Pure logic over an injected storage item (the real one is in user-notes-item.ts), so Node tests
 * use a fake. The export file is versioned and the import is validated strictly: a file that is
 * not exactly what we wrote (or could have written) changes nothing.
 */
import { foldArabic } from '../core/text/arabic';

/** One note, as stored. `label` is the term's title or the person's name when written. */
export interface UserNote {
  text: string;
  label: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
}

export type UserNotes = Record<string, UserNote>;

/** What the storage item offers (WXT's defineItem result has these). */
export interface UserNotesStorage {
  getValue(): Promise<UserNotes | null>;
  setValue(value: UserNotes): Promise<void>;
}

/** Bounds on what we store and accept: a note is a few paragraphs, not a book. */
export const MAX_NOTE_CHARS = 5000;
export const MAX_NOTES = 10_000;
/** A full export of 10,000 maximal notes is about 100 MB; refuse files beyond a sane size first. */
export const MAX_IMPORT_BYTES = 20_000_000;

export const USER_NOTES_FORMAT = 'gloss-user-notes';
export const USER_NOTES_VERSION = 1;

/** term:<glossary id> or person:<folded, lower-cased name>. */
const NOTE_KEY = /^(?:term:[a-z0-9][a-z0-9-]*|person:\S(?:.*\S)?)$/su;

export const termNoteKey = (id: string) => `term:${id}`;

/** Spelling variants of one name ("أوباما", "اوباما", "OBAMA") share a note. */
export function personNoteKey(name: string): string {
  return `person:${foldArabic(name.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

export const isNoteKey = (key: string) => key.length <= MAX_NOTE_CHARS && NOTE_KEY.test(key);

export interface UserNotesFile {
  format: typeof USER_NOTES_FORMAT;
  version: typeof USER_NOTES_VERSION;
  exportedAt: string;
  notes: UserNotes;
}

export function toUserNotesFile(notes: UserNotes, now: Date = new Date()): UserNotesFile {
  return { format: USER_NOTES_FORMAT, version: USER_NOTES_VERSION, exportedAt: now.toISOString(), notes };
}

export type ImportError =
  | { code: 'not-json' }
  | { code: 'too-large' }
  | { code: 'wrong-format' }
  | { code: 'wrong-version'; version: string }
  | { code: 'too-many'; count: number }
  | { code: 'bad-note'; key: string };

export type ImportResult = { ok: true; notes: UserNotes } | { ok: false; error: ImportError };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isBoundedStr = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_NOTE_CHARS;

function isUserNote(x: unknown): x is UserNote {
  if (!isObj(x)) return false;
  const keys = Object.keys(x);
  if (keys.some((k) => k !== 'text' && k !== 'label' && k !== 'updatedAt')) return false;
  return (
    isBoundedStr(x.text) &&
    x.text.trim().length > 0 &&
    isBoundedStr(x.label) &&
    typeof x.updatedAt === 'number' &&
    Number.isSafeInteger(x.updatedAt) &&
    x.updatedAt >= 0
  );
}

/** A shortened key for error messages (a hostile file could hold a 5,000-character key). */
const shortKey = (key: string) => (key.length > 60 ? `${key.slice(0, 57)}…` : key);

/** Parse and check an export file. Every note must be valid; one bad note rejects the file. */
export function parseUserNotesFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!isObj(data) || data.format !== USER_NOTES_FORMAT || !isObj(data.notes)) return { ok: false, error: { code: 'wrong-format' } };
  if (data.version !== USER_NOTES_VERSION) return { ok: false, error: { code: 'wrong-version', version: String(data.version).slice(0, 20) } };
  const entries = Object.entries(data.notes);
  if (entries.length > MAX_NOTES) return { ok: false, error: { code: 'too-many', count: entries.length } };
  // A plain object without a prototype: keys like "__proto__" stay data.
  const notes: UserNotes = Object.create(null) as UserNotes;
  for (const [key, note] of entries) {
    if (!isNoteKey(key) || !isUserNote(note)) return { ok: false, error: { code: 'bad-note', key: shortKey(key) } };
    notes[key] = { text: note.text, label: note.label, updatedAt: note.updatedAt };
  }
  return { ok: true, notes };
}

/** Imported notes win over stored ones with the same key (the file is what the reader chose). */
export function mergeUserNotes(stored: UserNotes, imported: UserNotes): ImportResult {
  const merged: UserNotes = { ...stored, ...imported };
  const count = Object.keys(merged).length;
  if (count > MAX_NOTES) return { ok: false, error: { code: 'too-many', count } };
  return { ok: true, notes: merged };
}

export interface UserNotesStore {
  all(): Promise<UserNotes>;
  /** Save (or, for blank text, remove) the note under `key`. Returns the notes after the change. */
  save(key: string, label: string, text: string): Promise<UserNotes>;
  remove(key: string): Promise<UserNotes>;
  /** The export file's text. */
  exportText(): Promise<string>;
  /** Validate and merge a file; on any error nothing is written. */
  importText(text: string): Promise<{ ok: true; added: number } | { ok: false; error: ImportError }>;
}

export function createUserNotesStore(item: UserNotesStorage, now: () => number = Date.now): UserNotesStore {
  const all = async (): Promise<UserNotes> => {
    const v = await item.getValue();
    return isObj(v) ? (v as UserNotes) : {};
  };
  return {
    all,
    async save(key, label, text) {
      if (!isNoteKey(key)) throw new Error(`user notes: bad key`);
      const current = await all();
      const trimmed = text.trim();
      if (!trimmed) return this.remove(key);
      const next: UserNotes = { ...current, [key]: { text: trimmed.slice(0, MAX_NOTE_CHARS), label: label.slice(0, MAX_NOTE_CHARS), updatedAt: now() } };
      if (!(key in current) && Object.keys(next).length > MAX_NOTES) throw new Error(`user notes: more than ${MAX_NOTES}`);
      await item.setValue(next);
      return next;
    },
    async remove(key) {
      const current = await all();
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      await item.setValue(next);
      return next;
    },
    async exportText() {
      return JSON.stringify(toUserNotesFile(await all(), new Date(now())), null, 2);
    },
    async importText(text) {
      const parsed = parseUserNotesFile(text);
      if (!parsed.ok) return parsed;
      const current = await all();
      const merged = mergeUserNotes(current, parsed.notes);
      if (!merged.ok) return merged;
      await item.setValue(merged.notes);
      return { ok: true, added: Object.keys(parsed.notes).length };
    },
  };
}
