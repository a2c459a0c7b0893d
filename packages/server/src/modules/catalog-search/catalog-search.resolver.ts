import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { requireViewer } from '../identity/index.js';
import { CatalogSearchService, type CatalogQuery } from './catalog-search.service.js';
import { FacetFilterInput, FacetNode, ProductConnection, ProductSort } from './catalog-search.types.js';

@Resolver(() => ProductConnection)
export class CatalogSearchResolver {
  @Query(() => ProductConnection, {
    description:
      "Products the viewer may see on their site: search in the viewer's language (name, SKU, description; SKU prefixes and typos match too), filter by category and facets, sort by relevance, name or price.",
  })
  products(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 24).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
    @Arg('search', () => String, { nullable: true, description: 'Words, a SKU or the start of one.' })
    search?: string,
    @Arg('categoryId', () => ID, {
      nullable: true,
      description: 'Only products in this category or its children.',
    })
    categoryId?: string,
    @Arg('facets', () => [FacetFilterInput], {
      nullable: true,
      description: 'Facet filters: values of one facet match any; different facets must all match.',
    })
    facets?: FacetFilterInput[],
    @Arg('sort', () => ProductSort, {
      nullable: true,
      description: 'Order (default: relevance when searching, name otherwise).',
    })
    sort?: ProductSort,
  ): Promise<ProductConnection> {
    return new CatalogSearchService(ctx.em).search(requireViewer(ctx.viewer), {
      first,
      after,
      search,
      categoryId,
      facets,
      sort,
      want: { total: selects(info, 'totalCount'), facets: selects(info, 'facets') },
    });
  }

  @FieldResolver(() => Int, { description: 'How many products the whole (filtered) list holds.' })
  totalCount(@Root() connection: ProductConnection, @Ctx() ctx: Context): Promise<number> {
    return new CatalogSearchService(ctx.em).count(connection.query as CatalogQuery);
  }

  @FieldResolver(() => [FacetNode], {
    description: 'Facets of the matching products with counts per value (empty when the site has none).',
  })
  facets(@Root() connection: ProductConnection, @Ctx() ctx: Context): Promise<FacetNode[]> {
    return new CatalogSearchService(ctx.em).facets(connection.query as CatalogQuery);
  }
}

/** Whether the request selects a field directly under this one (through fragments too). */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
