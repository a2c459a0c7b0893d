import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Product } from './product.entity.js';

/** A product inside a bundle, with its quantity per bundle. */
@Entity({ tableName: 'bundle_component' })
@Unique({ properties: ['bundle', 'component'] })
export class BundleComponent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  bundle!: Product;

  @ManyToOne(() => Product, { deleteRule: 'cascade', index: true })
  component!: Product;

  @Property({ type: 'integer' })
  quantity!: number;

  /** Optional components may be left out of the bundle by the buyer. */
  @Property({ type: 'boolean' })
  required: boolean = true;

  @Property({ type: 'integer' })
  position: number = 0;
}
