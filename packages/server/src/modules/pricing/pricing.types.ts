import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, Money, UserError } from '../../platform/graphql-types.js';

export enum PriceStepKind {
  LIST = 'LIST',
  BOOK = 'BOOK',
  CONTRACT = 'CONTRACT',
  TIER = 'TIER',
  PROMOTION = 'PROMOTION',
}
registerEnumType(PriceStepKind, {
  name: 'PriceStepKind',
  description: 'A step of a price explanation.',
  valuesConfig: {
    LIST: { description: "The site's list price in the currency." },
    BOOK: { description: "A buyer group's price book." },
    CONTRACT: { description: "The account's contract price." },
    TIER: { description: 'Volume pricing for the quantity.' },
    PROMOTION: { description: 'A promotion.' },
  },
});

@ObjectType('PriceStep', {
  simpleResolvers: true,
  description: 'One step of how a price was reached, naming the record behind it.',
})
export class PriceStepNode {
  @Field(() => PriceStepKind, { description: 'What kind of step.' })
  kind!: PriceStepKind;

  @Field(() => ID, {
    description: 'The record behind the step (a price book, contract, tier table or promotion).',
  })
  recordId!: string;

  @Field({ description: "The record's name, e.g. 'List prices (USD)' or a promotion's name." })
  label!: string;

  @Field({ description: 'What the step did, in words.' })
  note!: string;

  @Field(() => Money, { description: 'Unit price after this step.' })
  unitPrice!: Money;
}

@ObjectType('ProductPrice', {
  simpleResolvers: true,
  description: "The viewer's price for a quantity of a product, explained.",
})
export class ProductPriceNode {
  @Field(() => Int, { description: 'The quantity priced.' })
  quantity!: number;

  @Field(() => Money, { description: 'List price per unit.' })
  listUnitPrice!: Money;

  @Field(() => Money, { description: "The viewer's price per unit at this quantity." })
  unitPrice!: Money;

  @Field(() => Money, { description: 'Quantity × unit price (exact for range-priced tiers).' })
  lineTotal!: Money;

  @Field(() => Money, { description: 'What the viewer saves against the list price for the whole quantity.' })
  savings!: Money;

  @Field(() => [PriceStepNode], { description: 'List → book or contract → tier → promotions.' })
  steps!: PriceStepNode[];
}

@ObjectType('PriceTier', {
  simpleResolvers: true,
  description: 'A row of a volume tier table, e.g. "10–49 at $9.50".',
})
export class PriceTierNode {
  @Field(() => Int, { description: 'From this quantity (inclusive).' })
  minQuantity!: number;

  @Field(() => Int, { nullable: true, description: 'Up to this quantity (inclusive); null for "and above".' })
  maxQuantity!: number | null;

  @Field(() => Money, {
    description: "Unit price in this tier, from the viewer's base price, before promotions.",
  })
  unitPrice!: Money;

  @Field({ description: 'The adjustment in words, e.g. "10% off".' })
  adjustment!: string;
}

@ObjectType('PriceTierTable', {
  simpleResolvers: true,
  description: "A product's volume tiers in the viewer's currency.",
})
export class PriceTierTableNode {
  @Field({
    description:
      'SLAB: the whole quantity at the tier it reaches. RANGE: each unit at the tier of its position.',
  })
  mode!: string;

  @Field(() => [PriceTierNode], { description: 'Tiers by quantity.' })
  tiers!: PriceTierNode[];
}

@InputType({ description: 'A SKU and quantity to price.' })
export class PriceLineInput {
  @Field({ description: 'The SKU.' })
  sku!: string;

  @Field(() => Int, { description: 'How many.' })
  quantity!: number;
}

@ObjectType('PricedLine', { simpleResolvers: true, description: 'A line that was priced.' })
export class PricedLineNode {
  @Field(() => Int, { description: 'Position of the line in the request, from 0.' })
  index!: number;

  @Field({ description: 'The SKU asked for.' })
  sku!: string;

  /** The product's key; the `product` field loads it only when asked for. */
  productDbId!: string;

  @Field(() => ProductPriceNode, { description: 'The price, explained.' })
  price!: ProductPriceNode;
}

@ObjectType('PriceLineError', {
  simpleResolvers: true,
  implements: UserError,
  description: 'A line that could not be priced, and why. The other lines are priced regardless.',
})
export class PriceLineErrorNode extends UserError {
  @Field(() => Int, { description: 'Position of the line in the request, from 0.' })
  index!: number;

  @Field({ description: 'The SKU asked for.' })
  sku!: string;

  @Field(() => Int, { description: 'The quantity asked for.' })
  quantity!: number;

  @Field(() => Int, { nullable: true, description: 'For a quantity rule: the nearest allowed quantity.' })
  suggestedQuantity!: number | null;

  constructor(
    index: number,
    sku: string,
    quantity: number,
    code: ErrorCode,
    message: string,
    suggestion: number | null = null,
  ) {
    super();
    this.index = index;
    this.sku = sku;
    this.quantity = quantity;
    this.code = code;
    this.message = message;
    this.suggestedQuantity = suggestion;
  }
}

export const PriceLineResult = createUnionType({
  name: 'PriceLineResult',
  description: 'A priced line, or why it could not be priced.',
  types: () => [PricedLineNode, PriceLineErrorNode] as const,
  resolveType: (value) => ('price' in value ? PricedLineNode : PriceLineErrorNode),
});

@ObjectType('PriceLinesResult', {
  simpleResolvers: true,
  description: 'A dry run of pricing many lines at once.',
})
export class PriceLinesResultNode {
  @Field({ description: 'Currency of every amount.' })
  currency!: string;

  @Field(() => [PriceLineResult], { description: 'One result per line, in the order given.' })
  lines!: Array<PricedLineNode | PriceLineErrorNode>;

  @Field(() => Money, { description: 'Sum of the priced lines.' })
  subtotal!: Money;

  @Field(() => Money, { description: 'What the priced lines save against list prices.' })
  savings!: Money;

  @Field(() => Int, { description: 'Lines priced.' })
  pricedCount!: number;

  @Field(() => Int, { description: 'Lines that could not be priced.' })
  errorCount!: number;
}
