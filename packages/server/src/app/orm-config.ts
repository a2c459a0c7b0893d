import { DataloaderType, ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { migrations } from '../../migrations/index.js';
import { entities } from './entities.js';

/**
 * Session settings every connection starts with: typo-tolerant search matches a word (or a SKU) whose
 * trigrams are at least half alike ("expresso" finds "espresso"; the default 0.6 misses it, and the
 * default 0.3 for whole SKUs matches nearly every SKU of a site).
 */
function prepareConnection(
  connection: { query(sql: string, callback: (error: Error | null) => void): void },
  done: (error: Error | null, connection: unknown) => void,
): void {
  connection.query(
    'SET pg_trgm.word_similarity_threshold = 0.5; SET pg_trgm.similarity_threshold = 0.5',
    (error) => done(error, connection),
  );
}

/** MikroORM options for a database URL; migrations are listed explicitly (works built or from source). */
export function ormConfig(clientUrl: string, extra: Partial<Options> = {}): Options {
  const { pool, ...rest } = extra;
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
    pool: {
      min: 0,
      max: Number(process.env.DB_POOL_MAX ?? 10),
      afterCreate: prepareConnection,
      ...pool,
    },
    ...rest,
  });
}
