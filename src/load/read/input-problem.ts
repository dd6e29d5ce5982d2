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
  | 'NO_ARTICLE_TEXT';

export interface InputProblem {
  code: InputProblemCode;
  file: string;
  /** 1-based line for JSONL and metadata index problems. */
  line?: number;
  message: string;
}

/** Given a problem, returns the one-line message people read: `file[:line]: CODE: message`. */
export function formatInputProblem(problem: InputProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.code}: ${problem.message}`;
}
