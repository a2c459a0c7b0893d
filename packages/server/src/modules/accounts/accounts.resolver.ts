import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { requireViewer } from '../identity/index.js';
import { AccountConnection, AccountNode, AccountSummary, AddressNode } from './account.types.js';
import { AccountsService } from './accounts.service.js';

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

  @FieldResolver(() => [AddressNode], { description: "The account's ship-to addresses." })
  shipToAddresses(@Root() account: AccountNode, @Ctx() ctx: Context): Promise<AddressNode[]> {
    return ctx.loaders.addressesByAccount.load(account.dbId);
  }

  @FieldResolver(() => AccountSummary, { description: "Figures for the account's home page." })
  async summary(@Root() account: AccountNode, @Ctx() ctx: Context): Promise<AccountSummary> {
    const summary = await ctx.loaders.summaryByAccount.load(account.dbId);
    if (!summary) throw new Error(`account ${account.dbId} vanished while being read`);
    return summary;
  }
}
