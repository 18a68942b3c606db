import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../core/glossary';
import type { GlossaryEntry, GlossaryFile } from '../../../core/glossary/schema';

/** A small hand-written glossary, so these tests pin the matcher's rules, not the data. */
function entry(id: string, ar: string[], en: string[], ambiguous?: string[]): GlossaryEntry {
  return {
    id,
    category: 'organisation',
    title: { ar: id, en: id },
    note: { ar: 'ملاحظة.', en: 'A note.' },
    aliases: { ar, en },
    ...(ambiguous ? { ambiguous } : {}),
  };
}

const FIXTURE: GlossaryFile = {
  version: 1,
  domain: 'test',
  entries: [
    entry('nato', ['حلف شمال الأطلسي', 'الناتو', 'حلف الناتو'], ['NATO', 'Nato', 'North Atlantic Treaty Organization']),
    entry('warhead', ['رأس حربي', 'رأس نووي'], ['warhead', 'nuclear warhead']),
    entry('fas', ['اتحاد العلماء الأمريكيين'], ['Federation of American Scientists']),
    entry('opec', ['أوبك'], ['OPEC']),
    entry('opec-plus', ['أوبك+', 'أوبك بلس'], ['OPEC+']),
    entry('kremlin', ['الكرملين'], ['Kremlin']),
    entry('white-house', ['البيت الأبيض'], ['White House']),
    entry('state-department', ['وزارة الخارجية الأمريكية'], ['State Department', 'U.S. State Department']),
    entry('un', ['الأمم المتحدة'], ['United Nations', 'UN']),
    entry('unsc', ['مجلس الأمن الدولي', 'مجلس الأمن'], ['UN Security Council', 'Security Council']),
    entry('economist', ['الإيكونوميست'], ['The Economist']),
    entry('elysee', ['الإليزيه'], ['Élysée']),
    entry('icbm', ['صاروخ باليستي عابر للقارات'], ['ICBM', 'intercontinental ballistic missile']),
    entry('icc', ['المحكمة الجنائية الدولية'], ['International Criminal Court', 'ICC'], ['ICC']),
    entry('cricket', ['المجلس الدولي للكريكيت'], ['International Cricket Council', 'ICC'], ['ICC']),
    entry('res-1701', ['القرار 1701'], ['Resolution 1701']),
  ],
};

const g = createGlossary([FIXTURE]);
const found = (text: string, lang = 'ar') => g.match(text, lang).map((m) => [m.id, m.text]);

describe('glossary matcher: Arabic', () => {
  it('peels proclitics and keeps them out of the span', () => {
    expect(found('وحلف شمال الأطلسي يجتمع')).toEqual([['nato', 'حلف شمال الأطلسي']]);
    expect(found('انضمامها للناتو')).toEqual([['nato', 'ناتو']]);
    expect(found('والناتو وبالناتو فالكرملين وللكرملين')).toEqual([
      ['nato', 'الناتو'], ['nato', 'الناتو'], ['kremlin', 'الكرملين'], ['kremlin', 'كرملين'],
    ]);
  });

  it('folds diacritics, tatweel, hamza forms and spelling variants', () => {
    expect(found('قال الكرمـــلين')).toEqual([['kremlin', 'الكرمـــلين']]);
    expect(found('حِلْفُ شَمالِ الاطلسى')).toEqual([['nato', 'حِلْفُ شَمالِ الاطلسى']]);
    // "الأميركيين" and "الأمريكيين" are both standard spellings.
    expect(found('وفقاً لاتحاد العلماء الأميركيين.')).toEqual([['fas', 'اتحاد العلماء الأميركيين']]);
  });

  it('matches accusative forms with tanwin ("رأسًا حربيًا", "رأساً حربياً")', () => {
    expect(found('نشر 1550 رأسًا حربيًا نوويًا و5580 رأساً حربياً')).toEqual([
      ['warhead', 'رأسًا حربيًا'], ['warhead', 'رأساً حربياً'],
    ]);
  });

  it('needs whole words: no match inside a longer word', () => {
    expect(found('الكرملينية والبيت الأبيضين')).toEqual([]);
    expect(found('مناتو')).toEqual([]);
  });

  it('prefers the longest alias and never overlaps', () => {
    expect(found('مجلس الأمن الدولي ومجلس الأمن')).toEqual([
      ['unsc', 'مجلس الأمن الدولي'], ['unsc', 'مجلس الأمن'],
    ]);
    expect(found('قرار أوبك+ وأوبك بلس وأوبك')).toEqual([
      ['opec-plus', 'أوبك+'], ['opec-plus', 'أوبك بلس'], ['opec', 'أوبك'],
    ]);
  });

  it('reads Arabic-Indic digits as digits', () => {
    expect(found('نص القرار ١٧٠١ على')).toEqual([['res-1701', 'القرار ١٧٠١']]);
  });

  it('does not match across a line or block break', () => {
    expect(found('البيت\n\nالأبيض')).toEqual([]);
  });

  it('finds Latin names inside Arabic text', () => {
    expect(found('في تحديث على منصة NATO اليوم')).toEqual([['nato', 'NATO']]);
  });
});

describe('glossary matcher: English', () => {
  it('matches acronyms only in their own case', () => {
    expect(found("NATO's chief met Nato envoys; nato is not matched", 'en')).toEqual([
      ['nato', 'NATO'], ['nato', 'Nato'],
    ]);
    expect(found('the UN said; un-finished', 'en')).toEqual([['un', 'UN']]);
  });

  it('requires a capital for capitalised names, so common nouns do not match', () => {
    expect(found('a white house by the sea', 'en')).toEqual([]);
    expect(found('The White House and the WHITE HOUSE', 'en')).toEqual([
      ['white-house', 'White House'], ['white-house', 'WHITE HOUSE'],
    ]);
    expect(found('a kremlin watcher at the Kremlin', 'en')).toEqual([['kremlin', 'Kremlin']]);
  });

  it('handles plurals, possessives and small words inside names', () => {
    expect(found('Russia has more nuclear warheads; ICBMs too', 'en')).toEqual([
      ['warhead', 'nuclear warheads'], ['icbm', 'ICBMs'],
    ]);
    // A plural may only end a name: "States Department" is not the State Department.
    expect(found('the United States Department of Agriculture', 'en')).toEqual([]);
    expect(found("the Kremlin's view, per the Economist", 'en')).toEqual([
      ['kremlin', 'Kremlin'], ['economist', 'the Economist'],
    ]);
  });

  it('keeps punctuation inside names and hyphen/space variants equal', () => {
    expect(found('the U.S. State Department said', 'en')).toEqual([['state-department', 'U.S. State Department']]);
    expect(found('OPEC+ and OPEC met', 'en')).toEqual([['opec-plus', 'OPEC+'], ['opec', 'OPEC']]);
    expect(found('intercontinental-ballistic missile', 'en')).toEqual([['icbm', 'intercontinental-ballistic missile']]);
  });

  it('folds accents', () => {
    expect(found('the Elysee and the Élysée', 'en')).toEqual([['elysee', 'Elysee'], ['elysee', 'Élysée']]);
  });

  it('prefers the longest alias', () => {
    expect(found('the UN Security Council and the Security Council', 'en')).toEqual([
      ['unsc', 'UN Security Council'], ['unsc', 'Security Council'],
    ]);
  });

  it('resolves a shared alias by the entry the text also names', () => {
    expect(found('The ICC ruled. The International Criminal Court sits in The Hague.', 'en')).toEqual([
      ['icc', 'ICC'], ['icc', 'International Criminal Court'],
    ]);
    expect(found('The International Cricket Council (ICC) met.', 'en')).toEqual([
      ['cricket', 'International Cricket Council'], ['cricket', 'ICC'],
    ]);
  });
});

describe('glossary matcher: spans and API', () => {
  it('returns spans that slice the original text', () => {
    const text = 'قال الكرملين إن حلف شمال الأطلسي (الناتو) والبيت الأبيض...';
    const matches = g.match(text, 'ar');
    expect(matches.length).toBe(4);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    const starts = matches.map((m) => m.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('exposes entries and size', () => {
    expect(g.size).toBe(FIXTURE.entries.length);
    expect(g.entry('nato')?.aliases.en).toContain('NATO');
    expect(g.entry('missing')).toBeUndefined();
  });

  it('returns nothing for empty or term-free text', () => {
    expect(g.match('', 'en')).toEqual([]);
    expect(g.match('Nothing to see here, 123.', 'en')).toEqual([]);
  });
});
