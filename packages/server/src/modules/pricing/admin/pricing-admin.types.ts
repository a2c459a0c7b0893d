import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, Money, StaleEdit, ValidationFailed } from '../../../platform/graphql-types.js';
import { connectionType } from '../../../platform/pagination.js';
import { PriceRounding } from '../domain/derived-price.js';
import { PromotionDiscountKind, PromotionStacking } from '../promotion.entity.js';
import { TierAdjustmentKind, TierMode } from '../volume-tier.entity.js';

registerEnumType(PriceRounding, {
  name: 'PriceRounding',
  description: 'How prices derived from another currency are rounded.',
  valuesConfig: {
    MINOR_UNIT: { description: 'To the cent (half up).' },
    WHOLE: { description: 'To a whole unit (half up).' },
    PRICE_POINT_49_99: { description: 'To the nearest price ending in .49 or .99 (ties up).' },
  },
});
registerEnumType(TierMode, { name: 'TierMode', description: 'How volume tiers price a quantity.' });
registerEnumType(TierAdjustmentKind, {
  name: 'TierAdjustmentKind',
  description: 'What a tier does to the unit price.',
});
registerEnumType(PromotionDiscountKind, {
  name: 'PromotionDiscountKind',
  description: 'Percent or amount off.',
});
registerEnumType(PromotionStacking, {
  name: 'PromotionStacking',
  description: 'Whether a promotion combines with others.',
});

export enum PromotionStatus {
  ACTIVE = 'ACTIVE',
  SCHEDULED = 'SCHEDULED',
  EXPIRED = 'EXPIRED',
  INACTIVE = 'INACTIVE',
}
registerEnumType(PromotionStatus, {
  name: 'PromotionStatus',
  description: 'Where a promotion is in its life.',
});

@ObjectType('BuyerGroup', { simpleResolvers: true, description: "A segment of the site's customers." })
export class BuyerGroupNode {
  @Field(() => ID, { description: 'Opaque identifier.' }) id!: string;
  @Field({ description: 'Short code.' }) code!: string;
  @Field({ description: 'Name.' }) name!: string;
  @Field({ description: 'Accounts in no group count as members of the default group.' }) isDefault!: boolean;
  @Field(() => Int, { description: 'Accounts in the group.' }) accountCount!: number;
}

@ObjectType('PriceBookGroup', {
  simpleResolvers: true,
  description: 'A buyer group using a price book, with its priority.',
})
export class PriceBookGroupNode {
  @Field(() => BuyerGroupNode, { description: 'The buyer group.' }) group!: BuyerGroupNode;
  @Field(() => Int, { description: 'Lower wins under the priority strategy.' }) priority!: number;
}

@ObjectType('PriceBook', { simpleResolvers: true, description: 'Unit prices in one currency.' })
export class PriceBookNode {
  dbId!: string;
  @Field(() => ID, { description: 'Opaque identifier.' }) id!: string;
  @Field({ description: 'Name.' }) name!: string;
  @Field({ description: 'ISO 4217 currency code.' }) currency!: string;
  @Field({ description: "The site's list prices in this currency." }) isDefault!: boolean;
  @Field({ description: 'Inactive books and promotions are ignored by pricing.' }) active!: boolean;
  @Field(() => ID, { nullable: true, description: 'The book prices are derived from.' }) derivedFromId!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Name of the book prices are derived from.' })
  derivedFromName!: string | null;
  @Field(() => String, { nullable: true, description: 'Units of this currency per unit of the source.' })
  conversionRate!: string | null;
  @Field(() => PriceRounding, { nullable: true, description: 'How derived prices are rounded.' })
  rounding!: PriceRounding | null;
  @Field(() => Int, { description: 'Prices set in this book itself.' }) entryCount!: number;
  @Field(() => [PriceBookGroupNode], { description: 'Buyer groups using it.' }) groups!: PriceBookGroupNode[];
  @Field(() => DateTimeScalar, {
    description: 'Last change; send it back to edit (stale edits are refused).',
  })
  updatedAt!: Date;
}

@ObjectType('PriceBookEntry', { simpleResolvers: true, description: "A product's price in a book." })
export class PriceBookEntryNode {
  @Field(() => ID, { description: 'The product.' }) productId!: string;
  @Field({ description: 'The product SKU.' }) sku!: string;
  @Field({ description: 'Name.' }) name!: string;
  @Field(() => Money, { nullable: true, description: 'Set in this book; null when not set here.' })
  unitPrice!: Money | null;
  @Field(() => Money, {
    nullable: true,
    description: 'What the book prices it at: its own price, else the derived one.',
  })
  effectivePrice!: Money | null;
}
export const PriceBookEntryConnection = connectionType(PriceBookEntryNode, 'PriceBookEntry', 'entries');

@InputType({ description: "Set or clear a product's price in a book." })
export class SetPriceBookEntryInput {
  @Field(() => ID, { description: 'The price book.' }) priceBookId!: string;
  @Field({ description: 'The product SKU.' }) sku!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Decimal, e.g. "12.50"; null removes the price from the book.',
  })
  unitPrice!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The price was saved (or removed).' })
export class PriceBookEntrySaved {
  @Field(() => PriceBookEntryNode, { description: 'The price as saved.' }) entry!: PriceBookEntryNode;
}

export const SetPriceBookEntryResult = createUnionType({
  name: 'SetPriceBookEntryResult',
  description: 'The price was saved, or why not.',
  types: () => [PriceBookEntrySaved, ValidationFailed] as const,
});

@InputType({ description: 'Create a price book, or change one (with `id` and `expectedUpdatedAt`).' })
export class SavePriceBookInput {
  @Field(() => ID, { nullable: true, description: 'Opaque identifier; null to create.' }) id?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The updatedAt you read (required with id).' })
  expectedUpdatedAt?: Date | null;
  @Field({ description: 'Name.' }) name!: string;
  @Field({ description: 'ISO 4217; fixed once created.' }) currency!: string;
  @Field({ description: 'Inactive books and promotions are ignored by pricing.' }) active!: boolean;
  @Field(() => ID, { nullable: true, description: 'Derive prices from this book (another currency).' })
  derivedFromId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Units of this currency per unit of the source currency.',
  })
  conversionRate?: string | null;
  @Field(() => PriceRounding, { nullable: true, description: 'How derived prices are rounded.' })
  rounding?: PriceRounding | null;
  @Field(() => [PriceBookGroupInput], {
    description: 'Buyer groups using the book (ignored for a default book).',
  })
  groups!: PriceBookGroupInput[];
}

@InputType({ description: 'A buyer group and its priority for a book.' })
export class PriceBookGroupInput {
  @Field(() => ID, { description: 'The buyer group.' }) buyerGroupId!: string;
  @Field(() => Int, { description: 'Order among stackable promotions (lower first).' }) priority!: number;
}

@ObjectType({ simpleResolvers: true, description: 'The price book was saved.' })
export class PriceBookSaved {
  @Field(() => PriceBookNode, { description: 'The price book as saved.' }) priceBook!: PriceBookNode;
}

export const SavePriceBookResult = createUnionType({
  name: 'SavePriceBookResult',
  description: 'The price book was saved, or why not.',
  types: () => [PriceBookSaved, ValidationFailed, StaleEdit] as const,
});

@ObjectType('VolumeTierRow', { simpleResolvers: true, description: 'A tier as stored.' })
export class VolumeTierRowNode {
  @Field(() => Int, { description: 'From this quantity (inclusive).' }) lowerBound!: number;
  @Field(() => Int, { nullable: true, description: 'Up to this quantity (exclusive); null for "and above".' })
  upperBound!: number | null;
  @Field(() => TierAdjustmentKind, { description: 'What the tier does to the unit price.' })
  adjustment!: TierAdjustmentKind;
  @Field({ description: 'Amount in the currency, or a percentage.' }) value!: string;
}

@ObjectType('VolumeTierTableAdmin', {
  simpleResolvers: true,
  description: "A product's volume tiers in one currency, as stored.",
})
export class VolumeTierTableAdminNode {
  @Field(() => ID, { description: 'The product.' }) productId!: string;
  @Field({ description: 'The product SKU.' }) sku!: string;
  @Field({ description: 'The product name.' }) productName!: string;
  @Field({ description: 'ISO 4217 currency code.' }) currency!: string;
  @Field(() => TierMode, { description: 'SLAB or RANGE.' }) mode!: TierMode;
  @Field(() => [VolumeTierRowNode], { description: 'Tiers by lower bound.' }) tiers!: VolumeTierRowNode[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'Null when the product has no tiers yet.' })
  updatedAt!: Date | null;
}

@InputType({ description: 'One tier: lower bound inclusive, upper exclusive (null: and above).' })
export class VolumeTierInput {
  @Field(() => Int, { description: 'From this quantity (inclusive).' }) lowerBound!: number;
  @Field(() => Int, { nullable: true, description: 'Up to this quantity (exclusive); null for "and above".' })
  upperBound!: number | null;
  @Field(() => TierAdjustmentKind, { description: 'What the tier does to the unit price.' })
  adjustment!: TierAdjustmentKind;
  @Field({ description: 'Amount in the currency, or a percentage.' }) value!: string;
}

@InputType({ description: "Replace a product's tiers in a currency (an empty list removes them)." })
export class SaveVolumeTiersInput {
  @Field({ description: 'The product SKU.' }) sku!: string;
  @Field({ description: 'ISO 4217 currency code.' }) currency!: string;
  @Field(() => TierMode, { description: 'SLAB or RANGE.' }) mode!: TierMode;
  @Field(() => [VolumeTierInput], { description: 'Tiers by lower bound.' }) tiers!: VolumeTierInput[];
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The updatedAt you read; null for a new table.',
  })
  expectedUpdatedAt?: Date | null;
}

@ObjectType({ simpleResolvers: true, description: 'The tiers were saved.' })
export class VolumeTiersSaved {
  @Field(() => VolumeTierTableAdminNode, { description: 'The tiers as saved.' })
  table!: VolumeTierTableAdminNode;
}

export const SaveVolumeTiersResult = createUnionType({
  name: 'SaveVolumeTiersResult',
  description: 'The tiers were saved, or why not.',
  types: () => [VolumeTiersSaved, ValidationFailed, StaleEdit] as const,
});

@ObjectType('PromotionAmount', {
  simpleResolvers: true,
  description: "A promotion's amounts in one currency.",
})
export class PromotionAmountNode {
  @Field({ description: 'ISO 4217 currency code.' }) currency!: string;
  @Field(() => String, { nullable: true, description: 'Amount off per unit; null for none.' }) amountOff!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Minimum order amount; null for none.' })
  minOrderAmount!: string | null;
}

@ObjectType('PromotionTargetProduct', {
  simpleResolvers: true,
  description: 'A product a promotion targets.',
})
export class PromotionTargetProductNode {
  @Field(() => ID, { description: 'Opaque identifier.' }) id!: string;
  @Field({ description: 'The product SKU.' }) sku!: string;
  @Field({ description: 'Name.' }) name!: string;
}

@ObjectType('PromotionTargetCategory', {
  simpleResolvers: true,
  description: 'A category a promotion targets.',
})
export class PromotionTargetCategoryNode {
  @Field(() => ID, { description: 'Opaque identifier.' }) id!: string;
  @Field({ description: 'Name.' }) name!: string;
}

@ObjectType('Promotion', { simpleResolvers: true, description: 'A promotion as the seller manages it.' })
export class PromotionNode {
  dbId!: string;
  @Field(() => ID, { description: 'Opaque identifier.' }) id!: string;
  @Field({ description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Name in French (fr-CA).' }) nameFr!: string | null;
  @Field({ description: 'A longer description for the seller.' }) description!: string;
  @Field(() => PromotionDiscountKind, { description: 'Percent off or amount off per unit.' })
  discountKind!: PromotionDiscountKind;
  @Field(() => String, { nullable: true, description: 'Percentage off (PERCENT promotions).' }) percent!:
    string | null;
  @Field(() => [PromotionAmountNode], {
    description:
      'Amounts per currency: the amount off per unit (AMOUNT promotions) and the minimum order amount.',
  })
  amounts!: PromotionAmountNode[];
  @Field(() => Int, { nullable: true, description: 'The line quantity needed; null for none.' })
  minQuantity!: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it starts; null for now.' })
  startsAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it ends (exclusive); null for never.' })
  endsAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The code a buyer must enter; null when none is needed.',
  })
  couponCode!: string | null;
  @Field(() => PromotionStacking, { description: 'Whether it combines with other promotions.' })
  stacking!: PromotionStacking;
  @Field(() => Int, { description: 'Order among stackable promotions (lower first).' }) priority!: number;
  @Field({ description: 'Inactive books and promotions are ignored by pricing.' }) active!: boolean;
  @Field(() => PromotionStatus, { description: 'Active, scheduled, expired or inactive.' })
  status!: PromotionStatus;
  @Field(() => [PromotionTargetProductNode], { description: 'Products it targets.' })
  products!: PromotionTargetProductNode[];
  @Field(() => [PromotionTargetCategoryNode], {
    description: 'Categories it targets (with their subcategories).',
  })
  categories!: PromotionTargetCategoryNode[];
  @Field(() => [BuyerGroupNode], { description: 'Empty: every buyer group.' }) buyerGroups!: BuyerGroupNode[];
  @Field(() => DateTimeScalar, {
    description: 'Last change; send it back to edit (stale edits are refused).',
  })
  updatedAt!: Date;
}
export const PromotionConnection = connectionType(PromotionNode, 'Promotion', 'promotions');

@InputType({ description: "A promotion's amounts in one currency." })
export class PromotionAmountInput {
  @Field({ description: 'ISO 4217 currency code.' }) currency!: string;
  @Field(() => String, { nullable: true, description: 'Amount off per unit; null for none.' }) amountOff?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Minimum order amount; null for none.' })
  minOrderAmount?: string | null;
}

@InputType({ description: 'Create a promotion, or change one (with `id` and `expectedUpdatedAt`).' })
export class SavePromotionInput {
  @Field(() => ID, { nullable: true, description: 'Opaque identifier; null to create.' }) id?: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The updatedAt you read (required when changing a record).',
  })
  expectedUpdatedAt?: Date | null;
  @Field({ description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Name in French (fr-CA).' }) nameFr?: string | null;
  @Field({ defaultValue: '', description: 'A longer description for the seller.' }) description!: string;
  @Field(() => PromotionDiscountKind, { description: 'Percent off or amount off per unit.' })
  discountKind!: PromotionDiscountKind;
  @Field(() => String, { nullable: true, description: 'Percentage off (PERCENT promotions).' }) percent?:
    string | null;
  @Field(() => [PromotionAmountInput], { defaultValue: [], description: 'Amounts per currency.' })
  amounts!: PromotionAmountInput[];
  @Field(() => Int, { nullable: true, description: 'The line quantity needed; null for none.' })
  minQuantity?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it starts; null for now.' })
  startsAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it ends (exclusive); null for never.' })
  endsAt?: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The code a buyer must enter; null when none is needed.',
  })
  couponCode?: string | null;
  @Field(() => PromotionStacking, { description: 'Whether it combines with other promotions.' })
  stacking!: PromotionStacking;
  @Field(() => Int, { defaultValue: 10, description: 'Order among stackable promotions (lower first).' })
  priority!: number;
  @Field({ defaultValue: true, description: 'Inactive promotions are ignored by pricing.' }) active!: boolean;
  @Field(() => [String], { defaultValue: [], description: 'SKUs targeted.' }) productSkus!: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Categories targeted (with their subcategories).' })
  categoryIds!: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Limit to these buyer groups (empty: all).' })
  buyerGroupIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'The promotion was saved.' })
export class PromotionSaved {
  @Field(() => PromotionNode, { description: 'The promotion as saved.' }) promotion!: PromotionNode;
}

export const SavePromotionResult = createUnionType({
  name: 'SavePromotionResult',
  description: 'The promotion was saved, or why not.',
  types: () => [PromotionSaved, ValidationFailed, StaleEdit] as const,
});

@ObjectType('AuditEvent', {
  simpleResolvers: true,
  description: 'A recorded change (prices, tiers, promotions, imports, …).',
})
export class AuditEventNode {
  @Field(() => ID, { description: 'Opaque identifier.' }) id!: string;
  @Field(() => DateTimeScalar, { description: 'When.' }) at!: Date;
  @Field(() => String, { nullable: true, description: 'Who made it.' }) actorName!: string | null;
  @Field({ description: 'What was done, e.g. price.update.' }) action!: string;
  @Field({ description: 'What kind of record it concerns.' }) subjectType!: string;
  @Field({ description: 'What changed, in one line.' }) summary!: string;
}
export const AuditEventConnection = connectionType(AuditEventNode, 'AuditEvent', 'audit events');
