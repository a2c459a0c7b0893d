import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { pageSize, toConnection } from '../../platform/pagination.js';
import { AccountNode, AddressNode } from '../accounts/index.js';
import { ProductNode } from '../catalog/index.js';
import { requireViewer } from '../identity/index.js';
import {
  OrderActor,
  OrderConnection,
  OrderFilter,
  OrderLineConnection,
  OrderLineNode,
  OrderNode,
} from './order.types.js';
import { OrdersService, toOrderLineNode } from './orders.service.js';

@Resolver(() => OrderNode)
export class OrdersResolver {
  @Query(() => OrderConnection, {
    description: "Order history of the viewer's effective account, newest first.",
  })
  orders(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 20).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Narrow the list.' })
    filter?: OrderFilter,
  ) {
    return new OrdersService(ctx.em).history(requireViewer(ctx.viewer), { first, after, filter });
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
}
