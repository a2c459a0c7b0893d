/** Settings from the environment, read once at start. */
export interface Config {
  port: number;
  host: string;
  production: boolean;
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is unset. */
  embeddedDataDir: string;
  /** Built portal to serve (pnpm start); absent in dev, where Vite serves it. */
  portalDir: string | undefined;
  cookieSecure: boolean;
  sessionHours: number;
  trustProxy: boolean | number | string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, repoRoot: string): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port number: ${env.PORT}`);
  const trust = env.TRUST_PROXY;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    production: env.NODE_ENV === 'production',
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: env.EMBEDDED_PG_DIR ?? `${repoRoot}/.data/postgres`,
    portalDir: env.PORTAL_DIR ?? `${repoRoot}/packages/portal/dist`,
    cookieSecure: env.COOKIE_SECURE === 'true',
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    trustProxy:
      trust === undefined ? false : trust === 'true' ? true : /^\d+$/.test(trust) ? Number(trust) : trust,
  };
}
