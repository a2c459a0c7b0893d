import { formatDate, formatDateTime } from './format/date';
import { useLocale } from './format/LocaleContext';

export interface DateTextProps {
  value: string | null | undefined;
  withTime?: boolean;
  /** Shown when there is no value. */
  fallback?: string;
}

/** An ISO instant as a `<time>` element in the current locale. */
export function DateText({ value, withTime = false, fallback = '—' }: DateTextProps) {
  const locale = useLocale();
  const text = withTime ? formatDateTime(value, locale) : formatDate(value, locale);
  if (!value || !text) return <span>{fallback}</span>;
  return (
    <time dateTime={value} title={formatDateTime(value, locale)}>
      {text}
    </time>
  );
}
