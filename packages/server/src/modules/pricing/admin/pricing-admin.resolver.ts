import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../../app/context.js';
import { AuditService } from '../../audit/index.js';
import { requirePricingManager } from '../../identity/index.js';
import { PriceBooksService } from './price-books.service.js';
import {
  AuditEventConnection,
  BuyerGroupNode,
  PriceBookEntryConnection,
  PriceBookNode,
  PromotionConnection,
  PromotionNode,
  PromotionStatus,
  SavePriceBookInput,
  SavePriceBookResult,
  SavePromotionInput,
  SavePromotionResult,
  SaveVolumeTiersInput,
  SaveVolumeTiersResult,
  SetPriceBookEntryInput,
  SetPriceBookEntryResult,
  VolumeTierTableAdminNode,
} from './pricing-admin.types.js';
import { PromotionsService } from './promotions.service.js';
import { TiersService } from './tiers.service.js';

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return (1–100, default 50).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Items after this cursor.' })
  after?: string;
}

/** The seller side of pricing: price books, tiers, promotions, the audit trail. Pricing managers only. */
@Resolver(() => PriceBookNode)
export class PricingAdminResolver {
  @Query(() => [PriceBookNode], { description: "The site's price books (pricing managers)." })
  priceBooks(@Ctx() ctx: Context): Promise<PriceBookNode[]> {
    return new PriceBooksService(ctx.em).list(requirePricingManager(ctx.viewer));
  }

  @Query(() => PriceBookNode, { nullable: true, description: 'One price book (pricing managers).' })
  priceBook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PriceBookNode | null> {
    return new PriceBooksService(ctx.em).byGlobalId(requirePricingManager(ctx.viewer), id);
  }

  @FieldResolver(() => PriceBookEntryConnection, {
    description: "The site's products with their price in this book, by SKU.",
  })
  entries(
    @Root() book: PriceBookNode,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'SKU or name contains.' }) search?: string,
    @Arg('onlySet', () => Boolean, {
      nullable: true,
      description: 'Only products priced in this book itself.',
    })
    onlySet?: boolean,
  ) {
    return new PriceBooksService(ctx.em).entries(requirePricingManager(ctx.viewer), book, {
      ...page,
      search,
      onlySet,
    });
  }

  @Query(() => [BuyerGroupNode], { description: "The site's buyer groups (pricing managers)." })
  buyerGroups(@Ctx() ctx: Context): Promise<BuyerGroupNode[]> {
    return new PriceBooksService(ctx.em).buyerGroups(requirePricingManager(ctx.viewer));
  }

  @Mutation(() => SetPriceBookEntryResult, {
    description: "Set (or with a null price, remove) a product's price in a book. Audited.",
  })
  setPriceBookEntry(
    @Arg('input', () => SetPriceBookEntryInput) input: SetPriceBookEntryInput,
    @Ctx() ctx: Context,
  ) {
    return new PriceBooksService(ctx.em).setEntry(requirePricingManager(ctx.viewer), input);
  }

  @Mutation(() => SavePriceBookResult, { description: 'Create or change a price book. Audited.' })
  savePriceBook(@Arg('input', () => SavePriceBookInput) input: SavePriceBookInput, @Ctx() ctx: Context) {
    return new PriceBooksService(ctx.em).save(requirePricingManager(ctx.viewer), input);
  }

  @Query(() => VolumeTierTableAdminNode, {
    nullable: true,
    description:
      "A product's volume tiers in a currency as stored (pricing managers); null for an unknown SKU.",
  })
  volumeTiers(
    @Arg('sku', () => String) sku: string,
    @Arg('currency', () => String, { description: 'ISO 4217, e.g. USD.' }) currency: string,
    @Ctx() ctx: Context,
  ): Promise<VolumeTierTableAdminNode | null> {
    return new TiersService(ctx.em).table(requirePricingManager(ctx.viewer), sku, currency);
  }

  @Mutation(() => SaveVolumeTiersResult, {
    description: "Replace a product's volume tiers in a currency (validated: no gaps or overlaps). Audited.",
  })
  saveVolumeTiers(
    @Arg('input', () => SaveVolumeTiersInput) input: SaveVolumeTiersInput,
    @Ctx() ctx: Context,
  ) {
    return new TiersService(ctx.em).save(requirePricingManager(ctx.viewer), input);
  }

  @Query(() => PromotionConnection, { description: "The site's promotions by name (pricing managers)." })
  promotions(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => PromotionStatus, { nullable: true, description: 'Only promotions in this state.' })
    status?: PromotionStatus,
  ) {
    return new PromotionsService(ctx.em).list(requirePricingManager(ctx.viewer), { ...page, status });
  }

  @Query(() => PromotionNode, { nullable: true, description: 'One promotion (pricing managers).' })
  promotion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PromotionNode | null> {
    return new PromotionsService(ctx.em).byGlobalId(requirePricingManager(ctx.viewer), id);
  }

  @Mutation(() => SavePromotionResult, { description: 'Create or change a promotion. Audited.' })
  savePromotion(@Arg('input', () => SavePromotionInput) input: SavePromotionInput, @Ctx() ctx: Context) {
    return new PromotionsService(ctx.em).save(requirePricingManager(ctx.viewer), input);
  }

  @Query(() => AuditEventConnection, {
    description: "The site's audit trail, newest first (pricing managers).",
  })
  auditEvents(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('subjectType', () => String, { nullable: true, description: 'e.g. PriceBook, Promotion, Product.' })
    subjectType?: string,
  ) {
    return new AuditService(ctx.em).events(requirePricingManager(ctx.viewer), { ...page, subjectType });
  }
}
