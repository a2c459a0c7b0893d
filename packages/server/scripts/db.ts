import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/app/orm-config.js';
import { readConfig } from '../src/platform/config.js';
import { openDatabaseServer } from '../src/platform/db/database.js';
import { logger } from '../src/platform/logger.js';
import { repoRoot } from '../src/platform/paths.js';
import { seedDemoWorld } from '../seeders/demo-world.js';
import { seedReferenceData } from '../seeders/reference-data.js';
import { DEFAULT_BENCH_SIZE, seedBenchData } from '../seeders/bench-data.js';
import { DEMO_PASSWORD } from '../seeders/demo-world.js';
import { hashPassword } from '../src/modules/identity/password.js';

/**
 * Database chores on the same database the server uses (DATABASE_URL, or the embedded one):
 * migrate · seed · seed-bench [products] [orders] · reset · create-migration · check-migrations.
 */
const command = process.argv[2];
const root = repoRoot();
const config = readConfig(process.env, root);
const server = await openDatabaseServer(config.databaseUrl, config.embeddedDataDir, logger);
let exitCode = 0;
try {
  const orm = await MikroORM.init(ormConfig(server.url));
  try {
    const migrator = orm.getMigrator();
    switch (command) {
      case 'migrate':
        await migrator.up();
        break;
      case 'seed':
        await migrator.up();
        await seedReferenceData(orm.em.fork());
        await seedDemoWorld(orm.em.fork());
        break;
      case 'seed-bench': {
        await migrator.up();
        const products = Number(process.argv[3] ?? DEFAULT_BENCH_SIZE.products);
        const largeOrders = Number(process.argv[4] ?? DEFAULT_BENCH_SIZE.largeOrders);
        const started = Date.now();
        await seedBenchData(orm.em.fork(), await hashPassword(DEMO_PASSWORD), {
          ...DEFAULT_BENCH_SIZE,
          products,
          largeOrders,
        });
        console.log(`bench data: ${products} products, ${largeOrders} orders in ${Date.now() - started} ms`);
        break;
      }
      case 'reset':
        await orm.schema.dropSchema({ dropMigrationsTable: true });
        await orm.schema.execute('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
        await migrator.up();
        await seedReferenceData(orm.em.fork());
        await seedDemoWorld(orm.em.fork());
        break;
      case 'create-migration': {
        await migrator.up();
        const result = await migrator.createMigration(
          `${root}/packages/server/migrations`,
          false,
          process.argv[3] === '--initial',
        );
        console.log(
          result.fileName ? `wrote ${result.fileName}; add it to migrations/index.ts` : 'no changes',
        );
        break;
      }
      case 'check-migrations': {
        await migrator.up();
        const needed = await migrator.checkMigrationNeeded();
        if (needed) {
          console.error(
            'Entities and migrations disagree: run `pnpm --filter @portway/server migration:create`.',
          );
          exitCode = 1;
        } else {
          console.log('entities and migrations agree');
        }
        break;
      }
      default:
        console.error(
          'usage: db.ts migrate|seed|seed-bench [products] [orders]|reset|create-migration|check-migrations',
        );
        exitCode = 2;
    }
  } finally {
    await orm.close();
  }
} catch (error) {
  logger.error({ err: error }, `db ${command} failed`);
  exitCode = 1;
} finally {
  await server.stop();
}
process.exit(exitCode);
