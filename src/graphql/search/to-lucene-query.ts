/**
 * Public API: turns what a user typed into a safe Lucene query for the full-text indexes: every Lucene special
 * character is escaped and the operator words AND / OR / NOT lose their meaning, so input can never change the
 * query's structure. Terms are ORed (Lucene's default), best matches first.
 */
import { BadUserInputError } from '../errors/bad-user-input.error.ts';

// + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / (Lucene's query syntax); & and | are escaped one by one.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Given user text, returns the escaped Lucene query; throws BAD_USER_INPUT when nothing searchable is left. */
export function toLuceneQuery(text: string, argument = 'text'): string {
  if (text.length > 500) throw new BadUserInputError(`\`${argument}\` may be at most 500 characters.`, { argument });
  const terms = text
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map((t) => (/^(AND|OR|NOT)$/.test(t) ? t.toLowerCase() : t).replace(SPECIAL, (c) => `\\${c}`));
  if (terms.length === 0) throw new BadUserInputError(`\`${argument}\` must contain something to search for.`, { argument });
  return terms.join(' ');
}
