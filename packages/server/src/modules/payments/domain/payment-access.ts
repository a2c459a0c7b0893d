/**
 * Who may pay an account's invoices, and how. Pure (roles are plain strings here).
 * - Customer-side users of the account (BUYER, BUYER_ADMIN, PARTNER_USER, PARTNER_MANAGER — everyone
 *   who may order for it) pay by card or record a bank transfer's reference.
 * - Seller-side users who act for the account (SALES_REP and ACCOUNT_MANAGER for their assigned
 *   accounts, SITE_ADMIN for every account of the site) record bank transfers the seller received; a
 *   card is entered by its holder, the customer, never by the seller's staff.
 * - Other seller roles (FIELD_REP, REBATE_MANAGER) see payments but record none.
 */
export type PaymentRight = 'CARD_OR_BANK_TRANSFER' | 'BANK_TRANSFER_ONLY' | 'NONE';

const CUSTOMER = new Set(['BUYER', 'BUYER_ADMIN', 'PARTNER_USER', 'PARTNER_MANAGER']);
const RECORDS_TRANSFERS = new Set(['SALES_REP', 'ACCOUNT_MANAGER', 'SITE_ADMIN']);

export function paymentRight(roles: readonly string[]): PaymentRight {
  if (roles.some((role) => CUSTOMER.has(role))) return 'CARD_OR_BANK_TRANSFER';
  if (roles.some((role) => RECORDS_TRANSFERS.has(role))) return 'BANK_TRANSFER_ONLY';
  return 'NONE';
}
