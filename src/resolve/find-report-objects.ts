/**
 * Internal: the distinctive objects (OBJECT_TERMS) that an incident report's sentences name.
 */
import { normalizeForMatch } from '../extract/normalize/normalize-arabic.ts';
import { OBJECT_TERMS } from './object-terms.ts';

const LETTER = '\u0621-\u064a';
// Clitics and the article before the term; a letter right before or after means another word.
const PREFIX = '(?:[وفبلك]|ول|وب|فب|فل)?(?:ال|لل)?';

const PATTERNS = OBJECT_TERMS.map((o) => ({
  id: o.id,
  pattern: new RegExp(
    `(?:^|[^${LETTER}])${PREFIX}(?:${o.terms.map((t) => normalizeForMatch(t).replace(/^ال/, '')).join('|')})(?=$|[^${LETTER}])`,
    'u',
  ),
}));

/** Given the sentences of a report, returns the ids of the objects they name, sorted. */
export function findReportObjects(texts: readonly string[]): string[] {
  const text = normalizeForMatch(texts.join(' \n '));
  return PATTERNS.filter((p) => p.pattern.test(text))
    .map((p) => p.id)
    .sort();
}
