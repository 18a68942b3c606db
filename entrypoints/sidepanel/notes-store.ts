/**
 * The reader's own notes, one text per article URL (fragment dropped), kept in local storage:
 * notes can be long and are personal, so they are not synced.
 */
import { storage } from '#imports';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Saving on every key press would hammer storage; this is short enough to lose nothing. */
const SAVE_DELAY_MS = 400;

export const notesKey = (url: string) => `local:notes:${url.split('#', 1)[0]}` as const;

export function useNotes(url: string | undefined): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    setText('');
    if (!url) return;
    let live = true;
    storage
      .getItem<string>(notesKey(url))
      .then((v) => live && setText(v ?? ''))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [url]);
  const update = (next: string) => {
    setText(next);
    if (!url) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void storage.setItem(notesKey(url), next), SAVE_DELAY_MS);
  };
  return [text, update];
}
