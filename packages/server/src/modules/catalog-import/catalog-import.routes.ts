import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import { readCookie } from '../identity/identity.resolver.js';
import { canManagePricing, SESSION_COOKIE, SessionsService } from '../identity/index.js';
import type { Config } from '../../platform/config.js';
import { CatalogImportService } from './catalog-import.service.js';

/**
 * CSV import and export for pricing managers, over plain HTTP (files are bigger than a GraphQL request
 * may be): `GET /api/exports/products.csv|prices.csv`; `POST /api/imports/products|prices?apply=true`
 * with a text/csv body and the header `X-Requested-With: portway` (a cross-site form cannot send it).
 * Without `apply=true` the file is only checked. The answer is the JSON report either way.
 */
export function catalogImportRoutes(orm: MikroORM, config: Config): express.Router {
  const router = express.Router();
  const viewerOf = async (req: Request, res: Response) => {
    const em = orm.em.fork();
    const viewer = await new SessionsService(em, config.sessionHours).resolveViewer(
      readCookie(req.headers.cookie, SESSION_COOKIE),
    );
    if (!viewer) {
      res.status(401).json({ error: 'Sign in to use this.' });
      return null;
    }
    if (!canManagePricing(viewer.roles)) {
      res.status(403).json({ error: 'Only pricing managers may import or export the catalog.' });
      return null;
    }
    return { em, viewer };
  };

  router.get('/exports/:kind.csv', async (req, res, next) => {
    try {
      const kind = req.params.kind;
      if (kind !== 'products' && kind !== 'prices') {
        res.status(404).json({ error: 'Exports are products.csv and prices.csv.' });
        return;
      }
      const context = await viewerOf(req, res);
      if (!context) return;
      const service = new CatalogImportService(context.em);
      const csv =
        kind === 'products'
          ? await service.exportProducts(context.viewer)
          : await service.exportPrices(context.viewer);
      res
        .type('text/csv; charset=utf-8')
        .attachment(`${context.viewer.siteCode}-${kind}-${new Date().toISOString().slice(0, 10)}.csv`)
        .send(csv);
    } catch (error) {
      next(error);
    }
  });

  router.post(
    '/imports/:kind',
    express.text({ type: ['text/csv', 'text/plain', 'application/csv'], limit: '20mb' }),
    async (req, res, next) => {
      try {
        const kind = req.params.kind;
        if (kind !== 'products' && kind !== 'prices') {
          res.status(404).json({ error: 'Imports are products and prices.' });
          return;
        }
        if (req.get('x-requested-with') !== 'portway') {
          res.status(400).json({ error: 'Send the header X-Requested-With: portway.' });
          return;
        }
        if (typeof req.body !== 'string' || !req.body.trim()) {
          res
            .status(400)
            .json({ error: 'Send the CSV file as the request body with Content-Type: text/csv.' });
          return;
        }
        const context = await viewerOf(req, res);
        if (!context) return;
        const apply = req.query.apply === 'true';
        const service = new CatalogImportService(context.em);
        const report =
          kind === 'products'
            ? await service.importProducts(context.viewer, req.body, apply)
            : await service.importPrices(context.viewer, req.body, apply);
        res.status(report.problemCount ? 422 : 200).json(report);
      } catch (error) {
        next(error);
      }
    },
  );
  return router;
}
