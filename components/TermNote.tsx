/**
 * A glossary note in the reader's UI language, the other language one click away, and a
 * "read more" link per language that has a Wikipedia title. Shown in a term's details; the
 * entry comes from the background (the panel never bundles the glossary).
 */
import { useState } from 'preact/hooks';
import type { GlossaryEntry } from '../core/glossary/schema';
import { dirOf, type UiLang } from '../utils/i18n';
import { wikipediaPageUrl } from '../utils/summaries';
import { useUi } from './ui-context';

/** The two languages every entry has, in the order their links are listed. */
const NOTE_LANGS: readonly UiLang[] = ['ar', 'en'];

export const otherLang = (lang: UiLang): UiLang => (lang === 'ar' ? 'en' : 'ar');

export interface TermNoteProps {
  entry: GlossaryEntry;
}

export function TermNote({ entry }: TermNoteProps) {
  const { t, lang } = useUi();
  const [showOther, setShowOther] = useState(false);
  const other = otherLang(lang);
  const otherNote = entry.note[other];
  const links = NOTE_LANGS.flatMap((l) => {
    const title = entry.wikipedia?.[l];
    const href = title ? wikipediaPageUrl(l, title) : undefined;
    return href ? [{ lang: l, title: title!, href }] : [];
  });
  return (
    <div class="term-note" data-term-note={entry.id}>
      {otherNote && (
        <>
          <button type="button" class="btn btn-link btn-small" data-action="other-lang-note" aria-expanded={showOther} onClick={() => setShowOther(!showOther)}>
            {t(showOther ? 'termNoteHideOther' : other === 'ar' ? 'termNoteShowAr' : 'termNoteShowEn')}
          </button>
          {showOther && (
            <p class="term-note-other" data-other-note lang={other} dir={dirOf(other)}>
              <bdi class="item-title">{entry.title[other]}</bdi>
              {': '}
              {otherNote}
            </p>
          )}
        </>
      )}
      {links.length > 0 && (
        <p class="read-more" data-read-more>
          {links.map((link) => (
            <a key={link.lang} href={link.href} target="_blank" rel="noopener noreferrer" hrefLang={link.lang} data-wiki-lang={link.lang}>
              {t(link.lang === 'ar' ? 'readMoreAr' : 'readMoreEn')}
            </a>
          ))}
        </p>
      )}
    </div>
  );
}
