/**
 * Public API: the range of values a reported figure allows, so that "at least 20" and "23" agree while "10" and
 * "23" conflict. "about N" allows N +/- 20 %; vague counts ("dozens", stored as their lower bound) and
 * "at least" / "more than" are open upwards; "at most" is open downwards.
 */

/** A closed range of whole numbers; `high` may be Infinity. */
export interface FigureRange {
  low: number;
  high: number;
}

/** Given a figure with its qualifier and vagueness, returns the range it allows, or null when there is no figure. */
export function figureRange(value: number | null | undefined, qualifier: string | null | undefined, vague: boolean | null | undefined): FigureRange | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (vague) return { low: value, high: Infinity };
  switch (qualifier) {
    case 'at_least':
      return { low: value, high: Infinity };
    case 'more_than':
      return { low: value + 1, high: Infinity };
    case 'at_most':
      return { low: 0, high: value };
    case 'about':
      return { low: Math.floor(value * 0.8), high: Math.ceil(value * 1.2) };
    default:
      return { low: value, high: value };
  }
}

/** Given two ranges, returns true when no single value fits both. */
export function rangesConflict(a: FigureRange, b: FigureRange): boolean {
  return a.high < b.low || b.high < a.low;
}
