import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, ValidationFailed } from '../../platform/graphql-types.js';
import { ProductNode } from '../catalog/index.js';

@ObjectType('WishlistItem', { simpleResolvers: true, description: 'A product and quantity kept on a list.' })
export class WishlistItemNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => ProductNode, { description: 'The product (only products the viewer may see are listed).' })
  product!: ProductNode;

  @Field(() => Int, { description: 'How many to order.' })
  quantity!: number;

  @Field(() => DateTimeScalar, { description: 'When it was added.' })
  addedAt!: Date;
}

@ObjectType('Wishlist', {
  simpleResolvers: true,
  description: 'A named list of products the account keeps for ordering again.',
})
export class WishlistNode {
  dbId!: string;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'The name, e.g. "Weekly espresso restock".' })
  name!: string;

  @Field(() => [WishlistItemNode], {
    description: 'Its items the viewer may see, in the order they were added.',
  })
  items!: WishlistItemNode[];

  @Field(() => DateTimeScalar, { description: 'Last change.' })
  updatedAt!: Date;
}

@ObjectType('WishlistSaved', { simpleResolvers: true, description: 'The list after the change.' })
export class WishlistSavedNode {
  @Field(() => WishlistNode, { description: 'The list as it is now.' })
  wishlist!: WishlistNode;
}

export const WishlistResult = createUnionType({
  name: 'WishlistResult',
  description: 'The list after the change, or why it was refused (nothing changed then).',
  types: () => [WishlistSavedNode, ValidationFailed] as const,
});
