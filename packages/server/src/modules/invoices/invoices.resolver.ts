import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { requireViewer } from '../identity/index.js';
import { OrderNode, ShipmentNode, toOrderNode } from '../orders/index.js';
import { CreditMemoKind } from './invoice.entity.js';
import { InvoiceActionsService } from './invoice-actions.service.js';
import {
  CreditMemoNode,
  InvoiceAging,
  InvoiceConnection,
  InvoiceFilter,
  InvoiceLineNode,
  InvoiceNode,
  IssueCreditMemoResult,
  VoidInvoiceResult,
} from './invoice.types.js';
import { InvoicesService } from './invoices.service.js';

@Resolver(() => InvoiceNode)
export class InvoicesResolver {
  @Query(() => InvoiceConnection, {
    description:
      "Invoices of the viewer's effective account, newest first: searchable and filterable by status, due date, amount and order.",
  })
  invoices(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 20).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
    @Arg('filter', () => InvoiceFilter, { nullable: true, description: 'Narrow the list.' })
    filter?: InvoiceFilter,
  ) {
    return new InvoicesService(ctx.em).list(requireViewer(ctx.viewer), { first, after, filter });
  }

  @Query(() => InvoiceNode, {
    nullable: true,
    description: "One invoice of the viewer's effective account; null when not found or not the viewer's.",
  })
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InvoiceNode | null> {
    return new InvoicesService(ctx.em).byGlobalId(requireViewer(ctx.viewer), id);
  }

  @Query(() => InvoiceAging, {
    description: "The effective account's outstanding invoices by age today: amounts and counts per bucket.",
  })
  invoiceAging(@Ctx() ctx: Context): Promise<InvoiceAging> {
    return new InvoicesService(ctx.em).aging(requireViewer(ctx.viewer));
  }

  @Mutation(() => IssueCreditMemoResult, {
    description:
      'Seller side (sales reps, account managers, site admins): credit an invoice of the effective account for a return or an adjustment, up to its balance, with a reason.',
  })
  issueCreditMemo(
    @Ctx() ctx: Context,
    @Arg('invoiceId', () => ID, { description: 'The invoice.' }) invoiceId: string,
    @Arg('kind', () => CreditMemoKind, { description: 'A return or an adjustment.' }) kind: CreditMemoKind,
    @Arg('amount', () => String, {
      description: 'Decimal amount in the invoice currency, more than zero and at most the balance.',
    })
    amount: string,
    @Arg('reason', () => String, { description: 'Why (required, up to 500 characters).' }) reason: string,
  ) {
    return new InvoiceActionsService(ctx.em).issueCreditMemo(requireViewer(ctx.viewer), {
      invoiceId,
      kind,
      amount,
      reason,
    });
  }

  @Mutation(() => VoidInvoiceResult, {
    description:
      'Seller side: void an invoice of the effective account on which nothing has been paid; nothing is owed on it afterwards.',
  })
  voidInvoice(
    @Ctx() ctx: Context,
    @Arg('invoiceId', () => ID, { description: 'The invoice.' }) invoiceId: string,
    @Arg('reason', () => String, { description: 'Why (required, up to 500 characters).' }) reason: string,
  ) {
    return new InvoiceActionsService(ctx.em).voidInvoice(requireViewer(ctx.viewer), invoiceId, reason);
  }

  @FieldResolver(() => [InvoiceLineNode], { description: 'What it bills, in position order.' })
  lines(@Root() invoice: InvoiceNode, @Ctx() ctx: Context): Promise<InvoiceLineNode[]> {
    return ctx.loaders.invoiceLines.load(invoice.dbId);
  }

  @FieldResolver(() => OrderNode, { description: 'The order it bills.' })
  async order(@Root() invoice: InvoiceNode, @Ctx() ctx: Context): Promise<OrderNode> {
    const row = await ctx.loaders.invoiceOrders.load(invoice.orderDbId);
    if (!row) throw new Error(`order of invoice ${invoice.dbId} is missing`);
    return toOrderNode(row, ctx.viewer);
  }

  @FieldResolver(() => [ShipmentNode], {
    description:
      'The shipments it bills: its shipment (per-shipment invoicing) or all of the order’s (per order).',
  })
  async shipments(@Root() invoice: InvoiceNode, @Ctx() ctx: Context): Promise<ShipmentNode[]> {
    const all = await ctx.loaders.shipmentsByOrder.load(invoice.orderDbId);
    return invoice.shipmentDbId ? all.filter((s) => s.dbId === invoice.shipmentDbId) : all;
  }

  @FieldResolver(() => [CreditMemoNode], { description: 'Credit memos against it, oldest first.' })
  creditMemos(@Root() invoice: InvoiceNode, @Ctx() ctx: Context): Promise<CreditMemoNode[]> {
    return ctx.loaders.creditMemosByInvoice.load(invoice.dbId);
  }
}

@Resolver(() => OrderNode)
export class OrderInvoicesResolver {
  @FieldResolver(() => [InvoiceNode], { description: 'Invoices billing this order, oldest first.' })
  invoices(@Root() order: OrderNode, @Ctx() ctx: Context): Promise<InvoiceNode[]> {
    return ctx.loaders.invoicesByOrder.load(order.dbId);
  }
}
