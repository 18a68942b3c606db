/**
 * The English unit regexes run without the `i` flag on text folded by foldUnitCase (compiling them
 * with /iu cost tens of milliseconds on a cold start). These tests check, over every code point,
 * that folded matching accepts exactly what /iu matching accepted.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../core/claims';
import { NOT_WORD_NEXT, foldUnitCase } from '../../../core/claims/units';

/** Every non-letter literal character the three unit patterns contain. */
const LITERALS = [' ', '\u00A0', '.', '-', '/', '²', '°', '(', '[', '{', '<', ')', ']', '}', '>', '2'];
const escape = (ch: string) => (/[.\/()[\]{}]/.test(ch) ? `\\${ch}` : ch);

describe('unit regexes without /i', () => {
  it('folding then matching a-z and μ agrees with /iu for every code point', () => {
    const caseless = /^[a-zμ]$/iu;
    const folded = /^[a-zμ]$/u;
    const bad: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      const f = foldUnitCase(ch);
      if (f.length !== ch.length || caseless.test(ch) !== folded.test(f)) bad.push(cp.toString(16));
    }
    expect(bad).toEqual([]);
  });

  it('the "no letter or digit next" lookahead agrees with /iu for every code point', () => {
    const caseless = /^(?![\p{L}\p{N}])/iu;
    const folded = new RegExp(`^${NOT_WORD_NEXT}`, 'u');
    const bad: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (caseless.test(ch) !== folded.test(foldUnitCase(ch))) bad.push(cp.toString(16));
    }
    expect(bad).toEqual([]);
  });

  it('no other character case-folds onto a literal of the patterns', () => {
    const bad: string[] = [];
    for (const lit of LITERALS) {
      const re = new RegExp(`^${escape(lit)}$`, 'iu');
      for (let c = 0; c < 0x10000; c++) if (re.test(String.fromCharCode(c)) && String.fromCharCode(c) !== lit) bad.push(`${lit}:${c.toString(16)}`);
    }
    expect(bad).toEqual([]);
  });

  it('reads units in any case and keeps them as written', () => {
    const [km] = detectClaims('The road is 5 KILOMETRES long.', 'en');
    expect(km).toMatchObject({ text: '5 KILOMETRES', value: 5, kind: 'measure', unit: 'KILOMETRES' });
    const [usd] = detectClaims('It cost 40 Australian Dollars in total.', 'en');
    expect(usd).toMatchObject({ value: 40, kind: 'money', unit: 'Australian Dollars' });
    const [days] = detectClaims('The talks lasted 3 Days.', 'en');
    expect(days).toMatchObject({ value: 3, kind: 'duration', unit: 'Days' });
  });
});
