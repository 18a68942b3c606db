import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../core/claims';
import { CASES } from './cases';

describe('detectClaims on hand-written news sentences', () => {
  for (const c of CASES) {
    it(`${c.lang}: ${c.name}`, () => {
      const got = detectClaims(c.text, c.lang);
      // Contract: spans slice the input, sorted, non-overlapping.
      for (let i = 0; i < got.length; i++) {
        expect(got[i]!.text).toBe(c.text.slice(got[i]!.start, got[i]!.end));
        if (i) expect(got[i]!.start).toBeGreaterThanOrEqual(got[i - 1]!.end);
      }
      const picked = got.map((g) => {
        const o: Record<string, unknown> = {};
        for (const k of ['text', 'value', 'valueMax', 'unit', 'kind', 'qualifier', 'source', 'asOf']) o[k] = (g as unknown as Record<string, unknown>)[k];
        return o;
      });
      expect(picked.length, JSON.stringify(picked)).toBe(c.claims.length);
      c.claims.forEach((e, i) => {
        const g = picked[i]!;
        for (const [k, v] of Object.entries(e)) expect(g[k], `${k} of claim ${i}: ${JSON.stringify(g)}`).toEqual(v);
        // Fields the case leaves out must be absent when they are qualifier/source/asOf.
        for (const k of ['qualifier', 'source', 'asOf', 'valueMax'] as const) if (!(k in e)) expect(g[k], `${k} of ${JSON.stringify(g)}`).toBeUndefined();
      });
      for (const s of c.none ?? []) {
        let from = 0;
        for (let at = c.text.indexOf(s, from); at >= 0; at = c.text.indexOf(s, from)) {
          const hit = got.find((g) => g.start < at + s.length && g.end > at);
          expect(hit, `"${s}" reported as a claim`).toBeUndefined();
          from = at + s.length;
        }
      }
    });
  }
});
