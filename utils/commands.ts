/**
 * Keyboard commands. Chrome lets a manifest suggest at most four keys, so the per-kind steps come
 * without one: the reader binds them on the browser's shortcuts page, and the panel lists them.
 */
import type { ItemKind } from '../core/panel-model';

export interface StepCommand {
  direction: 1 | -1;
  kind?: ItemKind;
}

const KINDS: readonly ItemKind[] = ['person', 'claim', 'term'];

/** "next-highlight" -> all kinds forward; "previous-claim" -> claims backward. */
export function parseStepCommand(command: string): StepCommand | undefined {
  const m = /^(next|previous)-(highlight|person|claim|term)$/.exec(command);
  if (!m) return undefined;
  const direction = m[1] === 'next' ? 1 : -1;
  return m[2] === 'highlight' ? { direction } : { direction, kind: m[2] as ItemKind };
}

/** Manifest entries for the commands, described through _locales messages. */
export function manifestCommands(): Record<string, { suggested_key?: { default: string }; description: string }> {
  const commands: Record<string, { suggested_key?: { default: string }; description: string }> = {
    'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggle__' },
    'next-highlight': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNext__' },
    'previous-highlight': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandPrevious__' },
  };
  for (const kind of KINDS) {
    const Kind = kind[0]!.toUpperCase() + kind.slice(1);
    commands[`next-${kind}`] = { description: `__MSG_commandNext${Kind}__` };
    commands[`previous-${kind}`] = { description: `__MSG_commandPrevious${Kind}__` };
  }
  return commands;
}
