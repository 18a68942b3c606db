import { describe, expect, it } from 'vitest';
import {
  createUserNotesStore,
  MAX_NOTE_CHARS,
  MAX_NOTES,
  parseUserNotesFile,
  personNoteKey,
  termNoteKey,
  USER_NOTES_FORMAT,
  type UserNotes,
} from '../../../utils/user-notes';
import { FakeItem } from './fake-item';

const NOW = Date.UTC(2026, 0, 15, 12);
const note = (text: string, label = 'x', updatedAt = NOW) => ({ text, label, updatedAt });
const file = (notes: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: USER_NOTES_FORMAT, version: 1, exportedAt: '2026-01-15T12:00:00.000Z', notes, ...extra });

describe('note keys', () => {
  it('keys terms by id and people by folded, lower-cased name', () => {
    expect(termNoteKey('new-start')).toBe('term:new-start');
    expect(personNoteKey('أوباما')).toBe(personNoteKey('اوباما'));
    expect(personNoteKey('  Jane   DOE ')).toBe('person:jane doe');
    expect(personNoteKey('دِمِتري بيسكوف')).toBe(personNoteKey('دمتري بيسكوف'));
    expect(personNoteKey('فاطمة')).toBe('person:فاطمه');
  });
});

describe('user notes store', () => {
  it('saves, reads, edits and removes a note; blank text removes', async () => {
    const item = new FakeItem<UserNotes>();
    const store = createUserNotesStore(item, () => NOW);
    await store.save('term:nato', 'NATO', '  Check the 2024 summit.  ');
    expect(await store.all()).toEqual({ 'term:nato': note('Check the 2024 summit.', 'NATO') });
    await store.save('term:nato', 'NATO', 'Edited');
    expect((await store.all())['term:nato']!.text).toBe('Edited');
    await store.save(personNoteKey('Jane Doe'), 'Jane Doe', 'Minister');
    await store.save('term:nato', 'NATO', '   ');
    expect(Object.keys(await store.all())).toEqual(['person:jane doe']);
    await store.remove('person:jane doe');
    expect(await store.all()).toEqual({});
    await expect(store.save('nonsense', 'x', 'y')).rejects.toThrow();
  });

  it('cuts over-long notes at the limit', async () => {
    const item = new FakeItem<UserNotes>();
    const store = createUserNotesStore(item, () => NOW);
    await store.save('term:nato', 'NATO', 'a'.repeat(MAX_NOTE_CHARS + 50));
    expect(item.value!['term:nato']!.text.length).toBe(MAX_NOTE_CHARS);
  });

  it('exports a versioned file that imports back into an empty store', async () => {
    const source = createUserNotesStore(new FakeItem<UserNotes>({ 'term:nato': note('A', 'NATO'), 'person:أحمد سالم': note('B', 'أحمد سالم') }), () => NOW);
    const text = await source.exportText();
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'gloss-user-notes', version: 1, exportedAt: '2026-01-15T12:00:00.000Z' });
    const target = new FakeItem<UserNotes>({ 'term:imf': note('keep me', 'IMF'), 'term:nato': note('old', 'NATO') });
    const result = await createUserNotesStore(target).importText(text);
    expect(result).toEqual({ ok: true, added: 2 });
    expect(target.value).toEqual({ 'term:imf': note('keep me', 'IMF'), 'term:nato': note('A', 'NATO'), 'person:أحمد سالم': note('B', 'أحمد سالم') });
  });
});

describe('import validation: a malformed file is refused and changes nothing', () => {
  const cases: Array<[string, string, string]> = [
    ['not JSON', '{"format": "gloss-user-notes", ', 'not-json'],
    ['empty file', '', 'not-json'],
    ['a JSON array', '[]', 'wrong-format'],
    ['another format', file({}, { format: 'something-else' }), 'wrong-format'],
    ['notes as an array', file([note('a')]), 'wrong-format'],
    ['a missing version', JSON.stringify({ format: USER_NOTES_FORMAT, notes: {} }), 'wrong-version'],
    ['a future version', file({}, { version: 2 }), 'wrong-version'],
    ['a version as text', file({}, { version: '1' }), 'wrong-version'],
    ['a key of unknown kind', file({ 'place:cairo': note('a') }), 'bad-note'],
    ['a malformed term id', file({ 'term:New START': note('a') }), 'bad-note'],
    ['an empty person name', file({ 'person:': note('a') }), 'bad-note'],
    ['a __proto__ key', '{"format":"gloss-user-notes","version":1,"notes":{"__proto__":{"text":"a","label":"b","updatedAt":1}}}', 'bad-note'],
    ['text too long', file({ 'term:nato': note('a'.repeat(MAX_NOTE_CHARS + 1)) }), 'bad-note'],
    ['label too long', file({ 'term:nato': note('a', 'b'.repeat(MAX_NOTE_CHARS + 1)) }), 'bad-note'],
    ['empty text', file({ 'term:nato': note('   ') }), 'bad-note'],
    ['text not a string', file({ 'term:nato': { text: 5, label: 'x', updatedAt: 1 } }), 'bad-note'],
    ['a missing label', file({ 'term:nato': { text: 'a', updatedAt: 1 } }), 'bad-note'],
    ['a negative time', file({ 'term:nato': note('a', 'x', -1) }), 'bad-note'],
    ['a fractional time', file({ 'term:nato': note('a', 'x', 1.5) }), 'bad-note'],
    ['an extra field', file({ 'term:nato': { ...note('a'), html: '<b>' } }), 'bad-note'],
    ['a note that is a string', file({ 'term:nato': 'a' }), 'bad-note'],
  ];
  for (const [name, text, code] of cases) {
    it(`refuses ${name} (${code})`, async () => {
      const before: UserNotes = { 'term:imf': note('mine', 'IMF') };
      const item = new FakeItem<UserNotes>(structuredClone(before));
      const result = await createUserNotesStore(item).importText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe(code);
      expect(item.writes).toEqual([]);
      expect(item.value).toEqual(before);
    });
  }

  it('refuses more than 10,000 notes, in the file or after merging', async () => {
    const many: UserNotes = {};
    for (let i = 0; i <= MAX_NOTES; i++) many[`person:p${i}`] = note('a');
    expect(parseUserNotesFile(file(many))).toEqual({ ok: false, error: { code: 'too-many', count: MAX_NOTES + 1 } });

    const half = (from: number): UserNotes => Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`person:p${from + i}`, note('a')]));
    const item = new FakeItem<UserNotes>(half(0));
    const result = await createUserNotesStore(item).importText(file(half(100_000)));
    expect(result).toEqual({ ok: false, error: { code: 'too-many', count: 12_000 } });
    expect(item.writes).toEqual([]);
  });

  it('shortens a hostile key in the error', () => {
    const result = parseUserNotesFile(file({ [`place:${'x'.repeat(4000)}`]: note('a') }));
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === 'bad-note') expect(result.error.key.length).toBeLessThanOrEqual(60);
  });

  it('accepts exactly the limits', () => {
    const ok = parseUserNotesFile(file({ 'term:nato': note('a'.repeat(MAX_NOTE_CHARS), 'b'.repeat(MAX_NOTE_CHARS), 0), 'person:jane doe': note('x') }));
    expect(ok.ok).toBe(true);
  });
});
