import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Product } from '../catalog/product.entity.js';
import { Site } from '../sites/site.entity.js';

export enum TierMode {
  /** The whole quantity is priced at the tier it reaches. */
  SLAB = 'SLAB',
  /** Each unit is priced at the tier of its position (1–9 at one price, 10–49 at the next, …). */
  RANGE = 'RANGE',
}

export enum TierAdjustmentKind {
  AMOUNT_OFF = 'AMOUNT_OFF',
  PERCENT_OFF = 'PERCENT_OFF',
  OVERRIDE = 'OVERRIDE',
}

/** Volume tiers of a product in one currency. */
@Entity({ tableName: 'volume_tier_table' })
@Unique({ properties: ['product', 'currency'] })
export class VolumeTierTable {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Product;

  @Property({ type: 'text' })
  currency!: string;

  @Enum({ items: () => TierMode })
  mode: TierMode = TierMode.SLAB;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** One tier: quantities from lowerBound (inclusive) to upperBound (exclusive; null: and above). */
@Entity({ tableName: 'volume_tier' })
@Unique({ properties: ['table', 'lowerBound'] })
@Check({
  name: 'volume_tier_bounds_check',
  expression: '"lower_bound" >= 1 and ("upper_bound" is null or "upper_bound" > "lower_bound")',
})
@Check({ name: 'volume_tier_value_check', expression: '"value" >= 0' })
export class VolumeTier {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => VolumeTierTable, { deleteRule: 'cascade' })
  table!: VolumeTierTable;

  @Property({ type: 'integer' })
  lowerBound!: number;

  @Property({ type: 'integer', nullable: true })
  upperBound: number | null = null;

  @Enum({ items: () => TierAdjustmentKind })
  adjustment!: TierAdjustmentKind;

  /** An amount in the table's currency (AMOUNT_OFF, OVERRIDE) or a percentage (PERCENT_OFF). */
  @Property({ type: 'decimal', precision: 19, scale: 4 })
  value!: string;
}
