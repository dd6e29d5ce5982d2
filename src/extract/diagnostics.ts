/**
 * Public API: expected problems found while extracting, collected as values on a stage's result and never
 * thrown (modelled on eemeli/yaml `src/errors.ts`).
 */
import type { Span } from './types.ts';

/** Every code a diagnostic can carry. Codes are part of the API: add new ones, never rename. */
export type DiagnosticCode =
  | 'EMPTY_TEXT'
  | 'EMPTY_SEGMENT'
  | 'NO_CONTENT'
  | 'NOT_ARABIC'
  | 'CONTROL_CHARACTERS'
  | 'TEXT_TRUNCATED'
  | 'UNRESOLVED_ENTITY'
  | 'UNKNOWN_OUTLET'
  | 'AMBIGUOUS_SOURCE'
  | 'UNPARSED_DATE'
  | 'UNPARSED_FIGURE'
  | 'BAD_METADATA'
  | 'STAGE_FAILED';

export type Severity = 'error' | 'warning' | 'info';

export type ExtractStage = 'input' | 'normalize' | 'clean' | 'segment' | 'entities' | 'metadata' | 'claims' | 'incidents';

export interface Diagnostic {
  code: DiagnosticCode;
  stage: ExtractStage;
  /** Offsets into the original text, or null when the problem concerns the whole article. */
  span: Span | null;
  message: string;
  severity: Severity;
}

/** Given the parts of a diagnostic, returns it as a plain value (defaults: warning, no span). */
export function createDiagnostic(
  code: DiagnosticCode,
  stage: ExtractStage,
  message: string,
  options: { span?: Span | null; severity?: Severity } = {},
): Diagnostic {
  return { code, stage, span: options.span ?? null, message, severity: options.severity ?? 'warning' };
}
