/**
 * Public API: checks on the raw text before extraction: empty, not Arabic, control characters, too long.
 * Each problem is a diagnostic; the caller decides whether to go on.
 */
import { createDiagnostic, type Diagnostic } from '../diagnostics.ts';

/** The outcome of inspecting a text: the diagnostics, and the text to extract from (truncated when too long). */
export interface TextInspection {
  text: string;
  diagnostics: Diagnostic[];
  /** True when nothing can be extracted (empty, or no letters at all). */
  empty: boolean;
}

const MIN_ARABIC_SHARE = 0.3;
// C0 controls other than tab, line feed and carriage return, and DEL.
const isControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;

/** Given a text and the longest text to process, returns its diagnostics and the text to extract from. */
export function inspectText(raw: string, maxLength: number): TextInspection {
  const diagnostics: Diagnostic[] = [];
  let text = raw;
  if (text.length > maxLength) {
    diagnostics.push(
      createDiagnostic('TEXT_TRUNCATED', 'input', `text of ${raw.length} chars cut to ${maxLength}`, {
        span: { start: maxLength, end: raw.length },
      }),
    );
    text = text.slice(0, maxLength);
  }
  if (text.trim() === '') {
    diagnostics.push(
      createDiagnostic('EMPTY_TEXT', 'input', 'the article has no text', { severity: 'error' }),
    );
    return { text, diagnostics, empty: true };
  }
  let letters = 0;
  let arabic = 0;
  let control = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (control < 0 && isControl(c)) control = i;
    if (c >= 0x0621 && c <= 0x064a) {
      arabic++;
      letters++;
    } else if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c <= 0x24f) ||
      (c >= 0x0400 && c <= 0x04ff)
    ) {
      letters++;
    }
  }
  if (control >= 0) {
    diagnostics.push(
      createDiagnostic('CONTROL_CHARACTERS', 'input', 'the text holds control characters', {
        span: { start: control, end: control + 1 },
      }),
    );
  }
  if (letters === 0 || arabic / letters < MIN_ARABIC_SHARE) {
    diagnostics.push(
      createDiagnostic('NOT_ARABIC', 'input', `only ${arabic} of ${letters} letters are Arabic`, {
        severity: letters === 0 ? 'error' : 'warning',
      }),
    );
  }
  return { text, diagnostics, empty: letters === 0 && !/\d/.test(text) };
}
