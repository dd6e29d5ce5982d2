/**
 * Public API: what can be wrong with one input file or line, as a value the loader reports and moves past.
 */
export type InputProblemCode =
  | 'UNREADABLE'
  | 'UNKNOWN_EXTENSION'
  | 'EMPTY_FILE'
  | 'TOO_LARGE'
  | 'BINARY_FILE'
  | 'UNDECODABLE'
  | 'BAD_JSONL_LINE'
  | 'BAD_METADATA'
  | 'NO_ARTICLE_TEXT'
  | 'ORPHAN_METADATA'
  | 'NOT_ARABIC'
  | 'NOT_ARTICLE_TEXT'
  | 'UNKNOWN_OUTLET';

export interface InputProblem {
  code: InputProblemCode;
  file: string;
  /** 1-based line for JSONL and metadata index problems. */
  line?: number;
  message: string;
  /** `warning`: the article still loads as documented (UNKNOWN_OUTLET); the exit code stays 0. Default: an error. */
  severity?: 'warning';
}

/** Given a problem, returns the one-line message people read: `file[:line]: CODE: message` (`warning: ` first for warnings). */
export function formatInputProblem(problem: InputProblem): string {
  const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
  return `${problem.severity === 'warning' ? 'warning: ' : ''}${where}: ${problem.code}: ${problem.message}`;
}

/** Given a problem, returns true when it makes the load fail (exit code 1): not a warning, not a skipped extension. */
export function isFailingProblem(problem: InputProblem): boolean {
  return problem.severity !== 'warning' && problem.code !== 'UNKNOWN_EXTENSION';
}
