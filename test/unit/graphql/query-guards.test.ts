import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureQueryDepth } from '../../../src/graphql/limits/measure-query-depth.ts';
import { decodeOffsetCursor, encodeOffsetCursor } from '../../../src/graphql/pagination/offset-cursor.ts';
import { resolvePageArgs } from '../../../src/graphql/pagination/resolve-page-args.ts';
import { toConnection } from '../../../src/graphql/pagination/to-connection.ts';
import { toIncidentFilterParams } from '../../../src/graphql/inputs/to-incident-filter-params.ts';
import { toLuceneQuery } from '../../../src/graphql/search/to-lucene-query.ts';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('input guards', () => {
  it('measures depth through fragments and ignores introspection', () => {
    expect(measureQueryDepth(parse('{ a { b { c } } d }'))).toBe(3);
    expect(measureQueryDepth(parse('query Q { a { ...F } } fragment F on T { b { c { d } } }'), 'Q')).toBe(4);
    expect(measureQueryDepth(parse('{ __schema { types { fields { type { ofType { name } } } } } a }'))).toBe(1);
    expect(measureQueryDepth(parse('query A { a } query B { b { c } }'), 'B')).toBe(2);
  });

  it('escapes every Lucene special character and the operator words', () => {
    expect(toLuceneQuery('AFP) OR (* "x"')).toBe('AFP\\) or \\(\\* \\"x\\"');
    expect(toLuceneQuery('  قوات   سوريا ')).toBe('قوات سوريا');
    expect(toLuceneQuery('a+b && c:d/e~ [f]')).toBe('a\\+b \\&\\& c\\:d\\/e\\~ \\[f\\]');
    expect(codeOf(() => toLuceneQuery('   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toLuceneQuery('x'.repeat(501)))).toBe('BAD_USER_INPUT');
  });

  it('turns first/after into a slice, refusing pages over the maximum and foreign cursors', () => {
    expect(resolvePageArgs({}, 100)).toEqual({ skip: 0, limit: 20 });
    expect(resolvePageArgs({}, 5)).toEqual({ skip: 0, limit: 5 });
    expect(resolvePageArgs({ first: 10, after: encodeOffsetCursor(9) }, 100)).toEqual({ skip: 10, limit: 10 });
    expect(codeOf(() => resolvePageArgs({ first: 101 }, 100))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => resolvePageArgs({ first: -1 }, 100))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeOffsetCursor('garbage'))).toBe('BAD_USER_INPUT');
  });

  it('builds connections with cursors and pageInfo', () => {
    const conn = toConnection({ total: 5, page: ['c', 'd'] }, { skip: 2, limit: 2 });
    expect(conn.edges.map((e) => [decodeOffsetCursor(e.cursor), e.node])).toEqual([[2, 'c'], [3, 'd']]);
    expect(conn.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(toConnection({ total: 0, page: [] }, { skip: 0, limit: 2 }).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('checks incident filter dates and widens `to` to the end of its month or year', () => {
    expect(toIncidentFilterParams({ from: '2018-12', to: '2018-12' })).toMatchObject({ from: '2018-12', to: '2018-12-31' });
    expect(toIncidentFilterParams({ to: '2019' })).toMatchObject({ to: '2019-12-31' });
    expect(codeOf(() => toIncidentFilterParams({ from: '12/2018' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toIncidentFilterParams({ to: '2018-13' }))).toBe('BAD_USER_INPUT');
  });
});
