import { describe, expect, it } from 'vitest';
import { paymentRight } from './payment-access.js';

describe('who may pay invoices', () => {
  it('lets customer-side users pay by card or bank transfer', () => {
    for (const role of ['BUYER', 'BUYER_ADMIN', 'PARTNER_USER', 'PARTNER_MANAGER'])
      expect(paymentRight([role])).toBe('CARD_OR_BANK_TRANSFER');
  });

  it('lets sales reps, account managers and site admins record bank transfers only', () => {
    for (const role of ['SALES_REP', 'ACCOUNT_MANAGER', 'SITE_ADMIN'])
      expect(paymentRight([role])).toBe('BANK_TRANSFER_ONLY');
  });

  it('lets no other role pay', () => {
    expect(paymentRight(['FIELD_REP'])).toBe('NONE');
    expect(paymentRight(['REBATE_MANAGER'])).toBe('NONE');
    expect(paymentRight([])).toBe('NONE');
  });
});
