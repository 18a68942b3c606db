import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPeople } from '../../../core/people';

const SHARED = path.resolve(process.cwd(), '../shared/seed');
const TEXT = path.join(SHARED, 'article-ar.txt');
const GOLD = path.join(SHARED, 'article-ar.gold.json');
const present = existsSync(TEXT) && existsSync(GOLD);
if (!present) console.log(`people seed test skipped: ${SHARED} is absent`);

interface SeedGold {
  article: { body_starts_with: string; body_ends_with: string; not_body: string[] };
  people: Array<{ name: string; role_in_text: string; mentions: Array<{ text: string; count: number }> }>;
}

describe.skipIf(!present)('seed article people (golden)', () => {
  const load = () => {
    const raw = readFileSync(TEXT, 'utf8');
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as SeedGold;
    const start = raw.indexOf(gold.article.body_starts_with);
    const end = raw.indexOf(gold.article.body_ends_with) + gold.article.body_ends_with.length;
    // The body as the article finder hands it over: the not-body lines (a related link) left out.
    const body = raw
      .slice(start, end)
      .split('\n')
      .filter((line) => !gold.article.not_body.includes(line.trim()))
      .join('\n');
    return { body, gold };
  };

  it('finds the six people, every mention, with their roles, and no one else', () => {
    const { body, gold } = load();
    const found = detectPeople(body, 'ar');
    for (const m of found) expect(body.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(found.map((m) => m.name))).toEqual(new Set(gold.people.map((p) => p.name)));
    for (const person of gold.people) {
      const mine = found.filter((m) => m.name === person.name);
      for (const mention of person.mentions) {
        expect(mine.filter((m) => m.text === mention.text)).toHaveLength(mention.count);
      }
      expect(mine).toHaveLength(person.mentions.reduce((s, m) => s + m.count, 0));
      for (const m of mine) expect(m.role).toBe(person.role_in_text);
    }
  });
});
