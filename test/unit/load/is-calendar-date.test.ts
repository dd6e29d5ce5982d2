import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../src/load/read/is-calendar-date.ts';

describe('isCalendarDate', () => {
  it('accepts real days only, leap years included', () => {
    expect(
      ['2019-02-28', '2020-02-29', '2000-02-29', '2019-12-31', '2019-01-01'].map(isCalendarDate),
    ).toEqual([true, true, true, true, true]);
    expect(
      [
        '2019-02-30',
        '2019-02-29',
        '1900-02-29',
        '2019-04-31',
        '2019-13-01',
        '2019-00-10',
        '2019-01-00',
        '2019-1-1',
        '2019-02-11T00:00',
      ].map(isCalendarDate),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });
});
