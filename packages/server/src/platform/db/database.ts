import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseServer {
  /** Connection URL of the product's database. */
  url: string;
  /** Stops the embedded PostgreSQL, if this process started one. */
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL in `embeddedDataDir`, database `portway`. */
export async function openDatabaseServer(
  databaseUrl: string | undefined,
  embeddedDataDir: string,
  log: Logger,
): Promise<DatabaseServer> {
  if (databaseUrl) {
    log.info({ database: redactUrl(databaseUrl) }, 'using the PostgreSQL at DATABASE_URL');
    return { url: databaseUrl, stop: async () => {} };
  }
  const postgres = await startEmbeddedPostgres(embeddedDataDir, log);
  await postgres.ensureDatabase('portway');
  return { url: postgres.url('portway'), stop: () => postgres.stop() };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
