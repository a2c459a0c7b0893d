import { DataloaderType, ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { migrations } from '../../migrations/index.js';
import { entities } from './entities.js';

/** MikroORM options for a database URL; migrations are listed explicitly (works built or from source). */
export function ormConfig(clientUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: migrations,
      tableName: 'schema_migration',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'migrations',
      pathTs: 'migrations',
      emit: 'ts',
    },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    pool: { min: 0, max: Number(process.env.DB_POOL_MAX ?? 10) },
    ...extra,
  });
}
