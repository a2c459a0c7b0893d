import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { pageSize, toConnection } from '../../platform/pagination.js';
import { AccountNode, AddressNode } from '../accounts/index.js';
import { ProductNode } from '../catalog/index.js';
import { requireViewer } from '../identity/index.js';
import {
  OrderActor,
  OrderApproval,
  OrderConnection,
  OrderDeliveryGroupNode,
  OrderFilter,
  OrderLineConnection,
  OrderLineNode,
  OrderNode,
  OrderPaymentCard,
  OrderPerson,
  OrderSort,
  OrderTimelineEventNode,
  ShipmentLineNode,
  ShipmentNode,
} from './order.types.js';
import { OrdersService, toOrderLineNode } from './orders.service.js';

@Resolver(() => OrderNode)
export class OrdersResolver {
  @Query(() => OrderConnection, {
    description:
      "Order history of the viewer's effective account: newest first unless sorted otherwise, searchable and filterable.",
  })
  orders(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 20).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Narrow the list.' })
    filter?: OrderFilter,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Text in the order number, PO number, or a SKU or product name on the order (up to 200 characters).',
    })
    search?: string,
    @Arg('sort', () => OrderSort, {
      nullable: true,
      description:
        'Sort order (default: placed, newest first). A cursor only continues the sort it came from.',
    })
    sort?: OrderSort,
  ) {
    return new OrdersService(ctx.em).history(requireViewer(ctx.viewer), {
      first,
      after,
      filter,
      search,
      sort,
    });
  }

  @Query(() => OrderNode, {
    nullable: true,
    description: "One order of the viewer's effective account; null when not found or not the viewer's.",
  })
  order(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OrderNode | null> {
    return new OrdersService(ctx.em).byGlobalId(requireViewer(ctx.viewer), id);
  }

  @FieldResolver(() => AccountNode, { description: 'The account the order is for.' })
  async account(@Root() order: OrderNode, @Ctx() ctx: Context): Promise<AccountNode> {
    const account = await ctx.loaders.accountById.load(order.accountDbId);
    if (!account) throw new Error(`account of order ${order.dbId} is missing`);
    return account;
  }

  @FieldResolver(() => OrderActor, {
    description: "Who placed it (a buyer, or a sales rep on the buyer's behalf).",
  })
  placedBy(@Root() order: OrderNode, @Ctx() ctx: Context): Promise<OrderActor> {
    return ctx.loaders.actorById.load(order.placedByDbId);
  }

  @FieldResolver(() => OrderPerson, {
    nullable: true,
    description: 'For an order a seller-side user placed: the buyer whose cart it was.',
  })
  async onBehalfOf(@Root() order: OrderNode, @Ctx() ctx: Context): Promise<OrderPerson | null> {
    if (!order.onBehalfOfDbId) return null;
    return { name: (await ctx.loaders.actorById.load(order.onBehalfOfDbId)).name };
  }

  @FieldResolver(() => OrderPaymentCard, {
    nullable: true,
    description: 'For an order paid by card: the card (brand and last four digits).',
  })
  paymentCard(@Root() order: OrderNode, @Ctx() ctx: Context): Promise<OrderPaymentCard | null> {
    return order.cardChargeDbId
      ? ctx.loaders.paymentCardByCharge.load(order.cardChargeDbId)
      : Promise.resolve(null);
  }

  @FieldResolver(() => AddressNode, { nullable: true, description: 'Where the order ships.' })
  shipTo(@Root() order: OrderNode, @Ctx() ctx: Context): Promise<AddressNode | null> {
    return order.shipToDbId ? ctx.loaders.addressById.load(order.shipToDbId) : Promise.resolve(null);
  }

  @FieldResolver(() => OrderLineConnection, { description: "The order's lines, in line-number order." })
  async lines(
    @Root() order: OrderNode,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 50).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
  ) {
    const size = pageSize(first, 50);
    const rows = after
      ? await new OrdersService(ctx.em).lines(order.dbId, size, after)
      : await ctx.loaders.firstLines.load(`${order.dbId}:${size}`);
    const connection = toConnection(rows, size, order.lineCount, (r) => [r.line_number], toOrderLineNode);
    if (!after) connection.pageInfo.hasNextPage = order.lineCount > size;
    return connection;
  }

  @FieldResolver(() => [OrderDeliveryGroupNode], {
    description: 'Where and when its parts ship, in position order (empty for imported history).',
  })
  deliveryGroups(@Root() order: OrderNode, @Ctx() ctx: Context): Promise<OrderDeliveryGroupNode[]> {
    return ctx.loaders.deliveryGroupsByOrder.load(order.dbId);
  }

  @FieldResolver(() => [ShipmentNode], { description: 'Shipments sent so far, oldest first.' })
  shipments(@Root() order: OrderNode, @Ctx() ctx: Context): Promise<ShipmentNode[]> {
    return ctx.loaders.shipmentsByOrder.load(order.dbId);
  }

  @FieldResolver(() => [OrderTimelineEventNode], {
    description:
      'What happened to the order, oldest first: placed, approval, shipments, delivery, cancellation.',
  })
  timeline(@Root() order: OrderNode, @Ctx() ctx: Context): Promise<OrderTimelineEventNode[]> {
    return ctx.loaders.timelineByOrder.load(order.dbId);
  }
}

@Resolver(() => OrderApproval)
export class OrderApprovalResolver {
  @FieldResolver(() => OrderPerson, { nullable: true, description: 'The buyer admin who decided.' })
  async decidedBy(@Root() approval: OrderApproval, @Ctx() ctx: Context): Promise<OrderPerson | null> {
    if (!approval.decidedByDbId) return null;
    return { name: (await ctx.loaders.actorById.load(approval.decidedByDbId)).name };
  }
}

@Resolver(() => OrderLineNode)
export class OrderLinesResolver {
  @FieldResolver(() => ProductNode, {
    nullable: true,
    description: 'The product, when the viewer may still see it.',
  })
  product(@Root() line: OrderLineNode, @Ctx() ctx: Context): Promise<ProductNode | null> {
    return line.productDbId ? ctx.loaders.productById.load(line.productDbId) : Promise.resolve(null);
  }

  @FieldResolver(() => OrderDeliveryGroupNode, {
    nullable: true,
    description: 'The delivery group it ships with; null for imported history.',
  })
  deliveryGroup(@Root() line: OrderLineNode, @Ctx() ctx: Context): Promise<OrderDeliveryGroupNode | null> {
    return line.deliveryGroupDbId
      ? ctx.loaders.deliveryGroupById.load(line.deliveryGroupDbId)
      : Promise.resolve(null);
  }
}

@Resolver(() => OrderDeliveryGroupNode)
export class OrderDeliveryGroupsResolver {
  @FieldResolver(() => [OrderLineNode], {
    description: 'The order lines in this group, in line-number order.',
  })
  lines(@Root() group: OrderDeliveryGroupNode, @Ctx() ctx: Context): Promise<OrderLineNode[]> {
    return ctx.loaders.linesByDeliveryGroup.load(group.dbId);
  }
}

@Resolver(() => ShipmentNode)
export class ShipmentsResolver {
  @FieldResolver(() => [ShipmentLineNode], { description: 'What it carried, per order line.' })
  lines(@Root() shipment: ShipmentNode, @Ctx() ctx: Context): Promise<ShipmentLineNode[]> {
    return ctx.loaders.shipmentLines.load(shipment.dbId);
  }
}
