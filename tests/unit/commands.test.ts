import { describe, expect, it } from 'vitest';
import enMessages from '../../public/_locales/en/messages.json';
import arMessages from '../../public/_locales/ar/messages.json';
import { manifestCommands, parseStepCommand } from '../../utils/commands';

describe('keyboard commands', () => {
  it('reads step commands for all highlights and for one kind', () => {
    expect(parseStepCommand('next-highlight')).toEqual({ direction: 1 });
    expect(parseStepCommand('previous-claim')).toEqual({ direction: -1, kind: 'claim' });
    expect(parseStepCommand('toggle-highlights')).toBeUndefined();
    expect(parseStepCommand('next-everything')).toBeUndefined();
  });

  it('suggests at most four keys (Chrome refuses more) and describes every command in both languages', () => {
    const commands = manifestCommands();
    expect(Object.values(commands).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
    for (const [name, c] of Object.entries(commands)) {
      const key = /^__MSG_(\w+)__$/.exec(c.description)?.[1];
      expect(key, name).toBeDefined();
      expect((enMessages as Record<string, unknown>)[key!], `en ${key}`).toBeDefined();
      expect((arMessages as Record<string, unknown>)[key!], `ar ${key}`).toBeDefined();
      if (name !== 'toggle-highlights') expect(parseStepCommand(name), name).toBeDefined();
    }
  });
});
