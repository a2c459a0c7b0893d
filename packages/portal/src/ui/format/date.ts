export interface DateFormatOptions {
  /** IANA time zone; defaults to the browser's. */
  timeZone?: string;
  style?: 'short' | 'medium' | 'long';
}

/** Formats an ISO 8601 instant as a calendar date; returns '' for a missing or invalid value. */
export function formatDate(
  iso: string | null | undefined,
  locale: string,
  options: DateFormatOptions = {},
): string {
  return formatInstant(iso, locale, options, false);
}

/** Formats an ISO 8601 instant with date and time. */
export function formatDateTime(
  iso: string | null | undefined,
  locale: string,
  options: DateFormatOptions = {},
): string {
  return formatInstant(iso, locale, options, true);
}

function formatInstant(
  iso: string | null | undefined,
  locale: string,
  options: DateFormatOptions,
  withTime: boolean,
): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: options.style ?? 'medium',
      timeStyle: withTime ? 'short' : undefined,
      timeZone: options.timeZone,
    }).format(date);
  } catch {
    // An unknown locale or time zone: fall back to ISO rather than show nothing.
    return withTime ? date.toISOString() : date.toISOString().slice(0, 10);
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (the value of an `<input type="date">`). */
export function isDay(value: string | null | undefined): value is string {
  if (!value) return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/**
 * Turns an inclusive day range (YYYY-MM-DD, in the viewer's local time) into the half-open instant
 * range the API filters on: `placedFrom` = start of `from`, `placedBefore` = start of the day after `to`.
 */
export function dayRangeToInstants(
  from: string | null | undefined,
  to: string | null | undefined,
  offsetMinutesAt: (y: number, m: number, d: number) => number = localOffsetMinutes,
): { placedFrom?: string; placedBefore?: string } {
  const out: { placedFrom?: string; placedBefore?: string } = {};
  if (isDay(from)) out.placedFrom = startOfDay(from, 0, offsetMinutesAt);
  if (isDay(to)) out.placedBefore = startOfDay(to, 1, offsetMinutesAt);
  return out;
}

function startOfDay(
  day: string,
  addDays: number,
  offsetMinutesAt: (y: number, m: number, d: number) => number,
) {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d + addDays);
  const shifted = new Date(utcMidnight);
  const offset = offsetMinutesAt(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
  return new Date(utcMidnight + offset * 60_000).toISOString();
}

/** Minutes to add to a UTC wall-clock midnight to get local midnight (JS getTimezoneOffset sign). */
function localOffsetMinutes(y: number, m: number, d: number): number {
  return new Date(y, m - 1, d).getTimezoneOffset();
}
