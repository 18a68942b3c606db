/**
 * Text from the article inside UI chrome of possibly the other direction (an English name in the
 * Arabic panel, an Arabic name in the English one). <bdi> isolates it so punctuation and numbers
 * around it do not reorder; `lang` lets screen readers switch voice.
 */
import type { ComponentChildren } from 'preact';

interface BidiProps {
  children: ComponentChildren;
  /** Language of the enclosed text (the article's), when known. */
  lang?: string;
  class?: string;
}

export function Bidi({ children, lang, class: cls }: BidiProps) {
  return (
    <bdi lang={lang || undefined} class={cls}>
      {children}
    </bdi>
  );
}
