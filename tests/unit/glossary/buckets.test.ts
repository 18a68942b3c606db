import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../core/glossary';
import { BucketedTrie, matchTokens } from '../../../core/glossary/matcher';
import { ARABIC_BUCKET, aliasBucket, tokenBucket, tokenize } from '../../../core/glossary/normalise';
import type { GlossaryEntry, GlossaryFile } from '../../../core/glossary/schema';

/** Hand-written entries whose aliases start with every kind of first character the buckets split on. */
function entry(id: string, ar: string[], en: string[]): GlossaryEntry {
  return { id, category: 'organisation', title: { ar: id, en: id }, note: { ar: 'ملاحظة.', en: 'A note.' }, aliases: { ar, en } };
}

const ENTRIES: GlossaryEntry[] = [
  entry('nato', ['الناتو', 'حلف شمال الأطلسي'], ['NATO', 'North Atlantic Treaty Organization']),
  entry('elysee', ['الإليزيه'], ['Élysée']),
  entry('telegram', ['تيليغرام'], ['Telegram']),
  entry('borders-1967', ['حدود 1967'], ['1967 borders']),
  entry('g7', ['مجموعة السبع'], ['G7']),
];
const FILE: GlossaryFile = { version: 1, domain: 'test', entries: ENTRIES };

const MIXED = 'قال الناتو إن Telegram ليس طرفا. NATO and the Elysee spoke of the 1967 borders and حدود ١٩٦٧ at the G7.';

describe('glossary trie buckets', () => {
  it('puts a text token in the bucket of the alias it can match, whatever its case, accents or digits', () => {
    const bucketOf = (s: string) => tokenBucket(tokenize(s)[0]!);
    expect(bucketOf('nato')).toBe(aliasBucket('NATO'));
    expect(bucketOf('Nato')).toBe(aliasBucket('North Atlantic Treaty Organization'));
    expect(bucketOf('ELYSEE')).toBe(aliasBucket('Élysée'));
    expect(bucketOf('elysée')).toBe(aliasBucket('Élysée'));
    expect(bucketOf('١٩٦٧')).toBe(aliasBucket('1967 borders'));
    expect(bucketOf('وللناتو')).toBe(ARABIC_BUCKET);
    expect(aliasBucket('الناتو')).toBe(ARABIC_BUCKET);
    expect(aliasBucket(' - ')).toBeUndefined();
  });

  it('compiles only the buckets a text needs', () => {
    const trie = new BucketedTrie(ENTRIES);
    expect(matchTokens(trie, 'NATO met.').map((m) => m.id)).toEqual(['nato']);
    expect(trie.compiledBuckets()).not.toContain(ARABIC_BUCKET);
    expect(matchTokens(trie, 'قال الناتو').map((m) => m.id)).toEqual(['nato']);
    expect(trie.compiledBuckets()).toContain(ARABIC_BUCKET);
    expect(trie.compiledBuckets()).not.toContain(aliasBucket('Telegram'));
  });

  it('gives the same matches for a mixed-script text whatever was compiled before', () => {
    const expected = createGlossary([FILE]).match(MIXED, 'ar');
    expect(expected.map((m) => m.id)).toEqual(['nato', 'telegram', 'nato', 'elysee', 'borders-1967', 'borders-1967', 'g7']);
    const warmedEnglish = createGlossary([FILE]);
    warmedEnglish.match('The Elysee and Telegram', 'en');
    expect(warmedEnglish.match(MIXED, 'en')).toEqual(expected);
    const warmedArabic = createGlossary([FILE]);
    warmedArabic.match('حلف شمال الأطلسي', 'ar');
    expect(warmedArabic.match(MIXED, 'ar')).toEqual(expected);
  });
});
