/** The readable report `annotate FILE` prints: people, claims and terms of one article. */
import { buildPanelModel } from '../core/panel-model';
import type { Annotation, Claim } from '../core/types';

const QUALIFIER_WORDS: Record<NonNullable<Claim['qualifier']>, string> = {
  'at-most': 'at most',
  'up-to': 'up to',
  'at-least': 'at least',
  about: 'about',
  'more-than': 'more than',
  'less-than': 'less than',
};

function claimLine(c: Claim): string {
  const value = c.valueMax !== undefined ? `${c.value}–${c.valueMax}` : String(c.value);
  const parts = [`${c.kind}: ${value}${c.unit ? ` ${c.unit}` : ''}`];
  if (c.qualifier) parts.push(QUALIFIER_WORDS[c.qualifier]);
  if (c.source) parts.push(`source: ${c.source}`);
  if (c.asOf) parts.push(`as of: ${c.asOf}`);
  return `  «${c.text}»  ${parts.join(' · ')}`;
}

export function formatReport(file: string, a: Annotation): string {
  const model = buildPanelModel(a);
  const lines = [
    `== ${file}`,
    `title: ${a.article.title || '(none)'}`,
    `language: ${a.article.lang} (${a.article.dir}), body: ${a.article.text.length} characters`,
    '',
    `People (${model.people.length})`,
    ...model.people.map((p) => `  ${p.name}${p.role ? ` — ${p.role}` : ''}  ×${p.mentions}`),
    '',
    `Numbers (${model.claims.length})`,
    ...model.claims.map((c) => claimLine(c.claim)),
    '',
    `Terms (${model.terms.length})`,
    ...model.terms.map((t) => `  ${t.title}: ${t.note}`),
    '',
  ];
  return lines.join('\n');
}
