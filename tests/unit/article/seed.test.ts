import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle, plainTextToHtml } from '../../../core/article';
import { TextIndex } from '../../../core/text/text-index';

const SEED = path.resolve(process.cwd(), '../shared/seed/article-ar.txt');
const GOLD = path.resolve(process.cwd(), '../shared/seed/article-ar.gold.json');
const present = existsSync(SEED) && existsSync(GOLD);
if (!present) console.log(`seed article test skipped: ${SEED} not found (../shared is not part of the repo)`);

describe.skipIf(!present)('the seed article as plain text', () => {
  it('finds the gold body, title, language and direction', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as {
      article: { title: string; body_starts_with: string; body_ends_with: string; not_body: string[] };
    };
    const doc = parseHTML(plainTextToHtml(readFileSync(SEED, 'utf8'))).document as unknown as Document;
    const body = findArticle(doc)!;
    expect(body).not.toBeNull();
    const text = TextIndex.fromBlocks(body.blocks, { skip: body.skip }).text;
    expect(text.startsWith(gold.article.body_starts_with)).toBe(true);
    expect(text.endsWith(gold.article.body_ends_with)).toBe(true);
    for (const line of gold.article.not_body) expect(text, line).not.toContain(line.trim());
    expect(body.title).toBe(gold.article.title);
    expect(body.lang).toBe('ar');
    expect(body.dir).toBe('rtl');
  });
});
