/**
 * Internal: finds quoted and bracketed stretches on the token stream. All quote marks count alike and pair in order
 * within a line (news text often turns them the wrong way round); a run of marks (’’) is one mark.
 */
import type { Token } from '../normalize/tokenize-normalized.ts';
import type { Stretch } from './entity-scan.ts';

const QUOTE = '"';
const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** Given the tokens of a text, returns its quoted and bracketed stretches keyed by the index of the opening mark. */
export function findStretches(tokens: readonly Token[]): Map<number, Stretch> {
  const stretches = new Map<number, Stretch>();
  let pendingQuote = -1;
  const brackets: { index: number; closer: string }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token === undefined) continue;
    if (token.newlineBefore) {
      pendingQuote = -1;
      brackets.length = 0;
    }
    if (token.isWord) continue;
    if (token.text === QUOTE) {
      let end = k;
      while (tokens[end + 1]?.text === QUOTE && !tokens[end + 1]?.newlineBefore) end++;
      if (pendingQuote === -1) {
        pendingQuote = k;
      } else {
        const open = pendingQuote;
        const openEnd = lastOfRun(tokens, open);
        if (k - 1 > openEnd) stretches.set(open, { open, first: openEnd + 1, last: k - 1, close: end });
        pendingQuote = -1;
      }
      k = end;
      continue;
    }
    const closer = OPENERS[token.text];
    if (closer !== undefined) {
      brackets.push({ index: k, closer });
      continue;
    }
    const top = brackets[brackets.length - 1];
    if (top !== undefined && token.text === top.closer) {
      brackets.pop();
      if (k - 1 > top.index)
        stretches.set(top.index, { open: top.index, first: top.index + 1, last: k - 1, close: k });
    }
  }
  return stretches;
}

function lastOfRun(tokens: readonly Token[], start: number): number {
  let end = start;
  while (tokens[end + 1]?.text === QUOTE && !tokens[end + 1]?.newlineBefore) end++;
  return end;
}
