export { CreditMemo, CreditMemoKind, Invoice, InvoiceLine, InvoiceState } from './invoice.entity.js';
export { invoiceShipment, type IssuedInvoice } from './invoicing.js';
export { OverSettlementError, settleInvoice, type SettledInvoice } from './domain/invoice-balance.js';
