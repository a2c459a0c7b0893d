import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCookie } from '../modules/identity/identity.resolver.js';
import { SESSION_COOKIE, SessionsService } from '../modules/identity/sessions.service.js';
import type { Config } from '../platform/config.js';
import type { OperationLimits } from '../platform/graphql-limits.js';
import type { Logger } from '../platform/logger.js';
import { createApolloServer } from './apollo.js';
import { buildPortwaySchema } from './build-schema.js';
import { createContext } from './context.js';
import { catalogImportRoutes } from '../modules/catalog-import/index.js';
import { datasheetRoutes } from '../modules/catalog/datasheet.routes.js';
import { ordersExportRoutes } from '../modules/orders/index.js';
import { quickOrderRoutes } from '../modules/checkout/quick-order.routes.js';
import { invoiceDocumentRoutes } from '../modules/invoices/invoice-documents.routes.js';
import { caseAttachmentRoutes } from '../modules/cases/index.js';
import { receiptRoutes } from '../modules/payments/receipt.routes.js';

export interface PortwayApp {
  app: express.Express;
  stop(): Promise<void>;
}

/** The HTTP surface: /graphql, /healthz, /readyz and (after `pnpm build`) the portal with SPA routes. */
export async function createHttpApp(
  orm: MikroORM,
  config: Config,
  log: Logger,
  limits?: OperationLimits,
): Promise<PortwayApp> {
  const schema = await buildPortwaySchema();
  const apollo = createApolloServer(schema, { production: config.production, log, limits });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestLogging(log));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        const token = readCookie(req.headers.cookie, SESSION_COOKIE);
        const viewer = await new SessionsService(em, config.sessionHours).resolveViewer(token);
        return createContext(em, viewer, req, res, config, req.log ?? log);
      },
    }),
  );

  app.use('/api', ordersExportRoutes(orm, config)); // before the catalog's /exports/:kind.csv
  app.use('/api', catalogImportRoutes(orm, config));
  app.use('/api', quickOrderRoutes(orm, config));
  app.use('/api', invoiceDocumentRoutes(orm, config));
  app.use('/api', caseAttachmentRoutes(orm, config));
  app.use('/api', receiptRoutes(orm, config));
  app.use('/media', datasheetRoutes(orm, config));

  if (config.portalDir && existsSync(join(config.portalDir, 'index.html'))) {
    const portalDir = config.portalDir;
    app.use(express.static(portalDir, { index: false, maxAge: '1h' }));
    app.get('/{*path}', (req, res, next) => {
      if (/^\/(assets|images|api|media)\//.test(req.path)) return next();
      res.sendFile(join(portalDir, 'index.html'), (error) => {
        // The portal's files are being replaced (a deploy, a rebuild): say so in words, not JSON.
        if (error && !res.headersSent) {
          res.status(503).type('text').send('The portal is being updated. Reload this page in a moment.');
        }
      });
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text')
        .send('Portway API. The portal is not built: run `pnpm build`, or `pnpm dev` for Vite.');
    });
  }

  app.use(httpErrors(log));
  return { app, stop: () => apollo.stop() };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      id?: string;
      log?: Logger;
    }
  }
}

function requestLogging(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    req.id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    req.log = log.child({ requestId: req.id });
    res.setHeader('x-request-id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      req.log?.info(
        {
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round(ms),
        },
        'request',
      );
    });
    next();
  };
}

/** Body-parser and other HTTP-level failures: a clear 4xx in JSON, never a stack trace. */
function httpErrors(log: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = typeof error === 'object' && error && 'status' in error ? Number(error.status) : 500;
    const type = typeof error === 'object' && error && 'type' in error ? String(error.type) : '';
    if (status >= 400 && status < 500) {
      const message =
        type === 'entity.too.large'
          ? 'The request body is larger than the 100 kB allowed.'
          : type === 'entity.parse.failed'
            ? 'The request body is not valid JSON.'
            : 'The request could not be read.';
      res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    (req.log ?? log).error({ err: error }, 'unhandled HTTP error');
    res.status(500).json({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  };
}
