import { describe, expect, it } from 'vitest';

describe('side panel tab parameter', () => {
  it('reads ?tab=<id> and ignores anything else', async () => {
    // use-page-state imports WXT's browser at module level; only the pure parser is under test.
    const { fixedTabFromLocation } = await import('../../../entrypoints/sidepanel/tab-param');
    expect(fixedTabFromLocation('?tab=42')).toBe(42);
    expect(fixedTabFromLocation('?tab=abc')).toBeUndefined();
    expect(fixedTabFromLocation('?tab=-1')).toBeUndefined();
    expect(fixedTabFromLocation('')).toBeUndefined();
  });
});
