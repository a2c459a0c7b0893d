import type { TFunction } from '../../../app/i18n';
import type { CaseRecordKind, CaseStatus, CaseType } from '../../../gql/graphql';

export const CASE_STATUSES: readonly CaseStatus[] = [
  'OPEN',
  'IN_PROGRESS',
  'AWAITING_CUSTOMER',
  'RESOLVED',
  'CLOSED',
];

export const CASE_TYPES: readonly CaseType[] = [
  'DAMAGED_GOODS',
  'MISSING_ITEMS',
  'WRONG_ITEM',
  'RETURN_REQUEST',
  'BILLING_QUESTION',
  'PRODUCT_QUESTION',
  'OTHER',
];

export const caseStatusColor: Record<CaseStatus, string> = {
  OPEN: 'blue',
  IN_PROGRESS: 'violet',
  AWAITING_CUSTOMER: 'yellow',
  RESOLVED: 'teal',
  CLOSED: 'gray',
};

export function caseStatusLabel(status: CaseStatus, t: TFunction): string {
  switch (status) {
    case 'OPEN':
      return t('case status|Open');
    case 'IN_PROGRESS':
      return t('case status|In progress');
    case 'AWAITING_CUSTOMER':
      return t('case status|Awaiting customer');
    case 'RESOLVED':
      return t('case status|Resolved');
    case 'CLOSED':
      return t('case status|Closed');
  }
}

/** The button that moves a case to a status, for the viewer's side. */
export function caseStatusAction(status: CaseStatus, t: TFunction): string {
  switch (status) {
    case 'OPEN':
      return t('Reopen');
    case 'IN_PROGRESS':
      return t('Mark in progress');
    case 'AWAITING_CUSTOMER':
      return t('Ask the customer');
    case 'RESOLVED':
      return t('Mark resolved');
    case 'CLOSED':
      return t('Close case');
  }
}

export function caseTypeLabel(type: CaseType, t: TFunction): string {
  switch (type) {
    case 'DAMAGED_GOODS':
      return t('Damaged goods');
    case 'MISSING_ITEMS':
      return t('Missing items');
    case 'WRONG_ITEM':
      return t('Wrong item');
    case 'RETURN_REQUEST':
      return t('Return request');
    case 'BILLING_QUESTION':
      return t('Billing question');
    case 'PRODUCT_QUESTION':
      return t('Product question');
    case 'OTHER':
      return t('case type|Other');
  }
}

export interface ConcernsLike {
  kind: CaseRecordKind;
  orderNumber?: string | null;
  lineNumber?: number | null;
  invoiceNumber?: string | null;
  sku?: string | null;
  productName?: string | null;
}

/** "Order CO-500123", "Order CO-500123, line 2 (SKU)", "Invoice INV-…", "Product SKU — name". */
export function concernsLabel(c: ConcernsLike, t: TFunction): string {
  switch (c.kind) {
    case 'ORDER':
      return t('Order {number}', { number: c.orderNumber ?? '' });
    case 'ORDER_LINE':
      return t('Order {number}, line {line} ({sku})', {
        number: c.orderNumber ?? '',
        line: c.lineNumber ?? '',
        sku: c.sku ?? '',
      });
    case 'INVOICE':
      return t('Invoice {number}', { number: c.invoiceNumber ?? '' });
    case 'PRODUCT':
      return t('Product {sku} — {name}', { sku: c.sku ?? '', name: c.productName ?? '' });
  }
}

/** Bytes for people: "980 B", "12.3 KB", "4.5 MB". */
export function fileSize(bytes: number, locale: string): string {
  if (bytes < 1024) return `${bytes.toLocaleString(locale)} B`;
  const units = ['KB', 'MB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} ${units[unit]}`;
}

const EXCERPT = 140;

/** The start of a comment on one line: white space folded, cut at a word near EXCERPT characters. */
export function excerpt(body: string, size = EXCERPT): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= size) return text;
  const cut = text.slice(0, size);
  const space = cut.lastIndexOf(' ');
  return `${(space > size / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
