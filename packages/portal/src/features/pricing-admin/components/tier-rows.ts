import type { TierAdjustmentKind, VolumeTierInput } from '../../../gql/graphql';
import { isPercent, normalizeAmount, parseWhole } from './values';

/** One tier row as typed: bounds and value are text until sent. An empty upper bound is "and above". */
export interface TierDraft {
  key: number;
  lowerBound: string;
  upperBound: string;
  adjustment: TierAdjustmentKind;
  value: string;
}

export type TierHint =
  | { code: 'LOWER_NOT_WHOLE' }
  | { code: 'UPPER_NOT_WHOLE' }
  | { code: 'EMPTY_RANGE' }
  | { code: 'GAP'; from: number; to: number }
  | { code: 'OVERLAP'; previousUpper: number }
  | { code: 'OPEN_NOT_LAST' }
  | { code: 'VALUE_NOT_AMOUNT' }
  | { code: 'VALUE_NOT_PERCENT' };

/**
 * What looks wrong with each row, before the server sees it: bounds that are not whole numbers, empty
 * ranges, gaps and overlaps with the row before, an open-ended row that is not last, unusable values.
 * Hints only: the server decides, and its problems are shown too.
 */
export function tierHints(rows: readonly TierDraft[]): TierHint[][] {
  return rows.map((row, i) => {
    const hints: TierHint[] = [];
    const lower = parseWhole(row.lowerBound);
    const upper = row.upperBound.trim() ? parseWhole(row.upperBound) : null;
    if (lower === null || lower < 1) hints.push({ code: 'LOWER_NOT_WHOLE' });
    if (row.upperBound.trim() && (upper === null || upper < 2)) hints.push({ code: 'UPPER_NOT_WHOLE' });
    if (lower !== null && upper !== null && upper <= lower) hints.push({ code: 'EMPTY_RANGE' });
    if (!row.upperBound.trim() && i < rows.length - 1) hints.push({ code: 'OPEN_NOT_LAST' });
    const previous = rows[i - 1];
    const previousUpper = previous && previous.upperBound.trim() ? parseWhole(previous.upperBound) : null;
    if (lower !== null && previousUpper !== null) {
      if (lower > previousUpper) hints.push({ code: 'GAP', from: previousUpper, to: lower - 1 });
      if (lower < previousUpper) hints.push({ code: 'OVERLAP', previousUpper });
    }
    if (row.adjustment === 'PERCENT_OFF') {
      const value = normalizeAmount(row.value);
      if (value === null || !isPercent(value)) hints.push({ code: 'VALUE_NOT_PERCENT' });
    } else if (normalizeAmount(row.value) === null) {
      hints.push({ code: 'VALUE_NOT_AMOUNT' });
    }
    return hints;
  });
}

/** The rows as the API takes them, or null when a bound is not a whole number (it cannot be sent). */
export function toTierInputs(rows: readonly TierDraft[]): VolumeTierInput[] | null {
  const inputs: VolumeTierInput[] = [];
  for (const row of rows) {
    const lower = parseWhole(row.lowerBound);
    const upper = row.upperBound.trim() ? parseWhole(row.upperBound) : null;
    if (lower === null || (row.upperBound.trim() && upper === null)) return null;
    inputs.push({
      lowerBound: lower,
      upperBound: upper,
      adjustment: row.adjustment,
      value: normalizeAmount(row.value) ?? row.value.trim(),
    });
  }
  return inputs;
}

/**
 * A new row after the last one: it starts where the last one ends (closing an open-ended last row
 * at a sensible point first), so a table grows without gaps.
 */
export function appendTier(rows: readonly TierDraft[], key: number): TierDraft[] {
  const last = rows[rows.length - 1];
  if (!last) return [{ key, lowerBound: '1', upperBound: '', adjustment: 'PERCENT_OFF', value: '' }];
  const lastLower = parseWhole(last.lowerBound) ?? 1;
  const lastUpper = last.upperBound.trim() ? parseWhole(last.upperBound) : null;
  const start = lastUpper ?? lastLower * 2;
  const closed = lastUpper === null ? { ...last, upperBound: String(start) } : last;
  return [
    ...rows.slice(0, -1),
    closed,
    { key, lowerBound: String(start), upperBound: '', adjustment: last.adjustment, value: '' },
  ];
}
