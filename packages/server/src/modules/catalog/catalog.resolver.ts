import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { requireViewer } from '../identity/index.js';
import { localized } from './catalog-reference.js';
import { CatalogService } from './catalog.service.js';
import {
  AvailabilityNode,
  BundleComponentNode,
  CategoryConnection,
  CategoryNode,
  ProductAttributeNode,
  ProductEntitlementNode,
  ProductMediaNode,
  ProductNode,
  PurchaseRulesNode,
  RelatedProductNode,
} from './catalog.types.js';
import { RelationKind } from './product-relation.entity.js';

@Resolver(() => ProductNode)
export class ProductsResolver {
  @Query(() => ProductNode, {
    nullable: true,
    description: 'One product the viewer may see; null when not found (or not available to the viewer).',
  })
  product(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProductNode | null> {
    return new CatalogService(ctx.em).productByGlobalId(requireViewer(ctx.viewer), id);
  }

  @Query(() => ProductNode, {
    nullable: true,
    description: 'One product by SKU; null when not found (or not available to the viewer).',
  })
  productBySku(@Arg('sku', () => String) sku: string, @Ctx() ctx: Context): Promise<ProductNode | null> {
    return new CatalogService(ctx.em).productBySku(requireViewer(ctx.viewer), sku);
  }

  @FieldResolver(() => CategoryNode, { description: 'The category the product sits in.' })
  async category(@Root() product: ProductNode, @Ctx() ctx: Context): Promise<CategoryNode> {
    const category = await new CatalogService(ctx.em).categoryById(
      requireViewer(ctx.viewer),
      product.categoryDbId,
    );
    if (!category) throw new Error(`category ${product.categoryDbId} of product ${product.dbId} is missing`);
    return category;
  }

  @FieldResolver(() => [ProductAttributeNode], {
    description: "Facet values of the product (roast, origin, material, …) in the viewer's language.",
  })
  async attributes(@Root() product: ProductNode, @Ctx() ctx: Context): Promise<ProductAttributeNode[]> {
    const viewer = requireViewer(ctx.viewer);
    const { facets } = await new CatalogService(ctx.em).reference(viewer);
    return facets.flatMap((facet) => {
      const value = product.attributeValues[facet.code];
      if (value === undefined) return [];
      const definition = facet.values.find((v) => v.code === value);
      return [
        {
          code: facet.code,
          label: localized(facet.label, facet.labelTranslations, viewer.locale),
          value,
          valueLabel: definition
            ? localized(definition.label, definition.labelTranslations, viewer.locale)
            : value,
        },
      ];
    });
  }

  @FieldResolver(() => PurchaseRulesNode, { description: 'How much may go on one order line.' })
  purchaseRules(@Root() product: ProductNode): PurchaseRulesNode {
    return product.rules;
  }

  @FieldResolver(() => ProductEntitlementNode, { description: 'What the viewer may do with the product.' })
  entitlement(@Root() product: ProductNode): ProductEntitlementNode {
    const { canBuy, canSeePrice, reason } = product.access;
    return { canBuy, canSeePrice, reason };
  }

  @FieldResolver(() => AvailabilityNode, { description: 'Stock across warehouses.' })
  availability(@Root() product: ProductNode, @Ctx() ctx: Context): Promise<AvailabilityNode> {
    return ctx.loaders.availabilityByProduct.load(product.dbId);
  }

  @FieldResolver(() => [BundleComponentNode], {
    description: 'For a bundle: its components the viewer may see (empty for other products).',
  })
  async bundleComponents(@Root() product: ProductNode, @Ctx() ctx: Context): Promise<BundleComponentNode[]> {
    if (!product.bundlePricing) return [];
    const rows = await ctx.loaders.bundleComponentsByProduct.load(product.dbId);
    const products = await Promise.all(rows.map((r) => ctx.loaders.productById.load(r.component_id)));
    return rows.flatMap((row, i) =>
      products[i] ? [{ product: products[i], quantity: row.quantity, required: row.required }] : [],
    );
  }

  @FieldResolver(() => [RelatedProductNode], {
    description: 'Accessories, cross-sells, upsells and replacements the viewer may see.',
  })
  async related(
    @Root() product: ProductNode,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [RelationKind], { nullable: true, description: 'Only these kinds (default: all).' })
    kinds?: RelationKind[] | null,
  ): Promise<RelatedProductNode[]> {
    const rows = (await ctx.loaders.relationsByProduct.load(product.dbId)).filter(
      (r) => !kinds?.length || kinds.includes(r.kind),
    );
    const products = await Promise.all(rows.map((r) => ctx.loaders.productById.load(r.related_id)));
    return rows.flatMap((row, i) => (products[i] ? [{ kind: row.kind, product: products[i] }] : []));
  }

  @FieldResolver(() => [ProductMediaNode], { description: 'Images, datasheets, videos and documents.' })
  media(@Root() product: ProductNode, @Ctx() ctx: Context): Promise<ProductMediaNode[]> {
    return ctx.loaders.mediaByProduct.load(product.dbId);
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
    return category.parentDbId
      ? new CatalogService(ctx.em).categoryById(requireViewer(ctx.viewer), category.parentDbId)
      : Promise.resolve(null);
  }

  @FieldResolver(() => Int, {
    description: 'How many active products the viewer may see directly in this category.',
  })
  productCount(@Root() category: CategoryNode, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.productCountByCategory.load(category.dbId);
  }
}
