import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity.js';

/** A ship-to address of an account (a store, a warehouse). */
@Entity({ tableName: 'address' })
export class Address {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { index: true })
  account!: Account;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'text' })
  line1!: string;

  @Property({ type: 'text', nullable: true })
  line2: string | null = null;

  @Property({ type: 'text' })
  city!: string;

  @Property({ type: 'text' })
  region!: string;

  @Property({ type: 'text' })
  postalCode!: string;

  @Property({ type: 'text' })
  country!: string;
}
