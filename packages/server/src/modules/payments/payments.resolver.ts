import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { money } from '../../platform/money.js';
import { requireViewer } from '../identity/index.js';
import { InvoiceNode } from '../invoices/invoice.types.js';
import { earlyPaymentDiscount, utcDate } from './domain/early-payment-discount.js';
import { PayInvoicesService } from './pay-invoices.service.js';
import {
  EarlyPaymentDiscountNode,
  InvoicePaymentNode,
  PayInvoicesInput,
  PayInvoicesResult,
  PaymentConnection,
  PaymentNode,
} from './payments.types.js';
import { PaymentsService } from './payments.service.js';

/** Paying invoices and the effective account's payment history. */
@Resolver(() => PaymentNode)
export class PaymentsResolver {
  @Query(() => PaymentConnection, {
    description: "Payments of the viewer's effective account, newest first (empty without an account).",
  })
  payments(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 20).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
  ) {
    return new PaymentsService(ctx.em).history(requireViewer(ctx.viewer), { first, after });
  }

  @Query(() => PaymentNode, {
    nullable: true,
    description: "One payment of the viewer's effective account with its allocations; null when not found.",
  })
  payment(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The payment.' }) id: string) {
    return new PaymentsService(ctx.em).byGlobalId(requireViewer(ctx.viewer), id);
  }

  @Query(() => [InvoiceNode], {
    description:
      "Invoices of the viewer's effective account to pay together (the pay page), in the order given; ids of anything else are left out.",
  })
  invoicesToPay(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'The invoices (at most 100).' }) ids: string[],
  ) {
    return new PaymentsService(ctx.em).invoicesToPay(requireViewer(ctx.viewer), ids);
  }

  @Mutation(() => PayInvoicesResult, {
    description:
      'Pay invoices of the effective account, each in full or in part, by card (customer-side users) or by a bank transfer’s reference (customer-side users, and sales reps, account managers and site admins recording one). One transaction, idempotent by key; a decline or provider failure changes nothing.',
  })
  payInvoices(@Ctx() ctx: Context, @Arg('input', () => PayInvoicesInput) input: PayInvoicesInput) {
    return new PayInvoicesService(ctx.em).pay(requireViewer(ctx.viewer), input);
  }
}

/** The payments module's fields on Invoice. */
@Resolver(() => InvoiceNode)
export class InvoicePaymentsResolver {
  @FieldResolver(() => [InvoicePaymentNode], {
    description: 'Payments applied to this invoice, newest first (what each paid on it and its discount).',
  })
  payments(@Root() invoice: InvoiceNode, @Ctx() ctx: Context): Promise<InvoicePaymentNode[]> {
    return ctx.loaders.paymentsByInvoice.load(invoice.dbId);
  }

  @FieldResolver(() => EarlyPaymentDiscountNode, {
    nullable: true,
    description:
      'The early-payment discount a payment IN FULL today would take, with the amount that settles the invoice; null when none applies (no terms, window passed, paid or void). Paying in part takes no discount.',
  })
  earlyPaymentDiscount(@Root() invoice: InvoiceNode): EarlyPaymentDiscountNode | null {
    const terms = invoice.earlyPaymentTerms;
    if (!terms || !invoice.payable) return null;
    const discount = earlyPaymentDiscount(
      {
        balance: invoice.balance.amount,
        currency: invoice.currency,
        issuedOn: invoice.issuedOn,
        percent: terms.discountPercent,
        days: terms.days,
      },
      utcDate(new Date()),
    );
    if (!discount) return null;
    return Object.assign(new EarlyPaymentDiscountNode(), {
      percent: terms.discountPercent,
      amount: money(discount.amount, invoice.currency),
      payBy: discount.payBy,
      payInFullAmount: money(discount.payInFullAmount, invoice.currency),
    });
  }
}
