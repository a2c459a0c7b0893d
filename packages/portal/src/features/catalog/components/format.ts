import { useMemo } from 'react';
import { formatDate, useLocale } from '../../../ui';

/** A calendar day sent as YYYY-MM-DD, formatted in the locale without shifting it to another day. */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day ?? '';
  // Noon UTC read in UTC: the same calendar day whatever the browser's time zone.
  return formatDate(`${day}T12:00:00Z`, locale, { timeZone: 'UTC' });
}

/** Number and day formatters for the current locale. */
export function useFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(locale);
    return {
      locale,
      number: (n: number) => numbers.format(n),
      day: (d: string | null | undefined) => formatDay(d, locale),
    };
  }, [locale]);
}
