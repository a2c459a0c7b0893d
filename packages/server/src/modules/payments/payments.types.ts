import { createUnionType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, Money, UserError, ValidationFailed } from '../../platform/graphql-types.js';
import { connectionType } from '../../platform/pagination.js';
import { CardInput, PaymentDeclined, PaymentFailed } from '../checkout/checkout.types.js';
import { PaymentMethodKind } from './payment.entity.js';

registerEnumType(PaymentMethodKind, {
  name: 'PaymentMethodKind',
  description: 'How a payment against invoices was made.',
  valuesConfig: {
    CARD: { description: 'By card, through the payment provider.' },
    BANK_TRANSFER: { description: 'By bank transfer, recorded with its reference.' },
  },
});

@InputType({ description: 'The part of a payment applied to one invoice.' })
export class PaymentAllocationInput {
  @Field(() => ID, { description: 'The invoice.' })
  invoiceId!: string;

  @Field({
    description:
      'Money paid against it, a decimal string (e.g. "125.50"): at most what is owed today — the balance, or the discounted amount that settles it in full while an early-payment discount applies.',
  })
  amount!: string;
}

@InputType({ description: 'Pay one or many invoices of the effective account, each in full or in part.' })
export class PayInvoicesInput {
  @Field({
    description:
      'A key the client makes once per payment (e.g. a UUID) and sends again on a retry: the same key and request make one payment; the same key with another request is refused.',
  })
  idempotencyKey!: string;

  @Field({ description: 'The payment’s total, a decimal string: the allocations must add up to it.' })
  amount!: string;

  @Field(() => [PaymentAllocationInput], { description: 'What to pay on each invoice (1–100 invoices).' })
  allocations!: PaymentAllocationInput[];

  @Field(() => PaymentMethodKind, { description: 'How to pay.' })
  method!: PaymentMethodKind;

  @Field(() => CardInput, { nullable: true, description: 'The card (CARD only).' })
  card?: CardInput | null;

  @Field(() => String, { nullable: true, description: 'The bank transfer’s reference (BANK_TRANSFER only).' })
  bankReference?: string | null;
}

@ObjectType('PaymentCard', { simpleResolvers: true, description: 'The card a payment was made with.' })
export class PaymentCardNode {
  @Field({ description: 'Card brand, e.g. Visa.' })
  brand!: string;

  @Field({ description: 'Last four digits.' })
  last4!: string;
}

@ObjectType('PaymentAllocation', {
  simpleResolvers: true,
  description: 'The part of a payment applied to one invoice.',
})
export class PaymentAllocationNode {
  @Field(() => ID, { description: 'The invoice’s ID.' })
  invoiceId!: string;

  @Field({ description: 'The invoice’s number.' })
  invoiceNumber!: string;

  @Field(() => Money, { description: 'Money paid against the invoice.' })
  amount!: Money;

  @Field(() => Money, {
    description: 'Early-payment discount credited with it (zero when it paid in part or after the window).',
  })
  discount!: Money;

  @Field(() => Money, { description: 'What it settled of the invoice’s balance: amount + discount.' })
  settled!: Money;

  @Field(() => Money, {
    description:
      'The invoice’s balance right after this payment, recorded when it was made (as on the receipt): later payments and credit memos do not change it.',
  })
  balanceAfter!: Money;
}

@ObjectType('Payment', {
  simpleResolvers: true,
  description: 'Money received against invoices: by an approved card charge or a bank transfer.',
})
export class PaymentNode {
  @Field(() => ID, { description: 'Opaque ID.' })
  id!: string;

  dbId!: string;

  @Field({ description: 'Payment number, e.g. PAY-900001.' })
  number!: string;

  @Field(() => PaymentMethodKind, { description: 'How it was paid.' })
  method!: PaymentMethodKind;

  @Field(() => Money, { description: 'The money paid.' })
  amount!: Money;

  @Field(() => Money, { description: 'Early-payment discounts taken, over all its invoices.' })
  discountTotal!: Money;

  @Field(() => Money, { description: 'What it settled of the invoices’ balances: amount + discounts.' })
  settledTotal!: Money;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field({ description: 'Who made or recorded it.' })
  paidByName!: string;

  @Field(() => PaymentCardNode, { nullable: true, description: 'The card, for a card payment.' })
  card!: PaymentCardNode | null;

  @Field(() => String, { nullable: true, description: 'The bank transfer’s reference, for a bank transfer.' })
  bankReference!: string | null;

  @Field(() => [PaymentAllocationNode], {
    description: 'What it paid on each invoice, in invoice-number order.',
  })
  allocations!: PaymentAllocationNode[];

  @Field({ description: 'Where its PDF receipt downloads (signed-in viewers of the account).' })
  receiptUrl!: string;
}

export const PaymentConnection = connectionType(PaymentNode, 'Payment', 'payments');

@ObjectType('InvoicePayment', { simpleResolvers: true, description: 'A payment as applied to one invoice.' })
export class InvoicePaymentNode {
  @Field(() => ID, { description: 'The payment’s ID.' })
  paymentId!: string;

  @Field({ description: 'The payment’s number.' })
  paymentNumber!: string;

  @Field({ description: 'When the payment was made.' })
  paidAt!: Date;

  @Field(() => PaymentMethodKind, { description: 'How it was paid.' })
  method!: PaymentMethodKind;

  @Field({ description: 'Who made or recorded it.' })
  paidByName!: string;

  @Field(() => Money, { description: 'Money paid against this invoice.' })
  amount!: Money;

  @Field(() => Money, { description: 'Early-payment discount credited to this invoice with it.' })
  discount!: Money;

  @Field(() => Money, {
    description:
      'This invoice’s balance right after the payment, recorded when it was made (as on the receipt): later payments and credit memos do not change it.',
  })
  balanceAfter!: Money;

  @Field({ description: 'Where the payment’s PDF receipt downloads.' })
  receiptUrl!: string;
}

@ObjectType('EarlyPaymentDiscount', {
  simpleResolvers: true,
  description:
    'An early-payment discount available today: paying the invoice IN FULL by `payBy` settles it for `payInFullAmount` (the balance less the discount). A part payment takes no discount.',
})
export class EarlyPaymentDiscountNode {
  @Field({ description: 'The discount, in percent of the balance, e.g. "2.00".' })
  percent!: string;

  @Field(() => Money, {
    description: 'The discount: percent of the balance, rounded half up to the currency.',
  })
  amount!: Money;

  @Field({ description: 'The last day (YYYY-MM-DD) a payment in full takes the discount.' })
  payBy!: string;

  @Field(() => Money, { description: 'What settles the invoice in full today: balance − discount.' })
  payInFullAmount!: Money;
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description:
    'The idempotency key already made a payment with other amounts or another way to pay; nothing was charged or changed.',
})
export class IdempotencyKeyReused extends UserError {
  @Field({ description: 'The number of the payment the key made.' })
  paymentNumber!: string;

  constructor(message: string, paymentNumber: string) {
    super();
    this.code = ErrorCode.IDEMPOTENCY_KEY_REUSED;
    this.message = message;
    this.paymentNumber = paymentNumber;
  }
}

export const PayInvoicesResult = createUnionType({
  name: 'PayInvoicesResult',
  description:
    'The payment (also when this key had already made it), or why none was made: then no invoice changed and nothing was charged.',
  types: () => [PaymentNode, PaymentDeclined, PaymentFailed, ValidationFailed, IdempotencyKeyReused] as const,
  resolveType: (value) => {
    if (value instanceof PaymentNode) return 'Payment';
    if (value instanceof PaymentDeclined) return 'PaymentDeclined';
    if (value instanceof PaymentFailed) return 'PaymentFailed';
    if (value instanceof IdempotencyKeyReused) return 'IdempotencyKeyReused';
    return 'ValidationFailed';
  },
});
