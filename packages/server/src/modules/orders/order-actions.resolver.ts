import { Arg, Ctx, ID, Int, Mutation, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { AddLinesResult } from '../checkout/cart.types.js';
import { requireViewer } from '../identity/index.js';
import { FulfilmentService, FulfilmentStage } from './fulfilment.service.js';
import { OrderActionsService } from './order-actions.service.js';
import {
  CreateShipmentInput,
  CreateShipmentResult,
  OrderChangeResult,
  OrderConnection,
} from './order.types.js';
import { ReorderService } from './reorder.service.js';

registerEnumType(FulfilmentStage, {
  name: 'FulfilmentStage',
  description: 'Which orders the fulfilment queue lists.',
  valuesConfig: {
    TO_SHIP: { description: 'Placed or approved, not fully shipped: goods to send.' },
    IN_TRANSIT: { description: 'Shipped in full, not yet delivered: deliveries to confirm.' },
  },
});

/** Changes to orders of the effective account: cancel, approve or reject, order again. */
@Resolver()
export class OrderActionsResolver {
  @Mutation(() => OrderChangeResult, {
    description:
      'Cancel an order while nothing has shipped: its buyer, a buyer admin of the account, or the seller acting for it. A card payment is voided.',
  })
  cancelOrder(
    @Ctx() ctx: Context,
    @Arg('orderId', () => ID, { description: 'The order.' }) orderId: string,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Why (kept on the timeline, up to 500 characters).',
    })
    reason?: string | null,
  ) {
    return new OrderActionsService(ctx.em).cancel(requireViewer(ctx.viewer), orderId, reason);
  }

  @Mutation(() => OrderChangeResult, {
    description: "Buyer admins: approve an order of their account that waits above a buyer's order limit.",
  })
  approveOrder(
    @Ctx() ctx: Context,
    @Arg('orderId', () => ID, { description: 'The order.' }) orderId: string,
    @Arg('comment', () => String, {
      nullable: true,
      description: 'A comment for the buyer (up to 1,000 characters).',
    })
    comment?: string | null,
  ) {
    return new OrderActionsService(ctx.em).approve(requireViewer(ctx.viewer), orderId, comment);
  }

  @Mutation(() => OrderChangeResult, {
    description:
      'Buyer admins: reject an order waiting for approval; it is cancelled and a card payment voided.',
  })
  rejectOrder(
    @Ctx() ctx: Context,
    @Arg('orderId', () => ID, { description: 'The order.' }) orderId: string,
    @Arg('comment', () => String, {
      nullable: true,
      description: 'Why, for the buyer (up to 1,000 characters).',
    })
    comment?: string | null,
  ) {
    return new OrderActionsService(ctx.em).reject(requireViewer(ctx.viewer), orderId, comment);
  }

  @Mutation(() => AddLinesResult, {
    description:
      "Order again: a past order's lines go into a cart (the active one by default), priced live; lines that cannot be ordered any more come back with why, changed prices as warnings.",
  })
  reorder(
    @Ctx() ctx: Context,
    @Arg('orderId', () => ID, { description: 'The past order.' }) orderId: string,
    @Arg('cartId', () => ID, { nullable: true, description: 'The cart; none for the active cart.' })
    cartId?: string | null,
  ) {
    return new ReorderService(ctx.em).reorder(requireViewer(ctx.viewer), orderId, cartId ?? null);
  }
}

/** Fulfilment by the seller (capability FULFIL_ORDERS): orders to ship across the site, shipments, delivery. */
@Resolver()
export class FulfilmentResolver {
  @Query(() => OrderConnection, {
    description:
      'Site admins: orders of every account of the site waiting to ship (placed, approved, partly shipped), or shipped and waiting to be confirmed delivered (stage IN_TRANSIT); oldest first.',
  })
  ordersToFulfil(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 20).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Text in the order number, PO number, account name, or a SKU or product name on the order.',
    })
    search?: string,
    @Arg('stage', () => FulfilmentStage, {
      nullable: true,
      description: 'TO_SHIP (the default): goods to send; IN_TRANSIT: shipped orders to confirm delivered.',
    })
    stage?: FulfilmentStage,
  ) {
    return new FulfilmentService(ctx.em).ordersToFulfil(requireViewer(ctx.viewer), {
      first,
      after,
      search,
      stage,
    });
  }

  @Mutation(() => CreateShipmentResult, {
    description:
      'Site admins: record a shipment of part or all of an order (or of one delivery group) with its tracking; the buyers are notified.',
  })
  createShipment(@Ctx() ctx: Context, @Arg('input', () => CreateShipmentInput) input: CreateShipmentInput) {
    return new FulfilmentService(ctx.em).createShipment(requireViewer(ctx.viewer), input);
  }

  @Mutation(() => OrderChangeResult, { description: 'Site admins: mark a shipped order delivered.' })
  markDelivered(
    @Ctx() ctx: Context,
    @Arg('orderId', () => ID, { description: 'The order.' }) orderId: string,
  ) {
    return new FulfilmentService(ctx.em).markDelivered(requireViewer(ctx.viewer), orderId);
  }
}
