/**
 * Internal: deterministic short ids from strings (two 32-bit FNV-1a hashes with different offsets, in hex), so
 * that extracting the same article twice gives the same claim and incident ids.
 */

const PRIME = 0x01000193;

function fnv1a(text: string, offset: number): number {
  let h = offset;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, PRIME);
  }
  return h >>> 0;
}

/** Given parts (joined with a separator), returns a 16-hex-digit hash of them. */
export function hashId(...parts: readonly (string | number | null)[]): string {
  const text = parts.map((p) => String(p ?? '')).join('\u241f'); // SYMBOL FOR UNIT SEPARATOR
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f));
}
