/**
 * The reading notes of one article as Markdown and as JSON (issue 7): title, URL, people with
 * roles, claims with value, qualifier, source and sentence, terms with notes, the reader's notes.
 * Pure functions so the export is unit-tested and the same in every browser.
 */
import type { PanelModel } from '../core/panel-model';
import type { Annotation } from '../core/types';
import { plural, translate, type UiLang } from '../utils/i18n';
import { personNoteKey, termNoteKey, type UserNotes } from '../utils/user-notes';
import { formatClaimValue, kindLabel, languageName, qualifierLabel, valueCarriesUnit } from './format';

export interface ExportOptions {
  /** Labels, plural forms and number formatting follow this language; default English. */
  lang?: UiLang;
  /** The reader's own notes, included verbatim. */
  notes?: string;
  /** The reader's notes on this article's terms and people (see itemUserNotes). */
  userNotes?: readonly ItemUserNote[];
}

/** A note of the reader's on one of the article's people or terms. */
export interface ItemUserNote {
  key: string;
  label: string;
  text: string;
}

/** The reader's notes that concern this article's people and terms, in panel order. */
export function itemUserNotes(model: PanelModel, notes: Readonly<UserNotes>): ItemUserNote[] {
  const out: ItemUserNote[] = [];
  const add = (key: string, label: string) => {
    const note = notes[key];
    if (note && !out.some((n) => n.key === key)) out.push({ key, label, text: note.text });
  };
  for (const p of model.people) add(personNoteKey(p.name), p.name);
  for (const t of model.terms) add(termNoteKey(t.id), t.title);
  return out;
}

/** Characters that would start Markdown formatting inside a line of text. */
const MD_INLINE_SPECIAL = /([\\`*_[\]<>|])/g;

/** Text from the article, made inert in Markdown and kept on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MD_INLINE_SPECIAL, '\\$1');
}

export function toMarkdown(model: PanelModel, annotation: Annotation, url: string, opts: ExportOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const t = (k: Parameters<typeof translate>[1], ...s: Array<string | number>) => translate(lang, k, ...s);
  const { article } = annotation;
  const out: string[] = [];

  out.push(`# ${escapeMarkdown(article.title || url)}`, '');
  out.push(`- ${t('exportUrl')}: <${url}>`);
  if (article.lang) out.push(`- ${t('exportLanguage')}: ${languageName(article.lang, lang)} (${article.lang})`);
  out.push('');

  out.push(`## ${t('sectionPeople')} (${model.people.length})`, '');
  for (const p of model.people) {
    const role = p.role ? ` — ${escapeMarkdown(p.role)}` : '';
    out.push(`- **${escapeMarkdown(p.name)}**${role} (${plural(lang, 'mentions', p.mentions)})`);
  }
  if (model.people.length) out.push('');

  out.push(`## ${t('sectionClaims')} (${model.claims.length})`, '');
  for (const { claim: c, sentence } of model.claims) {
    const unit = c.unit && !valueCarriesUnit(c) ? ` ${escapeMarkdown(c.unit)}` : '';
    const facts = [`${t('claimValue')}: ${formatClaimValue(c, lang)}${unit}`, `${t('claimKind')}: ${kindLabel(c.kind, lang)}`];
    if (c.qualifier) facts.push(`${t('claimQualifier')}: ${qualifierLabel(c.qualifier, lang)}`);
    if (c.source) facts.push(`${t('claimSource')}: ${escapeMarkdown(c.source)}`);
    if (c.asOf) facts.push(`${t('claimAsOf')}: ${escapeMarkdown(c.asOf)}`);
    out.push(`- **${escapeMarkdown(c.text)}** — ${facts.join('; ')}`);
    if (sentence) out.push(`  > ${escapeMarkdown(sentence)}`);
  }
  if (model.claims.length) out.push('');

  out.push(`## ${t('sectionTerms')} (${model.terms.length})`, '');
  for (const term of model.terms) out.push(`- **${escapeMarkdown(term.title)}** — ${escapeMarkdown(term.note)}`);
  if (model.terms.length) out.push('');

  if (opts.userNotes?.length) {
    out.push(`## ${t('exportUserNotes')}`, '');
    // The reader's text is theirs: kept as written, but on one line per item so the list holds.
    for (const n of opts.userNotes) out.push(`- **${escapeMarkdown(n.label)}** — ${n.text.replace(/\s+/g, ' ').trim()}`);
    out.push('');
  }

  const notes = opts.notes?.trim();
  if (notes) out.push(`## ${t('exportNotes')}`, '', notes, '');

  return out.join('\n');
}

export interface ExportJson {
  title: string;
  url: string;
  lang: string;
  dir: string;
  people: Array<{ name: string; role?: string; mentions: number }>;
  claims: Array<{
    text: string;
    value: number;
    valueMax?: number;
    unit?: string;
    kind: string;
    qualifier?: string;
    source?: string;
    asOf?: string;
    sentence: string;
  }>;
  terms: Array<{ id: string; title: string; note: string; occurrences: number }>;
  notes: string;
  /** The reader's notes on this article's people and terms. */
  userNotes: ItemUserNote[];
}

/** Language-neutral: raw values and codes, so another program can read it back. */
export function toExportJson(model: PanelModel, annotation: Annotation, url: string, notes = '', userNotes: readonly ItemUserNote[] = []): ExportJson {
  return {
    title: annotation.article.title,
    url,
    lang: annotation.article.lang,
    dir: annotation.article.dir,
    people: model.people.map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}), mentions: p.mentions })),
    claims: model.claims.map(({ claim: c, sentence }) => ({
      text: c.text,
      value: c.value,
      ...(c.valueMax !== undefined ? { valueMax: c.valueMax } : {}),
      ...(c.unit ? { unit: c.unit } : {}),
      kind: c.kind,
      ...(c.qualifier ? { qualifier: c.qualifier } : {}),
      ...(c.source ? { source: c.source } : {}),
      ...(c.asOf ? { asOf: c.asOf } : {}),
      sentence,
    })),
    terms: model.terms.map((t) => ({ id: t.id, title: t.title, note: t.note, occurrences: t.occurrences })),
    notes,
    userNotes: [...userNotes],
  };
}

/** A file name from the title: letters of any script kept, the rest dashed, bounded length. */
export function exportFileName(title: string, ext: 'md' | 'json'): string {
  const slug = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `gloss-${slug || 'article'}.${ext}`;
}
