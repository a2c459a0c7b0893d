import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Server } from 'node:http';
import { inject } from 'vitest';
import { createHttpApp } from '../app/http.js';
import { ormConfig } from '../app/orm-config.js';
import { readConfig, type Config } from '../platform/config.js';
import type { OperationLimits } from '../platform/graphql-limits.js';
import { logger } from '../platform/logger.js';
import { repoRoot } from '../platform/paths.js';

/** A real Portway HTTP server on a random port, against the test run's database. */
export interface TestServer {
  url: string;
  orm: MikroORM;
  /** SQL statements sent since the last reset (counted through the ORM's connection). */
  queries: { count: number; log: string[] };
  close(): Promise<void>;
}

/**
 * `limits`: tests that read deep or wide on purpose (the authorization matrix, statement counts) lift
 * the production operation limits, which sit just above what the portal sends.
 */
export async function startTestServer(
  overrides: Partial<Config> = {},
  limits?: OperationLimits,
): Promise<TestServer> {
  const queries = { count: 0, log: [] as string[] };
  const orm = await MikroORM.init(
    ormConfig(inject('databaseUrl'), {
      debug: ['query'],
      logger: (message: string) => {
        if (/\[query\]/.test(message)) {
          queries.count++;
          queries.log.push(message);
        }
      },
      pool: { min: 0, max: 20 },
    }),
  );
  const config: Config = {
    ...readConfig({ NODE_ENV: 'production' }, repoRoot()),
    portalDir: undefined,
    production: true,
    ...overrides,
  };
  const { app, stop } = await createHttpApp(orm, config, logger, limits);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    orm,
    queries,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await orm.close();
    },
  };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A browser-like client: keeps its session cookie between requests. */
export class TestClient {
  private cookie: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request<T, V>(
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const query = typeof document === 'string' ? document : print(document);
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as { data?: T; errors?: GraphQLResponse<T>['errors'] };
    return { status: response.status, ...body };
  }

  /** The query's data; fails the test on any GraphQL error. */
  async data<T, V>(document: TypedDocumentNode<T, V> | string, variables?: V): Promise<T> {
    const result = await this.request(document, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)} (HTTP ${result.status})`);
    }
    return result.data;
  }

  get hasSession(): boolean {
    return this.cookie !== undefined;
  }

  /** The session cookie as a `cookie` header, for plain HTTP routes (downloads, imports). */
  get cookieHeader(): string {
    return this.cookie ?? '';
  }
}
