/**
 * Golden test on the seed article body (../shared/seed): its six claims exactly as the gold gives
 * them, and none of its nine non-claims. Skips, with a printed reason, when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../core/claims';

const SEED = path.resolve(process.cwd(), '../shared/seed/article-ar.txt');
const GOLD = path.resolve(process.cwd(), '../shared/seed/article-ar.gold.json');
const present = existsSync(SEED) && existsSync(GOLD);
if (!present) console.log(`claims seed golden test skipped: ${SEED} is absent (shared data lives outside the repo)`);

interface GoldClaim {
  text: string;
  value: number;
  counted: string;
  qualifier?: string;
  source?: string;
  as_of?: string;
  kind?: string;
}

const QUALIFIER: Record<string, string> = { 'at most': 'at-most', 'up to': 'up-to', 'at least': 'at-least', about: 'about' };

describe.skipIf(!present)('seed article claims (golden)', () => {
  const raw = present ? readFileSync(SEED, 'utf8') : '';
  const gold = present ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { claims: GoldClaim[]; not_claims: string[] }) : { claims: [], not_claims: [] };
  const start = raw.indexOf('أعلن المتحدث باسم الكرملين');
  const endMark = 'نسبيًا.';
  const body = raw.slice(start, raw.indexOf(endMark, start) + endMark.length);
  const claims = present ? detectClaims(body, 'ar') : [];

  it('finds exactly the six gold claims', () => {
    expect(claims.map((c) => c.text)).toHaveLength(gold.claims.length);
  });

  for (const g of gold.claims) {
    it(`claim ${g.text}`, () => {
      const at = body.indexOf(g.text);
      const c = claims.find((x) => x.start <= at && x.end >= at + g.text.length);
      expect(c, `no claim covers "${g.text}"`).toBeDefined();
      expect(c!.value).toBe(g.value);
      expect(c!.unit).toBe(g.counted);
      const q = g.qualifier ? Object.entries(QUALIFIER).find(([k]) => g.qualifier!.startsWith(k))?.[1] : undefined;
      expect(c!.qualifier).toBe(q);
      expect(c!.source).toBe(g.source);
      expect(c!.asOf).toBe(g.as_of);
      if (g.kind) expect(c!.kind).toBe(g.kind);
    });
  }

  it('reports none of the non-claims, on the whole page too', () => {
    for (const text of [body, raw]) {
      const all = detectClaims(text, 'ar');
      for (const n of gold.not_claims) {
        for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length)) {
          expect(all.find((c) => c.start < at + n.length && c.end > at), `non-claim "${n}" reported`).toBeUndefined();
        }
      }
    }
  });
});
