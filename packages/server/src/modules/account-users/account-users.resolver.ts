import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { requireViewer } from '../identity/index.js';
import { AccountUserNode, SetOrderLimitResult } from './account-users.types.js';
import { AccountUsersService } from './account-users.service.js';

/** Users of the effective account and their spending limits. */
@Resolver()
export class AccountUsersResolver {
  @Query(() => [AccountUserNode], {
    description:
      "Users of the effective account with their order limits: for its buyer admins, and read-only for the seller's people acting for it.",
  })
  accountUsers(@Ctx() ctx: Context): Promise<AccountUserNode[]> {
    return new AccountUsersService(ctx.em).list(requireViewer(ctx.viewer));
  }

  @Mutation(() => SetOrderLimitResult, {
    description:
      "Buyer admins: set a user's order limit (orders above it wait for approval); null or empty for no limit. Audited.",
  })
  setOrderLimit(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, { description: 'A user of the account.' }) userId: string,
    @Arg('limit', () => String, {
      nullable: true,
      description: 'An amount in the account currency, e.g. "2500.00".',
    })
    limit?: string | null,
  ) {
    return new AccountUsersService(ctx.em).setOrderLimit(requireViewer(ctx.viewer), userId, limit);
  }
}
