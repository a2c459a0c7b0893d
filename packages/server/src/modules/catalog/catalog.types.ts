import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../platform/pagination.js';
import type { Entitlement } from '../entitlements/index.js';
import type { PurchaseRules } from './domain/purchase-rules.js';
import { MediaKind } from './product-media.entity.js';
import { RelationKind } from './product-relation.entity.js';
import { BundlePricing } from './product.entity.js';

registerEnumType(MediaKind, { name: 'MediaKind', description: 'What a piece of product media is.' });
registerEnumType(RelationKind, {
  name: 'RelationKind',
  description: 'How a related product relates to the one shown.',
  valuesConfig: {
    ACCESSORY: { description: 'Goes with it (e.g. a tamper for an espresso machine).' },
    CROSS_SELL: { description: 'Often bought together.' },
    UPSELL: { description: 'A better or larger alternative.' },
    REPLACEMENT: { description: 'Replaces it (e.g. a successor model or spare part).' },
  },
});
registerEnumType(BundlePricing, {
  name: 'BundlePricing',
  description: "How a bundle's price relates to its components'.",
  valuesConfig: {
    INCLUDED: { description: "The bundle's price covers its components." },
    SEPARATE: { description: "Components are priced on their own, on top of the bundle's price." },
  },
});

export enum AvailabilityStatus {
  IN_STOCK = 'IN_STOCK',
  LOW_STOCK = 'LOW_STOCK',
  BACKORDERED = 'BACKORDERED',
}
registerEnumType(AvailabilityStatus, {
  name: 'AvailabilityStatus',
  description: 'Whether a product can ship now.',
  valuesConfig: {
    IN_STOCK: { description: 'Ships now.' },
    LOW_STOCK: { description: 'Ships now, but few are left.' },
    BACKORDERED: { description: 'None on hand; see the expected date.' },
  },
});

@ObjectType('Category', { simpleResolvers: true, description: "A node in a site's category tree." })
export class CategoryNode {
  dbId!: string;
  parentDbId!: string | null;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: "Display name in the viewer's language." })
  name!: string;

  @Field({ description: 'URL-friendly name, unique within the site.' })
  slug!: string;
}

@ObjectType('PurchaseRules', {
  simpleResolvers: true,
  description: 'How much of a product may go on one order line.',
})
export class PurchaseRulesNode {
  @Field(() => Int, { description: 'At least this many.' })
  minQuantity!: number;

  @Field(() => Int, { nullable: true, description: 'At most this many; null for no maximum.' })
  maxQuantity!: number | null;

  @Field(() => Int, { description: 'In steps of this many from the minimum.' })
  increment!: number;
}

@ObjectType('ProductEntitlement', {
  simpleResolvers: true,
  description: 'What the viewer may do with a product they can see.',
})
export class ProductEntitlementNode {
  @Field({ description: 'The viewer may order it.' })
  canBuy!: boolean;

  @Field({ description: "The viewer may see its prices (otherwise prices are null: 'price on request')." })
  canSeePrice!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it cannot be ordered; null when it can.' })
  reason!: string | null;
}

@ObjectType('ProductAttribute', {
  simpleResolvers: true,
  description: 'A facet value of a product, e.g. Roast: Medium.',
})
export class ProductAttributeNode {
  @Field({ description: 'Facet code, e.g. roast.' })
  code!: string;

  @Field({ description: "Facet name in the viewer's language." })
  label!: string;

  @Field({ description: 'Value code, e.g. medium.' })
  value!: string;

  @Field({ description: "Value in the viewer's language." })
  valueLabel!: string;
}

@ObjectType('WarehouseAvailability', {
  simpleResolvers: true,
  description: 'Stock of a product in one warehouse.',
})
export class WarehouseAvailabilityNode {
  @Field({ description: 'Warehouse name.' })
  warehouse!: string;

  @Field({ description: 'Where it is.' })
  city!: string;

  @Field(() => AvailabilityStatus, { description: 'Status in this warehouse.' })
  status!: AvailabilityStatus;

  @Field(() => Int, { description: 'Units on hand.' })
  onHand!: number;

  @Field(() => String, { nullable: true, description: 'Next receipt (YYYY-MM-DD) when none is on hand.' })
  expectedDate!: string | null;
}

@ObjectType('Availability', {
  simpleResolvers: true,
  description: 'Whether a product can ship now, across warehouses.',
})
export class AvailabilityNode {
  @Field(() => AvailabilityStatus, { description: 'Overall status.' })
  status!: AvailabilityStatus;

  @Field(() => Int, { description: 'Units on hand across warehouses.' })
  onHand!: number;

  @Field(() => String, {
    nullable: true,
    description: 'When a backordered product is expected (YYYY-MM-DD); null when no receipt is planned.',
  })
  expectedDate!: string | null;

  @Field(() => [WarehouseAvailabilityNode], { description: 'Per warehouse.' })
  warehouses!: WarehouseAvailabilityNode[];
}

@ObjectType('ProductMedia', {
  simpleResolvers: true,
  description: 'An image, datasheet, video or document of a product.',
})
export class ProductMediaNode {
  @Field(() => MediaKind, { description: 'What it is.' })
  kind!: MediaKind;

  @Field({ description: "Title in the viewer's language where one exists." })
  title!: string;

  @Field({ description: 'Where to open or download it.' })
  url!: string;
}

@ObjectType('Product', {
  simpleResolvers: true,
  description: "A product in a site's catalog, as the viewer may see it.",
})
export class ProductNode {
  dbId!: string;
  categoryDbId!: string;
  attributeValues!: Record<string, string>;
  rules!: PurchaseRules;
  access!: Entitlement;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'Stock keeping unit, unique within the site.' })
  sku!: string;

  @Field({ description: "Display name in the viewer's language (the site's default when not translated)." })
  name!: string;

  @Field({ description: "Longer description in the viewer's language." })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Image URL (relative to the portal).' })
  imageUrl!: string | null;

  @Field({ description: 'Unit of measure, e.g. bag, case, each.' })
  unitOfMeasure!: string;

  @Field(() => BundlePricing, {
    nullable: true,
    description: 'Set when the product is a bundle: how its price relates to its components.',
  })
  bundlePricing!: BundlePricing | null;
}

@ObjectType('BundleComponent', { simpleResolvers: true, description: 'A product inside a bundle.' })
export class BundleComponentNode {
  @Field(() => ProductNode, { description: 'The component.' })
  product!: ProductNode;

  @Field(() => Int, { description: 'How many come in one bundle.' })
  quantity!: number;

  @Field({ description: 'False when the buyer may leave it out.' })
  required!: boolean;
}

@ObjectType('RelatedProduct', { simpleResolvers: true, description: 'A product shown beside another.' })
export class RelatedProductNode {
  @Field(() => RelationKind, { description: 'How it relates.' })
  kind!: RelationKind;

  @Field(() => ProductNode, { description: 'The related product.' })
  product!: ProductNode;
}

export const CategoryConnection = connectionType(CategoryNode, 'Category', 'categories');
