/** A calendar date (YYYY-MM-DD) in the reader's locale, e.g. "Dec 2, 2026" / "2 déc. 2026". */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
