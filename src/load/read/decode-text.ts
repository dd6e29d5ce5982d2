/**
 * Public API: turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, or legacy
 * Windows-1256 Arabic, detected; binary data and undecodable bytes are refused with a reason.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' }
  | { ok: false; code: 'BINARY_FILE' | 'UNDECODABLE'; message: string };

const ARABIC_LETTER = /[\u0621-\u064A]/g;
// C0 controls other than tab, line feed, vertical tab... carriage return and form feed count as binary noise.
const isControl = (c: number): boolean => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d;

function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) n++;
  return n;
}

/** Given raw bytes, returns the decoded text and its encoding, or why it cannot be read as text. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    return { ok: false, code: 'BINARY_FILE', message: 'contains NUL bytes: a binary file, or UTF-16 without a byte-order mark' };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), 'utf-8');
  } catch {
    // Not UTF-8: the only legacy encoding Arabic news sites still serve is Windows-1256.
  }
  const guess = chardet.detect(bytes);
  const legacy = iconv.decode(Buffer.from(bytes), 'windows-1256');
  const letters = legacy.match(ARABIC_LETTER)?.length ?? 0;
  if (guess === 'windows-1256' || guess === 'ISO-8859-6' || letters / Math.max(1, legacy.length) > 0.3) {
    return checked(legacy, 'windows-1256');
  }
  return {
    ok: false,
    code: 'UNDECODABLE',
    message: `not valid UTF-8, UTF-16 with BOM or Windows-1256 Arabic (looks like ${guess ?? 'unknown'}); re-save it as UTF-8`,
  };
}

function checked(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256'): DecodeResult {
  const controls = text.length > 0 ? countControls(text) / text.length : 0;
  if (controls > 0.05) {
    return { ok: false, code: 'BINARY_FILE', message: `${Math.round(controls * 100)}% control characters: not a text article` };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding };
}
