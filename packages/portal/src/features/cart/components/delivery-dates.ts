/** A calendar day written as YYYY-MM-DD (the API's delivery dates and `<input type="date">` values). */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayToDate(day: string): Date | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]) ? date : null;
}

/** Deliveries are made Monday to Friday: true for a weekday, false for a weekend or an invalid day. */
export function isWeekday(day: string): boolean {
  const date = dayToDate(day);
  if (!date) return false;
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The day in words with its weekday, e.g. "Tuesday, December 1, 2026", without shifting time zones. */
export function formatDayLong(day: string | null | undefined, locale: string): string {
  const date = day ? dayToDate(day) : null;
  if (!date) return '';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
  } catch {
    return day ?? '';
  }
}

/** Why a desired delivery date cannot be used; null when it can (the server checks it again). */
export type DateProblem = { kind: 'invalid' } | { kind: 'weekend' } | { kind: 'early'; earliest: string };

export function checkDesiredDate(day: string, earliest: string | null): DateProblem | null {
  if (!dayToDate(day)) return { kind: 'invalid' };
  if (!isWeekday(day)) return { kind: 'weekend' };
  if (earliest && DAY.test(earliest) && day < earliest) return { kind: 'early', earliest };
  return null;
}
