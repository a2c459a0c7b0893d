import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from '../accounts/account.entity.js';
import { Product } from '../catalog/product.entity.js';

/** A price negotiated for one account, valid from (inclusive) to (exclusive); open ends allowed. */
@Entity({ tableName: 'contract_price' })
@Index({ properties: ['account', 'product', 'currency'] })
@Check({ name: 'contract_price_unit_price_check', expression: '"unit_price" >= 0' })
@Check({
  name: 'contract_price_validity_check',
  expression: '"valid_from" is null or "valid_to" is null or "valid_from" < "valid_to"',
})
export class ContractPrice {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  @ManyToOne(() => Product, { deleteRule: 'cascade', index: true })
  product!: Product;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'decimal', precision: 19, scale: 4 })
  unitPrice!: string;

  @Property({ type: 'timestamptz', nullable: true })
  validFrom: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  validTo: Date | null = null;

  /** The agreement it comes from, e.g. "Brewline 2026 supply agreement". */
  @Property({ type: 'text' })
  reference: string = '';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
