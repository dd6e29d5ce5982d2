/**
 * Public API: checks `first` / `after` against the configured maximum page size and turns them into a slice.
 */
import type { PageParams } from '../../db/node.repository.ts';
import { BadUserInputError } from '../errors/bad-user-input.error.ts';
import { decodeOffsetCursor } from './offset-cursor.ts';

/** Default page size when `first` is absent (capped by the maximum). */
export const DEFAULT_PAGE_SIZE = 20;

/** Given `first`, `after` and the maximum page size, returns the slice to read; throws BAD_USER_INPUT when out of range. */
export function resolvePageArgs(args: { first?: number | null; after?: string | null }, maxPageSize: number): PageParams {
  const first = args.first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(first) || first < 0) throw new BadUserInputError('`first` must be a whole number, 0 or more.', { argument: 'first' });
  if (first > maxPageSize) {
    throw new BadUserInputError(`\`first\` may be at most ${maxPageSize} (the maximum page size); page with \`after\` instead.`, {
      argument: 'first',
      maxPageSize,
    });
  }
  const skip = args.after ? decodeOffsetCursor(args.after) + 1 : 0;
  return { skip, limit: first };
}
