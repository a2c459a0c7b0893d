import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import PDFDocument from 'pdfkit';
import type { Config } from '../../platform/config.js';
import { fromGlobalId } from '../../platform/ids.js';
import { readCookie } from '../identity/identity.resolver.js';
import { chooseLocale } from '../identity/viewer.js';
import { SESSION_COOKIE, SessionsService } from '../identity/index.js';
import { receiptText, type ReceiptPayment, type ReceiptText } from './domain/receipt-text.js';

/**
 * `/api/payments/:id/receipt.pdf[?locale=fr-CA]`: the PDF receipt of a payment of the viewer's
 * effective account (authenticated by the session cookie like the portal; any other payment is 404,
 * as if it did not exist). In the viewer's language unless `locale` asks for another the site offers.
 * "Balance after" is each invoice's balance right after this payment, as recorded with its allocation
 * when the payment was made: a receipt never changes once issued.
 */
export function receiptRoutes(orm: MikroORM, config: Config): express.Router {
  const router = express.Router();
  router.get('/payments/:id/receipt.pdf', async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const viewer = await new SessionsService(em, config.sessionHours).resolveViewer(
        readCookie(req.headers.cookie, SESSION_COOKIE),
      );
      if (!viewer) {
        res.status(401).type('text').send('Sign in to download receipts.');
        return;
      }
      const id = fromGlobalId('Payment', req.params.id);
      const connection = em.getConnection();
      const [row] =
        id && viewer.effectiveAccountId
          ? await connection.execute<
              Array<{
                number: string;
                created_at: Date;
                method: 'CARD' | 'BANK_TRANSFER';
                amount: string;
                discount_total: string;
                currency: string;
                paid_by_name: string;
                card_brand: string | null;
                card_last4: string | null;
                bank_reference: string | null;
                site_name: string;
                account_name: string;
                account_number: string;
              }>
            >(
              `SELECT p.number, p.created_at, p.method, p.amount::text, p.discount_total::text, p.currency,
                      u.name AS paid_by_name, c.card_brand, c.card_last4, p.bank_reference, s.name AS site_name,
                      a.name AS account_name, a.number AS account_number
                 FROM payment p JOIN app_user u ON u.id = p.paid_by_id JOIN site s ON s.id = p.site_id
                 JOIN account a ON a.id = p.account_id LEFT JOIN card_charge c ON c.id = p.card_charge_id
                WHERE p.id = ? AND p.account_id = ? AND p.site_id = ?`,
              [id, viewer.effectiveAccountId, viewer.siteId],
            )
          : [];
      if (!row) {
        res.status(404).type('text').send('No such receipt.');
        return;
      }
      const allocations = await connection.execute<
        Array<{ invoice_number: string; amount: string; discount: string; balance_after: string }>
      >(
        `SELECT i.number AS invoice_number, a.amount::text, a.discount::text, a.balance_after::text
           FROM payment_allocation a JOIN invoice i ON i.id = a.invoice_id
          WHERE a.payment_id = ? ORDER BY i.number, i.id`,
        [id],
      );
      const requested = typeof req.query.locale === 'string' ? req.query.locale : null;
      const locale = chooseLocale(
        [requested, viewer.locale],
        viewer.siteDefaultLocale,
        viewer.supportedLocales,
      );
      const payment: ReceiptPayment = {
        number: row.number,
        createdAt: new Date(row.created_at),
        method: row.method,
        amount: row.amount,
        discountTotal: row.discount_total,
        currency: row.currency,
        paidByName: row.paid_by_name,
        cardBrand: row.card_brand,
        cardLast4: row.card_last4,
        bankReference: row.bank_reference,
        siteName: row.site_name,
        accountName: row.account_name,
        accountNumber: row.account_number,
        allocations: allocations.map((a) => ({
          invoiceNumber: a.invoice_number,
          amount: a.amount,
          discount: a.discount,
          balanceAfter: a.balance_after,
        })),
      };
      res
        .type('application/pdf')
        .setHeader('Content-Disposition', `inline; filename="receipt-${row.number}.pdf"`);
      render(receiptText(payment, locale, new Date())).pipe(res);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function render(text: ReceiptText): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'LETTER', margin: 56, info: { Title: text.title } });
  doc.fontSize(10).fillColor('#666666').text(text.heading.toUpperCase(), { characterSpacing: 1 });
  doc.moveDown(0.4).fontSize(20).fillColor('#111111').text(text.title);
  doc.moveDown(0.8);
  for (const [label, value] of text.facts) {
    const y = doc.y;
    doc.fontSize(10).fillColor('#666666').text(label, 56, y, { width: 130 });
    doc.fillColor('#111111').text(value, 196, y, { width: 360 });
    doc.moveDown(0.4);
  }
  doc.moveDown(1);
  const x = [56, 150, 240, 380, 470];
  const widths = [90, 85, 135, 85, 86];
  const row = (cells: readonly string[], color: string, size: number) => {
    const y = doc.y;
    cells.forEach((cell, i) =>
      doc
        .fontSize(size)
        .fillColor(color)
        .text(cell, x[i], y, { width: widths[i], align: i === 0 ? 'left' : 'right' }),
    );
    doc.x = 56;
    doc.moveDown(0.6);
  };
  row(text.columns, '#666666', 9);
  doc.moveTo(56, doc.y).lineTo(556, doc.y).strokeColor('#cccccc').stroke();
  doc.moveDown(0.3);
  for (const cells of text.rows) row(cells, '#111111', 10);
  doc.moveTo(56, doc.y).lineTo(556, doc.y).strokeColor('#cccccc').stroke();
  doc.moveDown(0.6);
  for (const [label, value] of text.totals) {
    const y = doc.y;
    doc.fontSize(11).fillColor('#111111').text(label, 300, y, { width: 160 });
    doc.text(value, 460, y, { width: 96, align: 'right' });
    doc.moveDown(0.3);
  }
  doc.moveDown(1.5).fontSize(9).fillColor('#555555').text(text.note, 56, doc.y, { width: 500 });
  doc
    .fontSize(8)
    .fillColor('#888888')
    .text(text.footer, 56, doc.page.height - 72, { align: 'center', width: 500 });
  doc.end();
  return doc;
}
