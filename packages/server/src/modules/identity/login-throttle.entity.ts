import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Failed sign-in attempts per key ("email:<site>:<email>" or "address:<ip>") within a window. */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;
}
