/**
 * The claims tokenizer is a hand-written scanner for speed; TOKEN_SPEC (the regex it replaced) is
 * its specification. These tests hold the two together: same character classes for every BMP
 * unit, and the same tokens on mixed-script text.
 */
import { describe, expect, it } from 'vitest';
import { TOKEN_SPEC, tokenize, type Token } from '../../../core/claims/tokens';
import { foldArabic } from '../../../core/text/arabic';
import { asciiDigits } from '../../../core/text/digits';

/** The regex tokenizer, as it was: the reference the scanner must reproduce exactly. */
function referenceTokenize(text: string): Token[] {
  const re = new RegExp(TOKEN_SPEC.source, 'g');
  const ascii = asciiDigits(text);
  const out: Token[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ascii))) {
    const start = m.index;
    const end = start + m[0].length;
    const raw = text.slice(start, end);
    let type: Token['type'];
    let norm: string;
    if (m[1]) [type, norm] = ['num', m[1]];
    else if (m[2]) [type, norm] = ['word', m[2].toLowerCase()];
    else if (m[3]) [type, norm] = ['word', foldArabic(m[3]) || m[3]];
    else [type, norm] = ['sym', m[0]];
    out.push({ type, start, end, text: raw, norm, gap: text.slice(last, start) });
    last = end;
  }
  return out;
}

describe('claims tokenizer', () => {
  it('classifies every BMP code unit as the specification does', () => {
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      // "a" + ch + "a" shows whether ch is a gap, a symbol or joins the word around it.
      for (const probe of [`a${ch}a`, `ب${ch}ب`, `1${ch}1`]) {
        const got = JSON.stringify(tokenize(probe));
        const want = JSON.stringify(referenceTokenize(probe));
        if (got !== want) mismatches.push(c.toString(16));
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('gives the same tokens, norms and gaps on mixed text', () => {
    const samples = [
      'قال المتحدثُ إنّ ١٬٥٥٠ رأسًا حربيًّا — و700 صاروخ، بحلول مارس/آذار 2026.',
      'US$1.68 billion to $1.72 billion, up 0.3% (about 5,000 people)\u202A,\u202A52\n\nNext ۱۲۳۴ line',
      'ـــالإمارات\u200Fوالأردن ٣٫٥٪ 12e-3 «اقتباس» 😀 Élysée naïve ×÷ ٠,٠٨',
      '',
      '   \t\n',
      'ًٌٍ ـ', // marks only: the token keeps its own text as norm
    ];
    for (const s of samples) expect(tokenize(s)).toEqual(referenceTokenize(s));
  });

  it('matches the reference on random strings over the interesting ranges', () => {
    const pool = ['a', 'Z', 'é', '×', '5', '٣', '۷', 'ا', 'أ', 'ة', 'ى', 'ـ', 'َ', 'ّ', 'ٰ', 'ۖ', ' ', '\n', '\u00A0', '\u200F', '\u202B', '\u061C', '-', '%', '.', '،', '\uD83D', '\uDE00'];
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = 1 + Math.floor(rand() * 30);
      for (let k = 0; k < len; k++) s += pool[Math.floor(rand() * pool.length)];
      expect(tokenize(s)).toEqual(referenceTokenize(s));
    }
  });
});
