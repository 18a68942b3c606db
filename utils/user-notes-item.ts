/** The one storage item for the reader's notes on terms and people (see user-notes.ts). */
import { storage } from '#imports';
import { createUserNotesStore, type UserNotes } from './user-notes';

/** Local, not sync: notes can be many and long, and sync storage is small. */
export const userNotesItem = storage.defineItem<UserNotes>('local:userNotes', {
  fallback: {},
  version: 1,
});

export const userNotesStore = createUserNotesStore(userNotesItem);
