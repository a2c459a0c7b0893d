import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { Money } from '../../platform/graphql-types.js';
import { requireViewer } from '../identity/index.js';
import { CategoryConnection, CategoryNode, ProductConnection, ProductNode } from './catalog.types.js';
import { CatalogService } from './catalog.service.js';

@Resolver(() => ProductNode)
export class ProductsResolver {
  @Query(() => ProductConnection, { description: "Active products of the viewer's site, by name." })
  products(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 24).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
    @Arg('search', () => String, { nullable: true, description: 'Match on name, SKU or description.' })
    search?: string,
    @Arg('categoryId', () => ID, {
      nullable: true,
      description: 'Only products in this category or its children.',
    })
    categoryId?: string,
  ) {
    return new CatalogService(ctx.em).products(requireViewer(ctx.viewer), {
      first,
      after,
      search,
      categoryId,
    });
  }

  @Query(() => ProductNode, {
    nullable: true,
    description: "One product of the viewer's site; null when not found.",
  })
  product(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProductNode | null> {
    return new CatalogService(ctx.em).productByGlobalId(requireViewer(ctx.viewer), id);
  }

  @Query(() => ProductNode, { nullable: true, description: 'One product by SKU; null when not found.' })
  productBySku(@Arg('sku', () => String) sku: string, @Ctx() ctx: Context): Promise<ProductNode | null> {
    return new CatalogService(ctx.em).productBySku(requireViewer(ctx.viewer), sku);
  }

  @FieldResolver(() => CategoryNode, { description: 'The category the product sits in.' })
  async category(@Root() product: ProductNode, @Ctx() ctx: Context): Promise<CategoryNode> {
    const category = await ctx.loaders.categoryById.load(product.categoryDbId);
    if (!category) throw new Error(`category ${product.categoryDbId} of product ${product.dbId} is missing`);
    return category;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "List price in the viewer's effective account currency; null when the product has none in it.",
  })
  listPrice(@Root() product: ProductNode, @Ctx() ctx: Context): Promise<Money | null> {
    return ctx.loaders.listPriceByProduct.load(product.dbId);
  }
}

@Resolver(() => CategoryNode)
export class CategoriesResolver {
  @Query(() => CategoryConnection, {
    description:
      "The category tree of the viewer's site in display order: parents before children, siblings by position.",
  })
  categories(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'How many items to return (1–500, default 500).',
    })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
  ) {
    return new CatalogService(ctx.em).categories(requireViewer(ctx.viewer), { first, after });
  }

  @FieldResolver(() => CategoryNode, { nullable: true, description: 'The parent category, if any.' })
  parent(@Root() category: CategoryNode, @Ctx() ctx: Context): Promise<CategoryNode | null> {
    return category.parentDbId ? ctx.loaders.categoryById.load(category.parentDbId) : Promise.resolve(null);
  }

  @FieldResolver(() => Int, { description: 'How many active products the category holds directly.' })
  productCount(@Root() category: CategoryNode, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.productCountByCategory.load(category.dbId);
  }
}
