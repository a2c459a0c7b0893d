import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { requireViewer } from '../identity/index.js';
import { pageSize, toConnection } from '../../platform/pagination.js';
import { AccountConnection, AccountNode, AccountSummary, AddressConnection } from './account.types.js';
import { AccountsService, toAddressNode } from './accounts.service.js';

@Resolver(() => AccountNode)
export class AccountsResolver {
  @Query(() => AccountConnection, { description: 'Accounts the viewer may act for.' })
  accounts(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 20).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
    @Arg('search', () => String, { nullable: true, description: 'Match on account name or number.' })
    search?: string,
  ) {
    return new AccountsService(ctx.em).list(requireViewer(ctx.viewer), { first, after, search });
  }

  @Query(() => AccountNode, {
    nullable: true,
    description: 'One account the viewer may act for; null otherwise.',
  })
  account(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AccountNode | null> {
    return new AccountsService(ctx.em).byGlobalId(requireViewer(ctx.viewer), id);
  }

  @FieldResolver(() => AddressConnection, { description: "The account's ship-to addresses, by label." })
  async shipToAddresses(
    @Root() account: AccountNode,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 50).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
  ) {
    if (after) return new AccountsService(ctx.em).addresses(account.dbId, { first, after });
    const size = pageSize(first, 50);
    const rows = await ctx.loaders.firstAddresses.load(`${account.dbId}:${size}`);
    return toConnection(rows, size, Number(rows[0]?.total ?? 0), (r) => [r.label, r.id], toAddressNode);
  }

  @FieldResolver(() => AccountSummary, { description: "Figures for the account's home page." })
  async summary(@Root() account: AccountNode, @Ctx() ctx: Context): Promise<AccountSummary> {
    const summary = await ctx.loaders.summaryByAccount.load(account.dbId);
    if (!summary) throw new Error(`account ${account.dbId} vanished while being read`);
    return summary;
  }
}
