/**
 * The panel container's side of issue 6: glossary entries from the background for the terms
 * shown, the reader's notes on terms and people from storage, and online summaries (only when
 * the reader turned them on and granted Wikipedia's origin). Returns <Panel>'s glossary props.
 */
import { browser } from '#imports';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../../core/glossary/schema';
import { buildPanelModel } from '../../core/panel-model';
import type { Annotation } from '../../core/types';
import { MAX_GLOSSARY_IDS } from '../../utils/glossary-ids';
import { useWatched } from '../../components/hooks/use-watched';
import { personSummaryRequest, termSummaryRequest, type GlossaryPanelProps } from '../../components/row-extras';
import type { Translate } from '../../utils/i18n';
import { toBackground } from '../../utils/messaging';
import { cachedSummary, fetchSummary, type SummaryRequest, type SummaryState } from '../../utils/summaries';
import { summariesItem, WIKIPEDIA_ORIGIN } from '../../utils/summaries-item';
import type { UserNotes } from '../../utils/user-notes';
import { userNotesItem, userNotesStore } from '../../utils/user-notes-item';

export function useGlossaryExtras(annotation: Annotation | undefined, onlineSummaries: boolean, t: Translate): GlossaryPanelProps {
  const model = useMemo(() => (annotation ? buildPanelModel(annotation) : undefined), [annotation]);
  // Bounded as the background's check expects (a page never shows this many terms).
  const ids = model ? model.terms.map((term) => term.id).slice(0, MAX_GLOSSARY_IDS) : [];
  const idsKey = ids.join(' ');
  const [glossary, setGlossary] = useState<Record<string, GlossaryEntry>>({});
  const userNotes = useWatched<UserNotes>(userNotesItem, {});
  const [summaries, setSummaries] = useState<Record<string, SummaryState>>({});

  useEffect(() => {
    if (!ids.length) return;
    let live = true;
    toBackground
      .sendMessage('glossaryEntries', ids)
      .then((entries) => live && setGlossary(Object.fromEntries(entries.map((e) => [e.id, e]))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [idsKey]);

  // A new page starts with no summaries shown.
  useEffect(() => setSummaries({}), [model]);

  // Summaries fetched before show without a click (from the local cache only, no network).
  useEffect(() => {
    if (!onlineSummaries || !model || !annotation) return;
    let live = true;
    const lang = annotation.article.lang;
    const wanted: Array<[string, SummaryRequest | undefined]> = [
      ...model.people.map((p) => [p.key, personSummaryRequest(p, lang)] as [string, SummaryRequest | undefined]),
      ...model.terms.map((term) => [term.key, termSummaryRequest(term, glossary[term.id], lang)] as [string, SummaryRequest | undefined]),
    ];
    void (async () => {
      const found: Record<string, SummaryState> = {};
      for (const [key, req] of wanted) {
        const hit = req && (await cachedSummary(req, { cache: summariesItem }).catch(() => undefined));
        if (hit) found[key] = hit;
      }
      if (live && Object.keys(found).length) setSummaries((prev) => ({ ...found, ...prev }));
    })();
    return () => {
      live = false;
    };
  }, [model, onlineSummaries, glossary]);

  const onRequestSummary = async (itemKey: string, request: SummaryRequest) => {
    const set = (state: SummaryState) => setSummaries((prev) => ({ ...prev, [itemKey]: state }));
    const allowed = await browser.permissions.contains({ origins: [WIKIPEDIA_ORIGIN] }).catch(() => false);
    if (!allowed) {
      set({ status: 'error', message: t('summaryNoPermission') });
      return;
    }
    set({ status: 'loading' });
    set(await fetchSummary(request, { fetch: (url, init) => fetch(url, init), cache: summariesItem }));
  };

  return {
    glossary,
    userNotes,
    onSaveUserNote: (key, label, text) => void userNotesStore.save(key, label, text).catch((e) => console.warn('[gloss] note', e)),
    onRemoveUserNote: (key) => void userNotesStore.remove(key).catch((e) => console.warn('[gloss] note', e)),
    onlineSummaries,
    summaries,
    onRequestSummary: (key, req) => void onRequestSummary(key, req),
  };
}
