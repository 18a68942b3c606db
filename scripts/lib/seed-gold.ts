/**
 * Scoring an annotation of the seed article against its gold (../shared/seed/article-ar.gold.json).
 * Shared by the golden test and `npm run eval seed`, so both judge the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldArabic } from '../../core/text/arabic';
import type { Annotation, Qualifier } from '../../core/types';

export const SHARED = resolve(process.cwd(), '../shared');
export const SEED_TXT = resolve(SHARED, 'seed/article-ar.txt');
export const SEED_GOLD = resolve(SHARED, 'seed/article-ar.gold.json');
export const hasSeedGold = () => existsSync(SEED_TXT) && existsSync(SEED_GOLD);

export interface SeedGold {
  article: { title: string; body_starts_with: string; body_ends_with: string; not_body: string[] };
  people: { name: string; role_in_text: string; mentions: { text: string; count: number }[] }[];
  people_outside_body: { text: string }[];
  claims: { text: string; value: number; counted: string; qualifier?: string; source?: string; as_of?: string; kind?: string }[];
  not_claims: string[];
  terms: { id: string; text: string; also?: string[] }[];
}

export const loadSeedGold = (): SeedGold => JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as SeedGold;

/** "at most (ما لا يزيد عن)" -> "at-most". */
function goldQualifier(q: string | undefined): Qualifier | undefined {
  if (!q) return undefined;
  return q.replace(/\s*\(.*$/, '').trim().replace(/\s+/g, '-') as Qualifier;
}

const fold = (s: string) => foldArabic(s).replace(/\s+/g, ' ').trim();

export interface SeedScore {
  problems: string[];
  body: { startsRight: boolean; endsRight: boolean; notBodyKept: string[] };
  people: { expectedMentions: number; foundMentions: number; rolesRight: number; falsePeople: string[] };
  claims: { expected: number; exact: number; falseClaims: string[] };
  terms: { expected: number; found: string[]; missing: string[] };
}

export function scoreSeed(a: Annotation, gold: SeedGold): SeedScore {
  const problems: string[] = [];
  const text = a.article.text;
  const body = {
    startsRight: text.startsWith(gold.article.body_starts_with),
    endsRight: text.trimEnd().endsWith(gold.article.body_ends_with),
    notBodyKept: gold.article.not_body.filter((line) => text.includes(line)),
  };
  if (!body.startsRight) problems.push(`body starts with «${text.slice(0, 40)}»`);
  if (!body.endsRight) problems.push(`body ends with «${text.slice(-40)}»`);
  for (const line of body.notBodyKept) problems.push(`not-body line kept: «${line}»`);

  let expectedMentions = 0;
  let foundMentions = 0;
  let rolesRight = 0;
  const goldNames = new Set(gold.people.map((p) => fold(p.name)));
  for (const person of gold.people) {
    const mine = a.people.filter((m) => fold(m.name) === fold(person.name));
    for (const mention of person.mentions) {
      expectedMentions += mention.count;
      const n = mine.filter((m) => m.text === mention.text).length;
      foundMentions += Math.min(n, mention.count);
      if (n !== mention.count) problems.push(`${person.name}: «${mention.text}» found ${n}×, gold ${mention.count}×`);
    }
    const role = mine.find((m) => m.role)?.role;
    if (role && fold(role) === fold(person.role_in_text)) rolesRight++;
    else problems.push(`${person.name}: role «${role ?? ''}», gold «${person.role_in_text}»`);
  }
  const falsePeople = [...new Set(a.people.filter((m) => !goldNames.has(fold(m.name))).map((m) => m.text))];
  for (const p of falsePeople) problems.push(`false person: «${p}»`);

  let exact = 0;
  for (const g of gold.claims) {
    const c = a.claims.find((c) => c.text.includes(g.text) && c.value === g.value);
    if (!c) {
      problems.push(`claim «${g.text}» (${g.value}) not found`);
      continue;
    }
    const wrong: string[] = [];
    if (!c.unit || !fold(c.unit).includes(fold(g.counted))) wrong.push(`unit «${c.unit ?? ''}» vs «${g.counted}»`);
    if (c.qualifier !== goldQualifier(g.qualifier)) wrong.push(`qualifier ${c.qualifier} vs ${goldQualifier(g.qualifier)}`);
    if (g.source && (!c.source || !fold(c.source).includes(fold(g.source)))) wrong.push(`source «${c.source ?? ''}» vs «${g.source}»`);
    if (g.as_of && (!c.asOf || !fold(c.asOf).includes(fold(g.as_of)))) wrong.push(`asOf «${c.asOf ?? ''}» vs «${g.as_of}»`);
    if (g.kind && c.kind !== g.kind) wrong.push(`kind ${c.kind} vs ${g.kind}`);
    if (wrong.length) problems.push(`claim «${g.text}»: ${wrong.join('; ')}`);
    else exact++;
  }
  const falseClaims: string[] = [];
  for (const nc of gold.not_claims) {
    for (let i = text.indexOf(nc); i >= 0; i = text.indexOf(nc, i + 1)) {
      const hit = a.claims.find((c) => c.start < i + nc.length && i < c.end);
      if (hit) falseClaims.push(`${hit.text} (in «${nc}»)`);
    }
  }
  for (const f of falseClaims) problems.push(`date/non-claim reported: ${f}`);

  const found = gold.terms.filter((t) => a.terms.some((h) => h.id === t.id)).map((t) => t.id);
  const missing = gold.terms.filter((t) => !found.includes(t.id)).map((t) => t.id);
  for (const m of missing) problems.push(`term ${m} not found`);
  return {
    problems,
    body,
    people: { expectedMentions, foundMentions, rolesRight, falsePeople },
    claims: { expected: gold.claims.length, exact, falseClaims },
    terms: { expected: gold.terms.length, found, missing },
  };
}
