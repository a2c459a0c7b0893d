import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Config } from '../../platform/config.js';
import { readCookie } from '../identity/identity.resolver.js';
import { SESSION_COOKIE, SessionsService } from '../identity/index.js';
import { CartService } from './cart.service.js';
import { LinesAddedNode } from './cart.types.js';
import { cartRefusal } from './domain/cart-messages.js';
import { parseQuickOrder } from './domain/quick-order.js';

/**
 * `POST /api/quick-order[?cartId=…]`: a CSV file of "SKU, quantity" rows (up to 5,000; larger than a
 * GraphQL request may be) added to the viewer's cart, with the same per-line report as the quickOrder
 * mutation. Body `text/csv`, header `X-Requested-With: portway`, session cookie.
 */
export function quickOrderRoutes(orm: MikroORM, config: Config): express.Router {
  const router = express.Router();
  router.post(
    '/quick-order',
    express.text({ type: ['text/csv', 'text/plain', 'application/csv'], limit: '2mb' }),
    async (req, res, next) => {
      try {
        if (req.get('x-requested-with') !== 'portway') {
          res.status(400).json({ error: 'Send the header X-Requested-With: portway.' });
          return;
        }
        const em = orm.em.fork();
        const viewer = await new SessionsService(em, config.sessionHours).resolveViewer(
          readCookie(req.headers.cookie, SESSION_COOKIE),
        );
        if (!viewer) {
          res.status(401).json({ error: 'Sign in to use this.' });
          return;
        }
        if (!viewer.effectiveAccountId) {
          res.status(400).json({ error: cartRefusal('CHOOSE_ACCOUNT', viewer.locale) });
          return;
        }
        if (typeof req.body !== 'string' || !req.body.trim()) {
          res.status(400).json({ error: cartRefusal('CSV_BODY', viewer.locale) });
          return;
        }
        const parsed = parseQuickOrder(req.body, viewer.locale);
        if (parsed.lines.length === 0 && parsed.rejected.length === 0) {
          res.status(400).json({ error: cartRefusal('CSV_NO_LINES', viewer.locale) });
          return;
        }
        const cartId = typeof req.query.cartId === 'string' ? req.query.cartId : null;
        const result = await new CartService(em).addQuickOrder(viewer, cartId, parsed);
        if (!(result instanceof LinesAddedNode)) {
          res
            .status(409)
            .json({ error: result.message, problems: 'problems' in result ? result.problems : [] });
          return;
        }
        res.json({
          cartId: result.cart.id,
          addedCount: result.addedCount,
          rejected: result.rejected,
          warnings: result.warnings,
          lineCount: result.cart.lines.length,
          total: result.cart.totals.total,
          // Whose cart it is (a sales rep may upload into a buyer's cart).
          owner: { name: result.cart.owner.name, isViewer: result.cart.owner.isViewer },
        });
      } catch (error) {
        next(error);
      }
    },
  );
  return router;
}
