import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123190820 } from './Migration20261123190820-initial.js';
import { Migration20261125073056 } from './Migration20261125073056-commerce-engine.js';
import { Migration20261125075843 } from './Migration20261125075843-orders-and-checkout.js';
import { Migration20261125084509 } from './Migration20261125084509-sku-prefix-index.js';
import { Migration20261125085158 } from './Migration20261125085158-card-charge-attempts.js';
import { Migration20261125103531 } from './Migration20261125103531-invoices-payments-cases.js';
import { Migration20261125104500 } from './Migration20261125104500-invoice-numbers.js';
import { Migration20261125110500 } from './Migration20261125110500-payment-numbers.js';
import { Migration20261125120000 } from './Migration20261125120000-allocation-balance-after.js';

/** Every migration, in order. `pnpm --filter @portway/server migration:create` writes a new one; add it here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123190820-initial', class: Migration20261123190820 },
  { name: 'Migration20261125073056-commerce-engine', class: Migration20261125073056 },
  { name: 'Migration20261125075843-orders-and-checkout', class: Migration20261125075843 },
  { name: 'Migration20261125084509-sku-prefix-index', class: Migration20261125084509 },
  { name: 'Migration20261125085158-card-charge-attempts', class: Migration20261125085158 },
  { name: 'Migration20261125103531-invoices-payments-cases', class: Migration20261125103531 },
  { name: 'Migration20261125104500-invoice-numbers', class: Migration20261125104500 },
  { name: 'Migration20261125110500-payment-numbers', class: Migration20261125110500 },
  { name: 'Migration20261125120000-allocation-balance-after', class: Migration20261125120000 },
];
