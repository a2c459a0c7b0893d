import type { MikroORM } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import express, { type Request } from 'express';
import type { Config } from '../../platform/config.js';
import { readCookie } from '../identity/identity.resolver.js';
import { SESSION_COOKIE, SessionsService, type Viewer } from '../identity/index.js';
import { renderInvoicePdf, renderStatementPdf, statementCsvRows } from './invoice-documents.js';
import { InvoicesService, toInvoiceNode } from './invoices.service.js';
import { buildStatement, statementRange, StatementInputError } from './statement.service.js';

/** A spreadsheet must not run a cell as a formula: text starting with = + - @ is prefixed with '. */
function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

async function viewerOf(orm: MikroORM, config: Config, req: Request) {
  const em = orm.em.fork();
  const viewer = await new SessionsService(em, config.sessionHours).resolveViewer(
    readCookie(req.headers.cookie, SESSION_COOKIE),
  );
  return { em, viewer };
}

function queryText(req: Request, name: string): string | null {
  const value = req.query[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Invoice documents for the viewer's effective account, authenticated by the session cookie like the
 * portal: `GET /api/invoices/:id.pdf`, and the statement of account
 * `GET /api/statements/statement.pdf|csv?from=YYYY-MM-DD&to=YYYY-MM-DD`. Another account's invoice is
 * not found (404), as if it did not exist.
 */
export function invoiceDocumentRoutes(orm: MikroORM, config: Config): express.Router {
  const router = express.Router();

  router.get('/invoices/:file', async (req, res, next) => {
    try {
      const { em, viewer } = await viewerOf(orm, config, req);
      if (!viewer) {
        res.status(401).type('text').send('Sign in to download invoices.');
        return;
      }
      const match = /^([A-Za-z0-9_-]{1,200})\.pdf$/.exec(req.params.file);
      const row = match ? await new InvoicesService(em).rowByGlobalId(viewer, match[1]!) : null;
      if (!row) {
        res.status(404).type('text').send('No such invoice.');
        return;
      }
      const data = await invoiceData(em, viewer, row.id);
      res
        .type('application/pdf')
        .setHeader(
          'Content-Disposition',
          `inline; filename="${row.number.replace(/[^A-Za-z0-9_-]/g, '')}.pdf"`,
        );
      renderInvoicePdf({ ...data, invoice: toInvoiceNode(row) }, viewer.locale).pipe(res);
    } catch (error) {
      next(error);
    }
  });

  router.get('/statements/:file', async (req, res, next) => {
    try {
      const format =
        req.params.file === 'statement.pdf' ? 'pdf' : req.params.file === 'statement.csv' ? 'csv' : null;
      if (!format) {
        res.status(404).type('text').send('No such document.');
        return;
      }
      const { em, viewer } = await viewerOf(orm, config, req);
      if (!viewer) {
        res.status(401).type('text').send('Sign in to download statements.');
        return;
      }
      if (!viewer.effectiveAccountId) {
        res.status(400).type('text').send('Choose an account first.');
        return;
      }
      let range: { from: string; to: string };
      try {
        range = statementRange(queryText(req, 'from'), queryText(req, 'to'), viewer.locale);
      } catch (error) {
        if (error instanceof StatementInputError) {
          res.status(400).type('text').send(error.message);
          return;
        }
        throw error;
      }
      const statement = await buildStatement(em, viewer, viewer.effectiveAccountId, range.from, range.to);
      const name = `statement-${statement.account.number}-${range.from}-${range.to}`.replace(
        /[^A-Za-z0-9_.-]/g,
        '',
      );
      if (format === 'csv') {
        res.type('text/csv; charset=utf-8').attachment(`${name}.csv`);
        res.send(stringify(statementCsvRows(statement, viewer.locale).map((r) => r.map(cell))));
        return;
      }
      res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${name}.pdf"`);
      renderStatementPdf(statement, viewer.locale).pipe(res);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

async function invoiceData(em: ReturnType<MikroORM['em']['fork']>, viewer: Viewer, invoiceId: string) {
  const run = <Row>(sql: string, params: unknown[]) => em.getConnection().execute<Row[]>(sql, params);
  const [head] = await run<{
    site_name: string;
    account_name: string;
    account_number: string;
    order_number: string;
    po_number: string | null;
    order_id: string;
    shipment_id: string | null;
    line1: string | null;
    city: string | null;
    region: string | null;
    postal_code: string | null;
    country: string | null;
  }>(
    `SELECT s.name AS site_name, a.name AS account_name, a.number AS account_number, o.number AS order_number,
            o.po_number, o.id AS order_id, i.shipment_id, ad.line1, ad.city, ad.region, ad.postal_code, ad.country
       FROM invoice i JOIN site s ON s.id = i.site_id JOIN account a ON a.id = i.account_id
       JOIN customer_order o ON o.id = i.order_id LEFT JOIN address ad ON ad.id = o.ship_to_id
      WHERE i.id = ? AND i.site_id = ?`,
    [invoiceId, viewer.siteId],
  );
  const lines = await run<{
    sku: string;
    name: string;
    quantity: number;
    unit_price: string;
    line_total: string;
  }>(
    'SELECT sku, name, quantity, unit_price::text, line_total::text FROM invoice_line WHERE invoice_id = ? ORDER BY position',
    [invoiceId],
  );
  const shipments = await run<{ carrier: string; tracking_number: string; shipped_at: string }>(
    `SELECT carrier, tracking_number, shipped_at FROM shipment
      WHERE order_id = ? AND (?::uuid IS NULL OR id = ?::uuid) ORDER BY shipped_at`,
    [head!.order_id, head!.shipment_id, head!.shipment_id],
  );
  const memos = await run<{
    number: string;
    kind: string;
    amount: string;
    reason: string;
    created_at: string;
  }>(
    'SELECT number, kind, amount::text, reason, created_at FROM credit_memo WHERE invoice_id = ? ORDER BY created_at',
    [invoiceId],
  );
  return {
    siteName: head!.site_name,
    account: { name: head!.account_name, number: head!.account_number },
    billTo: head!.line1
      ? [
          head!.line1,
          `${head!.city ?? ''} ${head!.region ?? ''} ${head!.postal_code ?? ''}`.trim(),
          head!.country ?? '',
        ]
      : [],
    order: { number: head!.order_number, poNumber: head!.po_number },
    lines: lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      quantity: l.quantity,
      unitPrice: l.unit_price,
      lineTotal: l.line_total,
    })),
    shipments: shipments.map((s) => ({
      carrier: s.carrier,
      trackingNumber: s.tracking_number,
      shippedAt: new Date(s.shipped_at),
    })),
    creditMemos: memos.map((m) => ({ ...m, createdAt: new Date(m.created_at) })),
  };
}
