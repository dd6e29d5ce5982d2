/**
 * Internal (browser): a claim's figures as the short text drawn on its edge ("23 killed · 5 injured").
 */

/** The figures a claim may carry (docs/graph-model.md, Claim). */
export interface ClaimFigures {
  killed?: number | null;
  injured?: number | null;
  casualties?: number | null;
  captured?: number | null;
  displaced?: number | null;
  victims?: string | null;
  qualifier?: string | null;
}

const QUALIFIERS: Record<string, string> = {
  at_least: 'at least ',
  more_than: 'over ',
  about: '~',
  at_most: 'at most ',
};
const FIELDS = ['killed', 'injured', 'casualties', 'captured', 'displaced'] as const;

/** Given a claim's figures, returns them as one short line, or '' when it has none. */
export function formatFigures(figures: ClaimFigures): string {
  const prefix = figures.qualifier ? (QUALIFIERS[figures.qualifier] ?? '') : '';
  const parts = FIELDS.flatMap((field) => {
    const value = figures[field];
    return typeof value === 'number' ? [`${prefix}${value} ${field}`] : [];
  });
  const text = parts.join(' · ');
  return figures.victims && text ? `${text} (${figures.victims})` : text;
}
