/** Dates as pages show them; a date without a year is the latest such day not after the capture. */
import { describe, expect, it } from 'vitest';
import { dayOf, inferYear, isoDay, parseDayMonthYear, parseShownDate } from '../../src/core/dates.js';

const CAPTURE = new Date('2025-12-08T12:00:00Z');

describe('parseShownDate', () => {
  it.each([
    ['Jun 5', '2025-06-05', 'earlier this year'],
    ['Dec 9', '2024-12-09', 'a day after the capture: last year'],
    ['Dec 8', '2025-12-08', 'the capture day itself'],
    ['Dec 31', '2024-12-31', 'later in the month: last year'],
    ['Jan 1', '2025-01-01', 'the first day of the year'],
    ['Feb 29', '2024-02-29', 'the latest leap day'],
    ['Mar 19, 2024', '2024-03-19', 'an explicit year'],
    ['May 30, 2019', '2019-05-30', 'an explicit year long ago'],
    ['Published on Oct 4, 2026', '2026-10-04', 'an explicit year after the capture is kept'],
    ['Published on Nov 21, 2023', '2023-11-21', 'the desktop card form'],
    ['published on Jun 5', '2025-06-05', 'lower case, no year'],
    ['September 5, 2024', '2024-09-05', 'a written-out month'],
    ['Sept. 5', '2025-09-05', 'an abbreviation with a dot'],
    ['Mar 19 2024', '2024-03-19', 'a year without the comma'],
    ['  Jun 5  ', '2025-06-05', 'surrounding blanks'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(parseShownDate(text, CAPTURE)).toBe(expected);
  });

  it.each([
    ['Feb 30, 2024', 'no such day'],
    ['Feb 29, 2023', 'not a leap year'],
    ['Jun 31', 'June has 30 days'],
    ['Jun 0', 'day zero'],
    ['Foo 5', 'not a month'],
    ['5 Jun', 'day first is another format'],
    ['Jun 5 2', 'a trailing comment count is not part of the date'],
    ['', 'empty'],
    ['Daily Papers', 'a header line'],
  ])('%s → undefined (%s)', (text) => {
    expect(parseShownDate(text, CAPTURE)).toBeUndefined();
  });

  it('looks back to the previous leap year for Feb 29 when needed', () => {
    expect(parseShownDate('Feb 29', new Date('2024-02-28T12:00:00Z'))).toBe('2020-02-29');
    expect(parseShownDate('Feb 29', new Date('2024-02-29T00:00:00Z'))).toBe('2024-02-29');
    expect(parseShownDate('Feb 29', new Date('2028-03-01T00:00:00Z'))).toBe('2028-02-29');
  });

  it('reads the capture day on the UTC calendar', () => {
    expect(parseShownDate('Dec 8', new Date('2025-12-08T00:00:00Z'))).toBe('2025-12-08');
    expect(parseShownDate('Dec 8', new Date('2025-12-08T23:59:59Z'))).toBe('2025-12-08');
    expect(parseShownDate('Dec 9', new Date('2025-12-08T23:59:59Z'))).toBe('2024-12-09');
  });

  it('reads the same date differently only across the capture day', () => {
    expect(parseShownDate('Jun 5', new Date('2025-06-04T12:00:00Z'))).toBe('2024-06-05');
    expect(parseShownDate('Jun 5', new Date('2025-06-05T12:00:00Z'))).toBe('2025-06-05');
  });
});

describe('inferYear', () => {
  it('rejects impossible months and days', () => {
    expect(inferYear(13, 1, CAPTURE)).toBeUndefined();
    expect(inferYear(0, 1, CAPTURE)).toBeUndefined();
    expect(inferYear(4, 31, CAPTURE)).toBeUndefined();
    expect(inferYear(1, 32, CAPTURE)).toBeUndefined();
  });

  it('gives the latest such day not after the capture', () => {
    expect(inferYear(12, 8, CAPTURE)).toBe('2025-12-08');
    expect(inferYear(12, 9, CAPTURE)).toBe('2024-12-09');
  });
});

describe('isoDay', () => {
  it.each([
    ['2023-11-21T00:00:00.000Z', '2023-11-21'],
    ['2023-11-21T03:21:09.000Z', '2023-11-21'],
    ['2023/11/21', '2023-11-21'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (text, expected) => {
    expect(isoDay(text)).toBe(expected);
  });

  it.each([[''], [null], [undefined], ['2023-13-01'], ['2023-02-29'], ['21/11/2023'], ['yesterday']])(
    '%s → undefined',
    (text) => {
      expect(isoDay(text)).toBeUndefined();
    },
  );
});

describe('parseDayMonthYear', () => {
  it('reads the listing heading and the abstract dateline', () => {
    expect(parseDayMonthYear('Showing new listings for Wednesday, 22 November 2023')).toBe('2023-11-22');
    expect(parseDayMonthYear('[Submitted on 21 Nov 2023]')).toBe('2023-11-21');
    expect(parseDayMonthYear('Wed, 22 Nov 2023')).toBe('2023-11-22');
    expect(parseDayMonthYear('Tue, 21 Nov 2023 08:32:38 UTC')).toBe('2023-11-21');
  });

  it('rejects impossible days and text without a date', () => {
    expect(parseDayMonthYear('31 April 2023')).toBeUndefined();
    expect(parseDayMonthYear('Machine Learning')).toBeUndefined();
  });
});

describe('dayOf', () => {
  it('is the UTC calendar day', () => {
    expect(dayOf(new Date('2025-12-08T23:59:59Z'))).toBe('2025-12-08');
    expect(dayOf(new Date('2025-12-09T00:00:00Z'))).toBe('2025-12-09');
  });
});
