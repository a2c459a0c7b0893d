import type { I18n, TFunction } from '../../../app/i18n';
import type { AgingBucketName, InvoiceStatus } from '../../../gql/graphql';

/** An invoice status's name in the interface language. */
export function invoiceStatusLabel(status: InvoiceStatus, t: TFunction): string {
  switch (status) {
    case 'OPEN':
      return t('invoice status|Open');
    case 'PARTLY_PAID':
      return t('Partly paid');
    case 'PAID':
      return t('invoice status|Paid');
    case 'OVERDUE':
      return t('Overdue');
    case 'VOID':
      return t('Void');
  }
}

export const invoiceStatusColor: Record<InvoiceStatus, string> = {
  OPEN: 'blue',
  PARTLY_PAID: 'cyan',
  PAID: 'green',
  OVERDUE: 'red',
  VOID: 'gray',
};

/** An aging bucket's name. */
export function agingBucketLabel(bucket: AgingBucketName, t: TFunction): string {
  switch (bucket) {
    case 'CURRENT':
      return t('Current');
    case 'DAYS_1_30':
      return t('1–30 days');
    case 'DAYS_31_60':
      return t('31–60 days');
    case 'DAYS_61_90':
      return t('61–90 days');
    case 'OVER_90':
      return t('Over 90 days');
  }
}

/** "1 day past due" / "12 days past due". */
export function daysPastDueLabel(days: number, { t, plural }: Pick<I18n, 't' | 'plural'>): string {
  return plural(days, t('{days} day past due', { days }), t('{days} days past due', { days }));
}

/** A percentage from the API ("2.00") as people write it ("2", "2.5"); the decimal mark is the locale's. */
export function percentText(value: string, locale: string): string {
  const trimmed = value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  return locale.startsWith('fr') ? trimmed.replace('.', ',') : trimmed;
}
