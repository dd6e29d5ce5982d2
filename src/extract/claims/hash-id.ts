/**
 * Internal: deterministic short ids from strings (64-bit FNV-1a in hex), so that extracting the same article
 * twice gives the same claim and incident ids.
 */

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** Given parts (joined with a separator), returns a 16-hex-digit hash of them. */
export function hashId(...parts: readonly (string | number | null)[]): string {
  let h = OFFSET;
  const text = parts.map((p) => String(p ?? '')).join('\u241f'); // SYMBOL FOR UNIT SEPARATOR
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * PRIME) & MASK;
  }
  return h.toString(16).padStart(16, '0');
}
