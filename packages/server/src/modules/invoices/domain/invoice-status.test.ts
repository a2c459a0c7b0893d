import { describe, expect, it } from 'vitest';
import {
  addDays,
  agingBucket,
  agingSummary,
  daysPastDue,
  dueDate,
  invoiceStatus,
  isOverdue,
} from './invoice-status.js';

describe('due dates', () => {
  it('Net 30 from the issue date, across month ends and leap days', () => {
    expect(dueDate('2026-11-25', 30)).toBe('2026-12-25');
    expect(dueDate('2026-01-31', 30)).toBe('2026-03-02');
    expect(dueDate('2028-02-01', 30)).toBe('2028-03-02'); // 2028 is a leap year
    expect(dueDate('2026-12-15', 45)).toBe('2027-01-29');
    expect(dueDate('2026-05-05', 0)).toBe('2026-05-05');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('refuses nonsense', () => {
    expect(() => dueDate('2026-02-30', 30)).toThrow(RangeError);
    expect(() => dueDate('2026-02-01', -1)).toThrow(RangeError);
    expect(() => dueDate('2026-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('overdue and status', () => {
  it('is overdue the day after the due date, only while something is owed', () => {
    expect(daysPastDue('2026-11-10', '2026-11-10')).toBe(0);
    expect(daysPastDue('2026-11-10', '2026-11-11')).toBe(1);
    expect(daysPastDue('2026-11-10', '2026-10-01')).toBe(0);
    expect(isOverdue('OPEN', '2026-11-10', '2026-11-10')).toBe(false);
    expect(isOverdue('OPEN', '2026-11-10', '2026-11-11')).toBe(true);
    expect(isOverdue('PARTLY_PAID', '2026-11-10', '2026-12-11')).toBe(true);
    expect(isOverdue('PAID', '2026-11-10', '2026-12-11')).toBe(false);
    expect(isOverdue('VOID', '2026-11-10', '2026-12-11')).toBe(false);
    expect(invoiceStatus('PARTLY_PAID', '2026-11-10', '2026-11-11')).toBe('OVERDUE');
    expect(invoiceStatus('PARTLY_PAID', '2026-11-10', '2026-11-09')).toBe('PARTLY_PAID');
    expect(invoiceStatus('PAID', '2020-01-01', '2026-11-09')).toBe('PAID');
  });
});

describe('aging', () => {
  it('buckets by days past due, boundaries included', () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91, 400].map(agingBucket)).toEqual([
      'CURRENT',
      'DAYS_1_30',
      'DAYS_1_30',
      'DAYS_31_60',
      'DAYS_31_60',
      'DAYS_61_90',
      'DAYS_61_90',
      'OVER_90',
      'OVER_90',
    ]);
  });

  it('sums outstanding balances per bucket exactly; paid and void invoices are not receivables', () => {
    const today = '2026-11-25';
    const summary = agingSummary(
      [
        { state: 'OPEN', dueOn: '2026-12-01', balance: '100.10' }, // current
        { state: 'OPEN', dueOn: '2026-11-25', balance: '0.20' }, // due today: current
        { state: 'PARTLY_PAID', dueOn: '2026-11-24', balance: '50.05' }, // 1 day
        { state: 'OPEN', dueOn: '2026-10-26', balance: '10.00' }, // 30 days
        { state: 'OPEN', dueOn: '2026-10-25', balance: '20.00' }, // 31 days
        { state: 'OPEN', dueOn: '2026-08-27', balance: '30.00' }, // 90 days
        { state: 'OPEN', dueOn: '2026-08-26', balance: '40.00' }, // 91 days
        { state: 'PAID', dueOn: '2026-01-01', balance: '0' },
        { state: 'VOID', dueOn: '2026-01-01', balance: '999.00' },
      ],
      today,
    );
    expect(summary.buckets.map((b) => [b.bucket, b.amount.toFixed(2), b.count])).toEqual([
      ['CURRENT', '100.30', 2],
      ['DAYS_1_30', '60.05', 2],
      ['DAYS_31_60', '20.00', 1],
      ['DAYS_61_90', '30.00', 1],
      ['OVER_90', '40.00', 1],
    ]);
    expect(summary.totalOpen.toFixed(2)).toBe('250.35');
    expect(summary.openCount).toBe(7);
  });

  it('an empty ledger ages to zeros', () => {
    const summary = agingSummary([], '2026-11-25');
    expect(summary.totalOpen.toFixed(2)).toBe('0.00');
    expect(summary.buckets.every((b) => b.count === 0)).toBe(true);
  });
});
