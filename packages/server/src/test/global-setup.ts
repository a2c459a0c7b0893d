import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ormConfig } from '../app/orm-config.js';
import {
  ensureDatabase,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '../platform/db/embedded-postgres.js';
import { logger } from '../platform/logger.js';
import { repoRoot } from '../platform/paths.js';

/**
 * One fresh database per test run, built by running the migrations: on the embedded PostgreSQL by
 * default, or on the server at DATABASE_URL. Dropped at the end.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/*
 * embedded-postgres registers async-exit-hook, which calls process.exit(0) on 'beforeExit': that would
 * turn the failing exit code vitest sets into success (a red run reported green). Keep vitest's code.
 */
let exitCodeBeforeHooks = 0;
process.prependListener('beforeExit', () => {
  exitCodeBeforeHooks = Number(process.exitCode ?? 0) || 0;
});
process.on('exit', (code) => {
  if (code === 0 && exitCodeBeforeHooks !== 0) process.exitCode = exitCodeBeforeHooks;
});

let embedded: RunningPostgres | undefined;
let adminUrl: string;
let databaseName: string;

export async function setup(project: TestProject): Promise<void> {
  databaseName = `portway_test_${Date.now()}_${process.pid}`;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  } else {
    embedded = await startEmbeddedPostgres(`${repoRoot()}/.data/postgres-test`, logger);
    adminUrl = embedded.url('postgres');
  }
  await ensureDatabase(adminUrl, databaseName);
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  const orm = await MikroORM.init(ormConfig(url.toString(), { debug: false }));
  await orm.getMigrator().up();
  await orm.close();
  project.provide('databaseUrl', url.toString());
}

export async function teardown(): Promise<void> {
  if (process.env.KEEP_TEST_DATABASE !== 'true') {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await client.end();
  }
  await embedded?.stop();
}
