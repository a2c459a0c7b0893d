import PDFDocument from 'pdfkit';
import { money } from '../../platform/money.js';
import {
  documentAmount,
  documentDate,
  documentWords,
  type DocumentWords,
} from './domain/invoice-messages.js';
import type { InvoiceNode } from './invoice.types.js';
import { csvAmount, type Statement } from './statement.service.js';

/** The invoice and statement documents: PDF (pdfkit) and CSV, in the reader's language. */

export interface InvoiceDocumentData {
  invoice: InvoiceNode;
  siteName: string;
  account: { name: string; number: string };
  billTo: string[];
  order: { number: string; poNumber: string | null };
  lines: Array<{ sku: string; name: string; quantity: number; unitPrice: string; lineTotal: string }>;
  shipments: Array<{ carrier: string; trackingNumber: string; shippedAt: Date }>;
  creditMemos: Array<{ number: string; kind: string; amount: string; reason: string; createdAt: Date }>;
}

const LEFT = 50;
const WIDTH = 512;

interface Column {
  label: string;
  width: number;
  align?: 'left' | 'right';
}

function tableRow(doc: PDFKit.PDFDocument, columns: Column[], cells: string[], bold = false): void {
  if (doc.y > doc.page.height - 90) doc.addPage();
  const y = doc.y;
  let x = LEFT;
  let bottom = y;
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  columns.forEach((c, i) => {
    doc.text(cells[i] ?? '', x, y, { width: c.width - 6, align: c.align ?? 'left' });
    bottom = Math.max(bottom, doc.y);
    x += c.width;
  });
  doc.y = bottom + 4;
  doc.x = LEFT;
}

function rule(doc: PDFKit.PDFDocument): void {
  doc
    .moveTo(LEFT, doc.y)
    .lineTo(LEFT + WIDTH, doc.y)
    .strokeColor('#cccccc')
    .lineWidth(0.5)
    .stroke();
  doc.y += 4;
}

function heading(doc: PDFKit.PDFDocument, siteName: string, title: string, subtitle: string): void {
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#666666')
    .text(siteName.toUpperCase(), LEFT, 50, { characterSpacing: 1 });
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(20).fillColor('#111111').text(title);
  doc.moveDown(0.2).font('Helvetica').fontSize(11).fillColor('#333333').text(subtitle);
  doc.moveDown(0.8);
}

function facts(doc: PDFKit.PDFDocument, rows: Array<[string, string]>): void {
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica').fontSize(9).fillColor('#666666').text(label, LEFT, y, { width: 130 });
    doc.fillColor('#111111').text(value, LEFT + 130, y, { width: WIDTH - 130 });
    doc.moveDown(0.2);
  }
  doc.x = LEFT;
}

function footer(doc: PDFKit.PDFDocument, words: DocumentWords, siteName: string, locale: string): void {
  const today = documentDate(locale, new Date().toISOString().slice(0, 10));
  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor('#888888')
    .text(words.footer(siteName, today), LEFT, doc.page.height - 60, {
      width: WIDTH,
      align: 'center',
      lineBreak: false,
    });
}

export function renderInvoicePdf(data: InvoiceDocumentData, locale: string): PDFKit.PDFDocument {
  const w = documentWords(locale);
  const inv = data.invoice;
  const c = inv.currency;
  const amount = (v: string) => documentAmount(locale, v, c);
  const doc = new PDFDocument({ size: 'LETTER', margin: 50, info: { Title: `${w.invoice} ${inv.number}` } });
  heading(
    doc,
    data.siteName,
    `${w.invoice} ${inv.number}`,
    `${w.status[inv.status] ?? inv.status} · ${w.labelled(w.balance, amount(inv.balance.amount))}`,
  );
  facts(doc, [
    [w.billTo, [`${data.account.name} (${data.account.number})`, ...data.billTo].join('\n')],
    [w.order, data.order.number],
    ...(data.order.poNumber ? ([[w.poNumber, data.order.poNumber]] as Array<[string, string]>) : []),
    [w.issued, documentDate(locale, inv.issuedOn)],
    [w.due, `${documentDate(locale, inv.dueOn)} (${w.terms(inv.paymentTermsDays)})`],
    ...(inv.earlyPaymentTerms
      ? ([
          [
            '',
            w.earlyPayment(
              inv.earlyPaymentTerms.discountPercent,
              inv.earlyPaymentTerms.days,
              documentDate(locale, inv.earlyPaymentTerms.payBy),
            ),
          ],
        ] as Array<[string, string]>)
      : []),
    ...(data.shipments.length
      ? ([
          [
            w.shipments,
            data.shipments
              .map(
                (s) =>
                  `${s.carrier} ${s.trackingNumber} · ${documentDate(locale, s.shippedAt.toISOString().slice(0, 10))}`,
              )
              .join('\n'),
          ],
        ] as Array<[string, string]>)
      : []),
  ]);
  doc.moveDown(1);
  const columns: Column[] = [
    { label: w.sku, width: 90 },
    { label: w.description, width: 202 },
    { label: w.quantity, width: 50, align: 'right' },
    { label: w.unitPrice, width: 85, align: 'right' },
    { label: w.amount, width: 85, align: 'right' },
  ];
  tableRow(
    doc,
    columns,
    columns.map((col) => col.label),
    true,
  );
  rule(doc);
  for (const line of data.lines) {
    tableRow(doc, columns, [
      line.sku,
      line.name,
      String(line.quantity),
      amount(line.unitPrice),
      amount(line.lineTotal),
    ]);
  }
  rule(doc);
  const totals: Column[] = [
    { label: '', width: 342 },
    { label: '', width: 85 },
    { label: '', width: 85, align: 'right' },
  ];
  const totalRows: Array<[string, string, boolean]> = [
    [w.subtotal, inv.subtotal.amount, false],
    [w.shipping, inv.shippingTotal.amount, false],
    [w.tax, inv.taxTotal.amount, false],
    [w.total, inv.total.amount, true],
    [w.paid, inv.amountPaid.amount, false],
    [w.credited, inv.amountCredited.amount, false],
    [w.balance, inv.balance.amount, true],
  ];
  for (const [label, value, bold] of totalRows) tableRow(doc, totals, ['', label, amount(value)], bold);
  if (data.creditMemos.length) {
    doc.moveDown(1).font('Helvetica-Bold').fontSize(12).fillColor('#111111').text(w.creditMemos, LEFT);
    doc.moveDown(0.3);
    const memoColumns: Column[] = [
      { label: w.number, width: 90 },
      { label: w.date, width: 90 },
      { label: w.description, width: 247 },
      { label: w.amount, width: 85, align: 'right' },
    ];
    for (const m of data.creditMemos) {
      tableRow(doc, memoColumns, [
        m.number,
        documentDate(locale, m.createdAt.toISOString().slice(0, 10)),
        m.reason,
        amount(m.amount),
      ]);
    }
  }
  footer(doc, w, data.siteName, locale);
  doc.end();
  return doc;
}

function kindLabel(w: DocumentWords, kind: string): string {
  return kind === 'INVOICE'
    ? w.kindInvoice
    : kind === 'CREDIT_MEMO'
      ? w.kindCredit
      : kind === 'PAYMENT'
        ? w.kindPayment
        : w.kindDiscount;
}

export function renderStatementPdf(s: Statement, locale: string): PDFKit.PDFDocument {
  const w = documentWords(locale);
  const c = s.account.currency;
  const amount = (v: { toFixed(n: number): string } | string) =>
    documentAmount(locale, typeof v === 'string' ? v : money(v.toFixed(4), c).amount, c);
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 50,
    info: { Title: `${w.statement} ${s.account.number}` },
  });
  heading(
    doc,
    s.siteName,
    w.statement,
    `${s.account.name} (${s.account.number}) · ${w.period(documentDate(locale, s.from), documentDate(locale, s.to))}`,
  );
  const columns: Column[] = [
    { label: w.date, width: 70 },
    { label: w.description, width: 112 },
    { label: w.reference, width: 110 },
    { label: w.charges, width: 73, align: 'right' },
    { label: w.credits, width: 73, align: 'right' },
    { label: w.runningBalance, width: 74, align: 'right' },
  ];
  tableRow(
    doc,
    columns,
    columns.map((col) => col.label),
    true,
  );
  rule(doc);
  tableRow(doc, columns, [s.from, w.openingBalance, '', '', '', amount(s.opening)], true);
  if (!s.entries.length) tableRow(doc, columns, ['', w.noActivity, '', '', '', '']);
  for (const e of s.entries) {
    tableRow(doc, columns, [
      e.date,
      `${kindLabel(w, e.kind)} ${e.reference}`,
      e.detail,
      e.charge.isZero() ? '' : amount(e.charge),
      e.credit.isZero() ? '' : amount(e.credit),
      amount(e.balance),
    ]);
  }
  rule(doc);
  tableRow(
    doc,
    columns,
    [s.to, w.closingBalance, '', amount(s.charges), amount(s.credits), amount(s.closing)],
    true,
  );
  doc
    .moveDown(1.2)
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor('#111111')
    .text(w.aging(documentDate(locale, s.to)), LEFT);
  doc.moveDown(0.3);
  const agingColumns: Column[] = s.aging.buckets.map((b) => ({
    label: w.buckets[b.bucket]!,
    width: 102,
    align: 'right',
  }));
  tableRow(
    doc,
    agingColumns,
    agingColumns.map((col) => col.label),
    true,
  );
  tableRow(
    doc,
    agingColumns,
    s.aging.buckets.map((b) => amount(b.amount)),
  );
  footer(doc, w, s.siteName, locale);
  doc.end();
  return doc;
}

/** The statement as CSV rows (header first): the ledger, then the aging buckets. Amounts as plain decimals. */
export function statementCsvRows(s: Statement, locale: string): string[][] {
  const w = documentWords(locale);
  const c = s.account.currency;
  const a = (v: Parameters<typeof csvAmount>[0]) => csvAmount(v, c);
  const rows: string[][] = [
    [w.date, w.description, w.reference, w.charges, w.credits, w.runningBalance, w.currency],
    [s.from, w.openingBalance, '', '', '', a(s.opening), c],
  ];
  for (const e of s.entries) {
    rows.push([
      e.date,
      `${kindLabel(w, e.kind)} ${e.reference}`,
      e.detail,
      e.charge.isZero() ? '' : a(e.charge),
      e.credit.isZero() ? '' : a(e.credit),
      a(e.balance),
      c,
    ]);
  }
  rows.push([s.to, w.closingBalance, '', a(s.charges), a(s.credits), a(s.closing), c]);
  for (const b of s.aging.buckets)
    rows.push([s.to, w.aging(s.to), w.buckets[b.bucket]!, '', '', a(b.amount), c]);
  return rows;
}
