/**
 * Public API: the complexity estimator of the API, for graphql-query-complexity. Every field costs 1; a field
 * with a `first` argument multiplies its children by `first` (default 20); the `edges` of a connection are
 * already counted by that; other list fields of objects multiply their children by 5.
 */
import { getNullableType, isListType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { DEFAULT_PAGE_SIZE } from '../pagination/resolve-page-args.ts';

/** How many children a list field without `first` is assumed to return. */
export const LIST_FACTOR = 5;

/** Given a field, its arguments and its children's complexity, returns its cost. */
export const estimateFieldComplexity: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.args.some((a) => a.name === 'first')) {
    const first = typeof args.first === 'number' && args.first >= 0 ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * Math.max(first, 1);
  }
  if (isListType(getNullableType(field.type)) && !type.name.endsWith('Connection')) return 1 + childComplexity * LIST_FACTOR;
  return 1 + childComplexity;
};
