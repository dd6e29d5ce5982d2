/**
 * Public API: the checks between reading and loading that need the lexicon: texts that are not Arabic news
 * (reported, nothing loaded) and outlets the lexicon does not know (a warning; the outlet is created).
 */
import type { Lexicon } from '../extract/lexicon/lexicon-types.ts';
import { resolveGiven } from '../extract/metadata/find-outlet.ts';
import { findTextProblem } from './read/find-text-problem.ts';
import type { InputProblem } from './read/input-problem.ts';
import type { LoadInput } from './read/read-inputs.ts';

export interface ScreenedInputs {
  /** The inputs to load, in their order. */
  inputs: LoadInput[];
  problems: InputProblem[];
}

/** Given inputs and the compiled lexicon, returns the inputs worth loading and a problem for each one held back or warned about. */
export function screenInputs(inputs: readonly LoadInput[], lexicon: Lexicon): ScreenedInputs {
  const result: ScreenedInputs = { inputs: [], problems: [] };
  for (const input of inputs) {
    const textProblem = findTextProblem(input.text, lexicon);
    if (textProblem) {
      result.problems.push({ file: input.file, ...textProblem });
      continue;
    }
    const outlet = input.meta?.outlet?.trim();
    if (outlet && !lexicon.byId.has(resolveGiven(outlet, lexicon))) {
      result.problems.push({
        code: 'UNKNOWN_OUTLET',
        file: input.file,
        severity: 'warning',
        message: `outlet "${outlet}" is neither an id nor a name in the lexicon (seeds/lexicon/actors.json): a new MEDIA actor is created for it`,
      });
    }
    result.inputs.push(input);
  }
  return result;
}
