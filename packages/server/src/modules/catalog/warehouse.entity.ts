import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Site } from '../sites/site.entity.js';

/** A place the seller ships from. */
@Entity({ tableName: 'warehouse' })
@Unique({ properties: ['site', 'code'] })
export class Warehouse {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Site)
  site!: Site;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  city!: string;

  @Property({ type: 'integer' })
  position: number = 0;
}
