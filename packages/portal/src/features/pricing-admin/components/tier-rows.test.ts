import { describe, expect, it } from 'vitest';
import { appendTier, tierHints, toTierInputs, type TierDraft } from './tier-rows';

const row = (key: number, lowerBound: string, upperBound: string, value = '5'): TierDraft => ({
  key,
  lowerBound,
  upperBound,
  adjustment: 'PERCENT_OFF',
  value,
});

describe('tier rows', () => {
  it('finds nothing wrong with a table without gaps whose last row is open-ended', () => {
    expect(tierHints([row(1, '10', '25'), row(2, '25', '50'), row(3, '50', '')])).toEqual([[], [], []]);
  });

  it('points at gaps, overlaps, empty ranges and an open row that is not last', () => {
    const hints = tierHints([row(1, '10', ''), row(2, '20', '20'), row(3, '30', '40'), row(4, '35', '')]);
    expect(hints[0]).toEqual([{ code: 'OPEN_NOT_LAST' }]);
    expect(hints[1]).toEqual([{ code: 'EMPTY_RANGE' }]);
    expect(hints[2]).toEqual([{ code: 'GAP', from: 20, to: 29 }]);
    expect(hints[3]).toEqual([{ code: 'OVERLAP', previousUpper: 40 }]);
  });

  it('checks bounds are whole numbers and values fit the adjustment', () => {
    const hints = tierHints([
      row(1, '0', '2.5', '150'),
      { ...row(2, '3', '', 'abc'), adjustment: 'AMOUNT_OFF' },
    ]);
    expect(hints[0]).toEqual([
      { code: 'LOWER_NOT_WHOLE' },
      { code: 'UPPER_NOT_WHOLE' },
      { code: 'VALUE_NOT_PERCENT' },
    ]);
    expect(hints[1]).toEqual([{ code: 'VALUE_NOT_AMOUNT' }]);
  });

  it('sends bounds as numbers and values as text, or nothing when a bound is not a number', () => {
    expect(toTierInputs([row(1, '10', '25', '7,5'), row(2, '25', '')])).toEqual([
      { lowerBound: 10, upperBound: 25, adjustment: 'PERCENT_OFF', value: '7.5' },
      { lowerBound: 25, upperBound: null, adjustment: 'PERCENT_OFF', value: '5' },
    ]);
    expect(toTierInputs([row(1, 'ten', '')])).toBeNull();
  });

  it('adds a row where the last one ends, closing an open-ended last row first', () => {
    expect(appendTier([], 1)).toEqual([row(1, '1', '', '')]);
    const next = appendTier([row(1, '10', '25'), row(2, '25', '')], 3);
    expect(next.map((r) => [r.lowerBound, r.upperBound])).toEqual([
      ['10', '25'],
      ['25', '50'],
      ['50', ''],
    ]);
  });
});
