/** The theme to draw: the reader's choice, else the system's (prefers-color-scheme), live. */
import { useEffect, useState } from 'preact/hooks';
import type { ThemeName } from '../../core/highlight/palette';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function useResolvedTheme(choice: 'auto' | ThemeName): ThemeName {
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : undefined;
  const [systemDark, setSystemDark] = useState<boolean>(media?.matches ?? false);
  useEffect(() => {
    if (!media) return;
    const onChange = () => setSystemDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  if (choice === 'light' || choice === 'dark') return choice;
  return systemDark ? 'dark' : 'light';
}
