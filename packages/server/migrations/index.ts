import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123190820 } from './Migration20261123190820-initial.js';

/** Every migration, in order. `pnpm --filter @portway/server migration:create` writes a new one; add it here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123190820-initial', class: Migration20261123190820 },
];
