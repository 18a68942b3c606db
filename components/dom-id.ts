/**
 * Element ids derived from item keys. Keys hold names with spaces and any script, which are not
 * usable in IDREF lists (aria-controls), so they are hashed (FNV-1a, 32 bit) into a safe token.
 */
export function domId(prefix: string, key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${prefix}-${(h >>> 0).toString(36)}`;
}
