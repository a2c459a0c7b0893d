import { describe, expect, it } from 'vitest';
import { dayRangeToInstants, formatDate, isDay } from './date';

describe('formatDate', () => {
  it('formats an ISO instant as a date in the given zone', () => {
    expect(formatDate('2025-03-04T23:30:00Z', 'en-US', { timeZone: 'UTC' })).toBe('Mar 4, 2025');
    expect(formatDate('2025-03-04T23:30:00Z', 'en-US', { timeZone: 'America/Toronto' })).toBe('Mar 4, 2025');
    expect(formatDate('2025-03-05T02:30:00Z', 'en-US', { timeZone: 'America/Toronto' })).toBe('Mar 4, 2025');
  });

  it('returns an empty string for missing or invalid input', () => {
    expect(formatDate(null, 'en-US')).toBe('');
    expect(formatDate('not a date', 'en-US')).toBe('');
  });
});

describe('isDay', () => {
  it('accepts real YYYY-MM-DD days only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2024-13-01')).toBe(false);
    expect(isDay('24-01-01')).toBe(false);
    expect(isDay('')).toBe(false);
  });
});

describe('dayRangeToInstants', () => {
  const utc = () => 0;
  const toronto = () => 300; // UTC-5: local midnight is 05:00Z

  it('makes the end day inclusive by filtering before the next day', () => {
    expect(dayRangeToInstants('2025-01-01', '2025-01-31', utc)).toEqual({
      placedFrom: '2025-01-01T00:00:00.000Z',
      placedBefore: '2025-02-01T00:00:00.000Z',
    });
  });

  it('uses local midnight', () => {
    expect(dayRangeToInstants('2025-01-01', null, toronto)).toEqual({
      placedFrom: '2025-01-01T05:00:00.000Z',
    });
  });

  it('rolls over month and year ends and ignores invalid days', () => {
    expect(dayRangeToInstants('bad', '2024-12-31', utc)).toEqual({
      placedBefore: '2025-01-01T00:00:00.000Z',
    });
  });
});
