import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { BadUserInputError } from '../../platform/errors.js';
import { Money } from '../../platform/graphql-types.js';
import { ProductNode } from '../catalog/index.js';
import { requireViewer } from '../identity/index.js';
import { PricingService } from './pricing.service.js';
import {
  PricedLineNode,
  PriceLineInput,
  PriceLinesResultNode,
  PriceTierTableNode,
  ProductPriceNode,
} from './pricing.types.js';

/** Prices on products, and the dry-run pricing of many lines. */
@Resolver(() => ProductNode)
export class ProductPricingResolver {
  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "List price per unit in the viewer's currency; null when the viewer may not see prices or none is set.",
  })
  listPrice(@Root() product: ProductNode, @Ctx() ctx: Context): Promise<Money | null> {
    return ctx.loaders.listPriceByProduct.load(product);
  }

  @FieldResolver(() => ProductPriceNode, {
    nullable: true,
    description:
      "The viewer's price for a quantity (effective account, its currency, buyer groups and contract), explained step by step; null when the viewer may not see prices or nothing prices the product.",
  })
  price(
    @Root() product: ProductNode,
    @Ctx() ctx: Context,
    @Arg('quantity', () => Int, { defaultValue: 1, description: 'How many (1–1,000,000).' }) quantity: number,
  ): Promise<ProductPriceNode | null> {
    if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > 1_000_000) {
      throw new BadUserInputError('`quantity` must be a whole number from 1 to 1,000,000.');
    }
    return ctx.loaders.priceByProductQuantity.load({ product, quantity });
  }

  @FieldResolver(() => PriceTierTableNode, {
    nullable: true,
    description: 'Volume tiers priced for the viewer ("10+ at $X"); null when the product has none.',
  })
  tierTable(@Root() product: ProductNode, @Ctx() ctx: Context): Promise<PriceTierTableNode | null> {
    return ctx.loaders.tierTableByProduct.load(product);
  }

  @Query(() => PriceLinesResultNode, {
    description:
      "Dry-run pricing of up to 2,000 SKU and quantity lines for the viewer's effective account, each with its explanation or its own error (unknown SKU, not entitled, quantity rule); one bad line never fails the others.",
  })
  priceLines(
    @Arg('lines', () => [PriceLineInput], { description: 'SKUs and quantities, 1 to 2,000 lines.' })
    lines: PriceLineInput[],
    @Arg('couponCodes', () => [String], { nullable: true, description: 'Coupon codes to try.' })
    couponCodes: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<PriceLinesResultNode> {
    return new PricingService(ctx.em).priceLines(requireViewer(ctx.viewer), lines, couponCodes ?? []);
  }
}

/** A priced line's product: loaded only when the query asks for it (a dry run of 2,000 lines rarely does). */
@Resolver(() => PricedLineNode)
export class PricedLineResolver {
  @FieldResolver(() => ProductNode, { description: 'The product.' })
  async product(@Root() line: PricedLineNode, @Ctx() ctx: Context): Promise<ProductNode> {
    const product = await ctx.loaders.productById.load(line.productDbId);
    if (!product) throw new Error(`priced product ${line.productDbId} is not visible`);
    return product;
  }
}
