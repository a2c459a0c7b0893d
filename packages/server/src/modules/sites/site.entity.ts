import { ArrayType, Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** How the base price is chosen when a list book, buyer-group books and a contract all price a product. */
export enum PricingStrategy {
  /** The lowest applicable price wins. */
  LOWEST = 'LOWEST',
  /** Contract first, then buyer-group books by priority, then the list book. */
  PRIORITY = 'PRIORITY',
}

/** How shipped goods are billed: an invoice for each shipment, or one per order once it has all shipped. */
export enum InvoicingMode {
  PER_SHIPMENT = 'PER_SHIPMENT',
  PER_ORDER = 'PER_ORDER',
}

/** A branded site on the deployment (e.g. "coffee", "parts"): its own catalog, accounts and users. */
@Entity({ tableName: 'site' })
export class Site {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  tagline!: string;

  @Property({ type: 'text' })
  primaryColor!: string;

  @Property({ type: 'text' })
  accentColor!: string;

  @Property({ type: 'text' })
  logoUrl!: string;

  @Property({ type: 'text' })
  defaultLocale!: string;

  /** Languages the site's interface and content are offered in (the default first). */
  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: "'{en-US}'::text[]" })
  supportedLocales: string[] = ['en-US'];

  @Property({ type: 'text' })
  defaultCurrency!: string;

  /** Order numbers are this prefix and a number from a sequence shared by all sites, e.g. CO-500123. */
  @Property({ type: 'text', default: 'PW-' })
  orderPrefix: string = 'PW-';

  @Enum({ items: () => PricingStrategy, default: PricingStrategy.LOWEST })
  pricingStrategy: PricingStrategy = PricingStrategy.LOWEST;

  @Enum({ items: () => InvoicingMode, default: InvoicingMode.PER_SHIPMENT })
  invoicingMode: InvoicingMode = InvoicingMode.PER_SHIPMENT;

  @Property({ type: 'text', default: 'INV-' })
  invoicePrefix: string = 'INV-';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
