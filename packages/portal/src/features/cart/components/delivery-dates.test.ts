import { describe, expect, it } from 'vitest';
import { checkDesiredDate, formatDayLong, isWeekday } from './delivery-dates';

describe('delivery dates', () => {
  it('knows weekdays from weekends', () => {
    expect(isWeekday('2026-11-30')).toBe(true); // Monday
    expect(isWeekday('2026-12-04')).toBe(true); // Friday
    expect(isWeekday('2026-12-05')).toBe(false); // Saturday
    expect(isWeekday('2026-12-06')).toBe(false); // Sunday
    expect(isWeekday('2026-02-30')).toBe(false);
    expect(isWeekday('soon')).toBe(false);
  });

  it('checks a desired date against the weekend and the earliest date', () => {
    expect(checkDesiredDate('2026-12-01', '2026-11-30')).toBeNull();
    expect(checkDesiredDate('2026-11-30', '2026-11-30')).toBeNull();
    expect(checkDesiredDate('2026-11-27', '2026-11-30')).toEqual({ kind: 'early', earliest: '2026-11-30' });
    expect(checkDesiredDate('2026-12-05', '2026-11-30')).toEqual({ kind: 'weekend' });
    expect(checkDesiredDate('2026-13-01', null)).toEqual({ kind: 'invalid' });
  });

  it('writes the day with its weekday in the locale, whatever the time zone', () => {
    expect(formatDayLong('2026-12-01', 'en-US')).toBe('Tuesday, December 1, 2026');
    expect(formatDayLong('2026-12-01', 'fr-CA')).toBe('mardi 1 décembre 2026');
    expect(formatDayLong(null, 'en-US')).toBe('');
  });
});
