import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../platform/pagination.js';

@ObjectType('Category', { description: "A node in a site's category tree." })
export class CategoryNode {
  dbId!: string;
  parentDbId!: string | null;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'URL-friendly name, unique within the site.' })
  slug!: string;
}

@ObjectType('Product', { description: "A product in a site's catalog." })
export class ProductNode {
  dbId!: string;
  categoryDbId!: string;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'Stock keeping unit, unique within the site.' })
  sku!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Longer description.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Image URL (relative to the portal).' })
  imageUrl!: string | null;

  @Field({ description: 'Unit of measure, e.g. bag, case, each.' })
  unitOfMeasure!: string;
}

export const ProductConnection = connectionType(ProductNode, 'Product', 'products');
export const CategoryConnection = connectionType(CategoryNode, 'Category', 'categories');
