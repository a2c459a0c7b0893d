import { formatDate, useLocale } from '../../../ui';

/** A calendar day (YYYY-MM-DD) in the current locale: the day itself, whatever the browser's time zone. */
export function DayText({ value }: { value: string }) {
  const locale = useLocale();
  return (
    <time dateTime={value}>{formatDate(`${value}T00:00:00Z`, locale, { timeZone: 'UTC' }) || value}</time>
  );
}
