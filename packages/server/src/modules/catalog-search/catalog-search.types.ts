import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../platform/pagination.js';
import { ProductNode } from '../catalog/index.js';

export enum ProductSort {
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
}
registerEnumType(ProductSort, {
  name: 'ProductSort',
  description: 'Order of a product list.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match first (the default when searching; by name otherwise).' },
    NAME: { description: "By name in the viewer's language." },
    PRICE_ASC: {
      description:
        "By the viewer's unit price before volume tiers and promotions (contract, group book or list), lowest first; hidden prices last.",
    },
    PRICE_DESC: {
      description:
        "By the viewer's unit price before volume tiers and promotions (contract, group book or list), highest first; hidden prices last.",
    },
  },
});

@InputType({ description: 'Keep products whose facet has one of these values.' })
export class FacetFilterInput {
  @Field({ description: 'Facet code, e.g. roast.' })
  code!: string;

  @Field(() => [String], { description: 'Value codes; any of them matches.' })
  values!: string[];
}

@ObjectType('FacetValue', {
  simpleResolvers: true,
  description: 'A facet value with how many products would match if chosen.',
})
export class FacetValueNode {
  @Field({ description: 'Value code.' })
  code!: string;

  @Field({ description: "Value in the viewer's language." })
  label!: string;

  @Field(() => Int, {
    description: "Matching products with this value, under every other facet's filter (not this facet's).",
  })
  count!: number;

  @Field({ description: 'The value is among the current filters.' })
  selected!: boolean;
}

@ObjectType('Facet', {
  simpleResolvers: true,
  description: 'A filterable attribute of the matching products.',
})
export class FacetNode {
  @Field({ description: 'Facet code.' })
  code!: string;

  @Field({ description: "Facet name in the viewer's language." })
  label!: string;

  @Field(() => [FacetValueNode], { description: 'Values with counts.' })
  values!: FacetValueNode[];
}

@ObjectType('ProductEdge', { simpleResolvers: true, description: 'A product with its cursor.' })
export class ProductEdge {
  @Field({ description: 'Pass as `after` to continue after this item.' })
  cursor!: string;

  @Field(() => ProductNode, { description: 'The product.' })
  node!: ProductNode;
}

/** A page of search results; totalCount and facets are computed only when asked for. */
@ObjectType('ProductConnection', { simpleResolvers: true, description: 'A page of products.' })
export class ProductConnection {
  /** The search behind the page, for the lazy fields. */
  query!: unknown;

  @Field(() => [ProductEdge], { description: 'The products on this page with their cursors.' })
  edges!: ProductEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo!: PageInfo;
}
