import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Server } from 'node:http';
import { seedDemoWorld, demoLogins } from '../seeders/demo-world.js';
import { seedReferenceData } from '../seeders/reference-data.js';
import { createHttpApp } from './app/http.js';
import { ormConfig } from './app/orm-config.js';
import { readConfig } from './platform/config.js';
import { openDatabaseServer } from './platform/db/database.js';
import { logger } from './platform/logger.js';
import { repoRoot } from './platform/paths.js';

/** Composition root: config → database (migrated, seeded) → HTTP. Stops everything on SIGINT/SIGTERM. */
const config = readConfig(process.env, repoRoot());
const database = await openDatabaseServer(config.databaseUrl, config.embeddedDataDir, logger);
let orm: MikroORM | undefined;
let server: Server | undefined;
let stopApp: (() => Promise<void>) | undefined;
let stopping = false;

async function shutdown(signal: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(exitCode || 1), 15_000);
  force.unref();
  try {
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
    await stopApp?.();
    await orm?.close();
  } catch (error) {
    logger.error({ err: error }, 'error while shutting down');
  } finally {
    await database.stop().catch((error) => logger.error({ err: error }, 'could not stop PostgreSQL'));
    process.exit(exitCode);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  orm = await MikroORM.init(ormConfig(database.url));
  await orm.getMigrator().up();
  if (process.env.SEED_DEMO !== 'false') {
    await seedReferenceData(orm.em.fork());
    await seedDemoWorld(orm.em.fork());
  }
  const http = await createHttpApp(orm, config, logger);
  stopApp = http.stop;
  server = http.app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server!.once('listening', resolve);
    server!.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  printWelcome(port);
} catch (error) {
  logger.error({ err: error }, 'Portway could not start');
  await shutdown('startup failure', 1);
}

function printWelcome(port: number): void {
  const base = `http://localhost:${port}`;
  const lines = [
    '',
    `Portway is running (${config.production ? 'production' : 'development'} mode).`,
    `  Portal:      ${base}/`,
    `  GraphQL:     ${base}/graphql`,
    `  Playground:  ${base}/graphiql`,
    `  Health:      ${base}/healthz · ${base}/readyz`,
    '',
    'Demo logins (password for all: portway-demo):',
    ...demoLogins.map((l) => `  ${l.site.padEnd(7)} ${l.email.padEnd(34)} ${l.role}`),
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}
