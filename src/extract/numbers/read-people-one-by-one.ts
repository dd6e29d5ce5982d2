/**
 * Internal: reads people named one by one instead of counted: right after a cue ("مقتل جندي أمريكي وآخر
 * بريطاني"، "إصابة ممرض وسائق"), or two or more of them with a cue a few words away ("قتل قناص ... صباح اليوم
 * امرأة وطفلها").
 */
import type { FigureKind } from '../types.ts';
import type { EventContext } from '../claims/build-event-context.ts';
import { extendPersonList, type PersonList } from './extend-person-list.ts';
import { findFigureCue } from './find-figure-cue.ts';
import type { NumberExpr } from './parse-number-at.ts';
import { readSinglePerson } from './read-person-item.ts';

/** People named one by one, added up, with the kind of figure they make. */
export type PeopleOneByOne = PersonList & { kind: FigureKind };

/**
 * Given a context, a token index, the cue just before it (or null) and the end of the range, returns the people
 * named from there, or null.
 */
export function readPeopleOneByOne(
  ctx: EventContext,
  i: number,
  cue: Exclude<FigureKind, 'casualties'> | null,
  limit: number,
): PeopleOneByOne | null {
  const single = readSinglePerson(ctx, i, limit);
  if (single === null) return null;
  if (cue !== null) return { ...extendPersonList(ctx, single, cue, limit), kind: cue };
  const list = extendPersonList(ctx, single, 'killed', limit);
  if (list.size < 2) return null;
  const n: NumberExpr = {
    value: list.total,
    lowerBound: list.total,
    vague: false,
    dual: false,
    qualifier: null,
    start: i,
    end: i + 1,
    valueStart: i,
  };
  const kind = findFigureCue(ctx, n, list.end, limit);
  return kind === null ? null : { ...list, kind };
}
