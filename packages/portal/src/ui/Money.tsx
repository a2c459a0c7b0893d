import { formatMoney, type MoneyValue } from './format/money';
import { useLocale } from './format/LocaleContext';

export interface MoneyProps {
  value: MoneyValue;
}

/** A Money amount formatted for the current locale, with tabular digits so columns line up. */
export function Money({ value }: MoneyProps) {
  const locale = useLocale();
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {formatMoney(value, locale)}
    </span>
  );
}
