import { describe, expect, it } from 'vitest';
import { interpolate } from '../../../app/i18n/translate';
import { caseStatusLabel, concernsLabel, excerpt, fileSize } from './case-labels';

const t = (english: string, vars?: Record<string, string | number>) =>
  interpolate(english.includes('|') ? english.slice(english.indexOf('|') + 1) : english, vars);

describe('case labels', () => {
  it('name the record a case concerns', () => {
    expect(concernsLabel({ kind: 'ORDER', orderNumber: 'CO-500001' }, t)).toBe('Order CO-500001');
    expect(concernsLabel({ kind: 'ORDER_LINE', orderNumber: 'CO-1', lineNumber: 2, sku: 'ESP-1' }, t)).toBe(
      'Order CO-1, line 2 (ESP-1)',
    );
    expect(concernsLabel({ kind: 'INVOICE', invoiceNumber: 'INV-9' }, t)).toBe('Invoice INV-9');
    expect(concernsLabel({ kind: 'PRODUCT', sku: 'G-1', productName: 'Grinder' }, t)).toBe(
      'Product G-1 — Grinder',
    );
    expect(caseStatusLabel('AWAITING_CUSTOMER', t)).toBe('Awaiting customer');
  });

  it('give file sizes for people', () => {
    expect(fileSize(980, 'en-US')).toBe('980 B');
    expect(fileSize(12_600, 'en-US')).toBe('12.3 KB');
    expect(fileSize(10 * 1024 * 1024, 'en-US')).toBe('10 MB');
    expect(fileSize(1536, 'fr-CA')).toBe('1,5 KB');
  });
});

describe('excerpt', () => {
  it('keeps a short comment whole on one line', () => {
    expect(excerpt('  Sorry!\n\nCan you   send a photo? ')).toBe('Sorry! Can you send a photo?');
  });

  it('cuts a long one at a word', () => {
    const text = excerpt('word '.repeat(60), 23);
    expect(text).toBe('word word word word…');
    expect(excerpt('x'.repeat(30), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
