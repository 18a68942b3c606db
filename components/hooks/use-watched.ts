/**
 * Subscribe a component to a watched value (a WXT storage item, or anything shaped like one).
 * Injected rather than imported so components stay free of browser APIs and testable in Node.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Watchable<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

export function useWatched<T>(source: Watchable<T>, fallback: T, normalise: (v: T) => T = (v) => v): T {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    let live = true;
    source
      .getValue()
      .then((v) => live && setValue(normalise(v ?? fallback)))
      .catch(() => undefined);
    const stop = source.watch((v) => setValue(normalise(v ?? fallback)));
    return () => {
      live = false;
      stop();
    };
  }, [source]);
  return value;
}
