import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, Money, ValidationFailed } from '../../platform/graphql-types.js';
import { connectionType } from '../../platform/pagination.js';
import { CreditMemoKind } from './invoice.entity.js';

/** What people see of an invoice: its stored state, or OVERDUE (derived from the due date). */
export enum InvoiceStatus {
  OPEN = 'OPEN',
  PARTLY_PAID = 'PARTLY_PAID',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
  VOID = 'VOID',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'Where an invoice stands.',
  valuesConfig: {
    OPEN: { description: 'Nothing paid or credited yet, not past due.' },
    PARTLY_PAID: { description: 'Part paid or credited, the rest not past due.' },
    PAID: { description: 'Settled in full (payments, discounts and credit memos).' },
    OVERDUE: { description: 'Something is still owed and the due date has passed.' },
    VOID: { description: 'Cancelled: nothing is owed on it.' },
  },
});

registerEnumType(CreditMemoKind, {
  name: 'CreditMemoKind',
  description: 'Why a credit memo reduces an invoice.',
  valuesConfig: {
    RETURN: { description: 'Goods came back.' },
    ADJUSTMENT: { description: 'A price or billing correction.' },
  },
});

export enum AgingBucketName {
  CURRENT = 'CURRENT',
  DAYS_1_30 = 'DAYS_1_30',
  DAYS_31_60 = 'DAYS_31_60',
  DAYS_61_90 = 'DAYS_61_90',
  OVER_90 = 'OVER_90',
}
registerEnumType(AgingBucketName, {
  name: 'AgingBucketName',
  description: 'How far past due outstanding invoices are.',
  valuesConfig: {
    CURRENT: { description: 'Not yet due.' },
    DAYS_1_30: { description: '1 to 30 days past due.' },
    DAYS_31_60: { description: '31 to 60 days past due.' },
    DAYS_61_90: { description: '61 to 90 days past due.' },
    OVER_90: { description: 'More than 90 days past due.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'Early-payment discount terms, e.g. 2/10 net 30.' })
export class EarlyPaymentTerms {
  @Field({ description: 'Percent off the balance when the invoice is paid in full in time, e.g. "2.00".' })
  discountPercent!: string;

  @Field(() => Int, { description: 'Days from the issue date within which the discount applies.' })
  days!: number;

  @Field({ description: 'Last day (YYYY-MM-DD) a payment earns the discount.' })
  payBy!: string;

  @Field({ description: 'Whether the discount can still be earned today.' })
  available!: boolean;
}

@ObjectType('InvoiceLine', { simpleResolvers: true, description: 'A billed quantity of an order line.' })
export class InvoiceLineNode {
  orderLineDbId!: string;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => Int, { description: '1-based position on the invoice.' })
  position!: number;

  @Field({ description: 'The SKU as ordered.' })
  sku!: string;

  @Field({ description: 'The product name as ordered.' })
  name!: string;

  @Field(() => Int, { description: 'Units billed.' })
  quantity!: number;

  @Field(() => Money, { description: "Price per unit: the order's price." })
  unitPrice!: Money;

  @Field(() => Money, { description: 'Quantity × unit price, rounded to the currency.' })
  lineTotal!: Money;

  @Field(() => ID, { description: 'The order line it bills.' })
  orderLineId!: string;
}

@ObjectType('CreditMemo', {
  simpleResolvers: true,
  description: 'A credit against one invoice, with its reason.',
})
export class CreditMemoNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'Credit memo number, e.g. CM-800001.' })
  number!: string;

  @Field(() => CreditMemoKind, { description: 'A return or an adjustment.' })
  kind!: CreditMemoKind;

  @Field(() => Money, { description: 'What it takes off the balance.' })
  amount!: Money;

  @Field({ description: 'Why it was issued.' })
  reason!: string;

  @Field(() => DateTimeScalar, { description: 'When it was issued.' })
  createdAt!: Date;

  @Field({ description: 'Who issued it.' })
  createdByName!: string;
}

@ObjectType('Invoice', {
  simpleResolvers: true,
  description: 'A bill for shipped goods of an account on terms (per shipment or per order).',
})
export class InvoiceNode {
  dbId!: string;
  orderDbId!: string;
  shipmentDbId!: string | null;
  accountDbId!: string;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'The invoice number, e.g. INV-700123.' })
  number!: string;

  @Field(() => InvoiceStatus, {
    description: 'Open, partly paid, paid, overdue (derived from the due date) or void.',
  })
  status!: InvoiceStatus;

  @Field({ description: 'Currency of every amount on the invoice.' })
  currency!: string;

  @Field({ description: 'Issue date, YYYY-MM-DD.' })
  issuedOn!: string;

  @Field({ description: 'Due date, YYYY-MM-DD: the issue date plus the payment terms.' })
  dueOn!: string;

  @Field(() => Int, { description: 'Net N days.' })
  paymentTermsDays!: number;

  @Field(() => Int, { description: 'Days past the due date today (0 when not yet due or settled).' })
  daysPastDue!: number;

  @Field(() => AgingBucketName, {
    nullable: true,
    description: 'Its aging bucket while something is owed; null when paid or void.',
  })
  agingBucket!: AgingBucketName | null;

  @Field(() => EarlyPaymentTerms, {
    nullable: true,
    description: "Early-payment discount terms copied from the account's terms; null without.",
  })
  earlyPaymentTerms!: EarlyPaymentTerms | null;

  @Field(() => Money, { description: 'Sum of the line totals.' })
  subtotal!: Money;

  @Field(() => Money, { description: "Its share of the order's shipping charge." })
  shippingTotal!: Money;

  @Field(() => Money, { description: "Its share of the order's tax." })
  taxTotal!: Money;

  @Field(() => Money, { description: 'Subtotal + shipping + tax.' })
  total!: Money;

  @Field(() => Money, { description: 'Paid so far.' })
  amountPaid!: Money;

  @Field(() => Money, { description: 'Credited so far: credit memos and early-payment discounts taken.' })
  amountCredited!: Money;

  @Field(() => Money, { description: 'What is still owed: total − paid − credited.' })
  balance!: Money;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was settled in full.' })
  paidAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was voided.' })
  voidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  voidReason!: string | null;

  @Field({ description: 'Where to download it as a PDF (with the session cookie).' })
  pdfUrl!: string;

  @Field({ description: 'True when the invoice is open or partly paid (it can be paid).' })
  payable!: boolean;
}

export const InvoiceConnection = connectionType(InvoiceNode, 'Invoice', 'invoices');

@InputType({ description: 'Narrow the invoice list (all conditions must hold).' })
export class InvoiceFilter {
  @Field(() => [InvoiceStatus], {
    nullable: true,
    description: 'Any of these statuses (OVERDUE is derived).',
  })
  statuses?: InvoiceStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Due on or after this date (YYYY-MM-DD).' })
  dueFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Due on or before this date (YYYY-MM-DD).' })
  dueTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Total at least this amount (decimal string).' })
  minAmount?: string | null;

  @Field(() => String, { nullable: true, description: 'Total at most this amount (decimal string).' })
  maxAmount?: string | null;

  @Field(() => String, { nullable: true, description: 'The order number, exactly (e.g. CO-100042).' })
  orderNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text in the invoice number, order number or PO number (up to 200 characters).',
  })
  search?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Outstanding balances of one aging bucket.' })
export class AgingBucketNode {
  @Field(() => AgingBucketName, { description: 'The bucket.' })
  bucket!: AgingBucketName;

  @Field(() => Money, { description: 'Sum of the balances in it.' })
  amount!: Money;

  @Field(() => Int, { description: 'How many invoices.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "The effective account's receivables by age, today." })
export class InvoiceAging {
  @Field({ description: 'The date the aging is computed for (YYYY-MM-DD).' })
  asOf!: string;

  @Field({ description: 'Currency of the amounts.' })
  currency!: string;

  @Field(() => [AgingBucketNode], { description: 'Current, 1–30, 31–60, 61–90 and over 90 days past due.' })
  buckets!: AgingBucketNode[];

  @Field(() => Money, { description: 'Everything still owed.' })
  totalOpen!: Money;

  @Field(() => Int, { description: 'How many invoices are outstanding.' })
  openCount!: number;

  @Field(() => Money, { description: 'Outstanding and past due.' })
  overdue!: Money;
}

@ObjectType('CreditMemoIssued', {
  simpleResolvers: true,
  description: 'The credit memo, and the invoice after it.',
})
export class CreditMemoIssuedNode {
  @Field(() => CreditMemoNode, { description: 'The credit memo.' })
  creditMemo!: CreditMemoNode;

  @Field(() => InvoiceNode, { description: 'The invoice as it is now.' })
  invoice!: InvoiceNode;
}

@ObjectType('InvoiceVoided', { simpleResolvers: true, description: 'The invoice after voiding.' })
export class InvoiceVoidedNode {
  @Field(() => InvoiceNode, { description: 'The invoice as it is now.' })
  invoice!: InvoiceNode;
}

export const IssueCreditMemoResult = createUnionType({
  name: 'IssueCreditMemoResult',
  description: 'The credit memo, or why it was refused (nothing changed then).',
  types: () => [CreditMemoIssuedNode, ValidationFailed] as const,
});

export const VoidInvoiceResult = createUnionType({
  name: 'VoidInvoiceResult',
  description: 'The voided invoice, or why it was refused (nothing changed then).',
  types: () => [InvoiceVoidedNode, ValidationFailed] as const,
});
